package org.liaison.web;

import org.liaison.shared.NationCode;
import org.liaison.shared.PartialDate;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.convert.converter.Converter;
import org.springframework.format.FormatterRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Reads the shared value types from URLs and form fields. A blank field is no value; a
 * wrong one fails with the value type's own message, which the form shows beside the
 * field.
 */
@Configuration(proxyBeanMethods = false)
class ConversionConfiguration implements WebMvcConfigurer {

	@Override
	public void addFormatters(FormatterRegistry registry) {
		registry.addConverter(String.class, PartialDate.class,
				(Converter<String, PartialDate>) PartialDate::parseOrNull);
		registry.addConverter(String.class, NationCode.class,
				(Converter<String, NationCode>) text -> text == null || text.isBlank() ? null : NationCode.of(text));
	}

}
