package org.liaison.web;

import org.liaison.shared.InvalidInputException;
import org.liaison.shared.PageOf;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Gives a {@link PageOf.Request} parameter the page a list was asked for, from the
 * {@code page} (from 0) and {@code size} query parameters, within the bounds
 * {@link PageOf.Request} keeps; a page holds {@link PageOf#DEFAULT_SIZE} items unless the
 * request or the parameter's {@link DefaultSize} says otherwise.
 */
class PageRequestArgumentResolver implements HandlerMethodArgumentResolver {

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		return PageOf.Request.class.equals(parameter.getParameterType());
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, ModelAndViewContainer mavContainer,
			NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
		DefaultSize defaultSize = parameter.getParameterAnnotation(DefaultSize.class);
		return new PageOf.Request(number(webRequest, "page", 0),
				number(webRequest, "size", defaultSize != null ? defaultSize.value() : PageOf.DEFAULT_SIZE));
	}

	private static int number(NativeWebRequest request, String name, int otherwise) {
		String value = request.getParameter(name);
		if (value == null || value.isBlank()) {
			return otherwise;
		}
		try {
			return Integer.parseInt(value.strip());
		}
		catch (NumberFormatException ex) {
			throw InvalidInputException.of(name,
					"'" + value + "' is not a whole number: give " + name + " as a number such as " + otherwise);
		}
	}

}
