package org.detaineetracker.system;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.autoconfigure.error.AbstractErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.ModelAndView;

import org.detaineetracker.web.Problems;

/**
 * Answers every error that reaches the servlet container's error dispatch (from a page, a filter,
 * Spring Security or the container itself): a browser gets the friendly error page, any other client
 * and anything under /api the problem JSON of {@link Problems}, with the reference of the page.
 */
@Controller
@RequestMapping("${server.error.path:${error.path:/error}}")
class TrackerErrorController extends AbstractErrorController {

	TrackerErrorController(ErrorAttributes errorAttributes, List<ErrorViewResolver> resolvers) {
		super(errorAttributes, resolvers);
	}

	@RequestMapping(produces = MediaType.TEXT_HTML_VALUE)
	ModelAndView page(HttpServletRequest request, HttpServletResponse response) throws IOException {
		if (Problems.isApi(request)) {
			Problems.write(response, problem(request));
			return null;
		}
		HttpStatus status = getStatus(request);
		Map<String, Object> model = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		response.setStatus(status.value());
		if (status == HttpStatus.SERVICE_UNAVAILABLE) {
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.RETRY_AFTER.toSeconds()));
		}
		ModelAndView page = resolveErrorView(request, response, status, model);
		return page != null ? page : new ModelAndView("error", model, status);
	}

	@RequestMapping
	ResponseEntity<ProblemDetail> json(HttpServletRequest request) {
		ProblemDetail problem = problem(request);
		ResponseEntity.BodyBuilder answer = ResponseEntity.status(problem.getStatus()).contentType(Problems.JSON);
		if (problem.getStatus() == HttpStatus.SERVICE_UNAVAILABLE.value()) {
			answer.header(HttpHeaders.RETRY_AFTER, String.valueOf(Problems.RETRY_AFTER.toSeconds()));
		}
		return answer.body(problem);
	}

	private ProblemDetail problem(HttpServletRequest request) {
		Map<String, Object> attributes = getErrorAttributes(request, ErrorAttributeOptions.defaults());
		return Problems.of(getStatus(request), (String) attributes.get("message"), (String) attributes.get("path"),
				(String) attributes.get("reference"));
	}

}
