package org.detaineetracker.test;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/** Every endpoint the application's controllers declare, as "METHOD /path/{pattern}" (the error page aside). */
public final class Endpoints {

	private Endpoints() {
	}

	public static Set<String> of(RequestMappingHandlerMapping mapping) {
		Set<String> endpoints = new TreeSet<>();
		mapping.getHandlerMethods().forEach((info, method) -> {
			// the error controller answers the container's error dispatch, not requests of its own
			if (method.getBeanType().getPackageName().startsWith("org.detaineetracker")
					&& !ErrorController.class.isAssignableFrom(method.getBeanType())) {
				for (String path : patterns(info)) {
					Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
					if (methods.isEmpty()) {
						endpoints.add("ANY " + path);
					}
					methods.forEach(m -> endpoints.add(m.name() + " " + path));
				}
			}
		});
		return endpoints;
	}

	private static List<String> patterns(RequestMappingInfo info) {
		return info.getPatternValues().stream().sorted().toList();
	}

}
