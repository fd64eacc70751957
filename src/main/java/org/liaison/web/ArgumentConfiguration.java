package org.liaison.web;

import java.util.List;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The request values every controller may take as parameters without reading them itself.
 */
@Configuration(proxyBeanMethods = false)
class ArgumentConfiguration implements WebMvcConfigurer {

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new IfMatchArgumentResolver());
		resolvers.add(new PageRequestArgumentResolver());
	}

}
