package org.detaineetracker.system;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.webmvc.error.DefaultErrorAttributes;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

import org.detaineetracker.web.ErrorReference;

/**
 * What every error page and error body carries: the status, a reason a person can read, and a
 * reference that is also logged. Reasons of 4xx answers are our own words; a 5xx never shows the
 * exception's message, and no answer ever carries a stack trace.
 */
@Component
class TrackerErrorAttributes extends DefaultErrorAttributes {

	private static final Logger log = LoggerFactory.getLogger(TrackerErrorAttributes.class);

	@Override
	public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
		Map<String, Object> attributes = super.getErrorAttributes(request,
				options.including(ErrorAttributeOptions.Include.MESSAGE)
					.excluding(ErrorAttributeOptions.Include.STACK_TRACE, ErrorAttributeOptions.Include.BINDING_ERRORS));
		String reference = ErrorReference.next();
		attributes.put("reference", reference);
		int status = attributes.get("status") instanceof Integer code ? code : 500;
		Throwable error = getError(request);
		if (status >= 500) {
			if (status == 503) {
				log.warn("Error {}: {} {}", reference, status, attributes.get("path"));
			}
			else {
				log.error("Error {}: {} {}", reference, status, attributes.get("path"), error);
				attributes.put("message", "");
			}
		}
		else {
			log.debug("Error {}: {} {} {}", reference, status, attributes.get("path"), attributes.get("message"));
		}
		if ("No message available".equals(attributes.get("message"))) {
			attributes.put("message", "");
		}
		attributes.remove("trace");
		attributes.remove("exception");
		return attributes;
	}

}
