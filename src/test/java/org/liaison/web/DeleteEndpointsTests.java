package org.liaison.web;

import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.pattern.PathPattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * A DELETE of the API that finds nothing to delete says so with a 404 problem document,
 * never a 204 that a client would read as done. Every DELETE the application maps is
 * tried, so that one added later is held to the same rule.
 */
@SpringBootTest
@AutoConfigureMockMvc
class DeleteEndpointsTests {

	private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)}");

	@Autowired
	MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	/**
	 * Allowed every DELETE, so that what is answered is about the record, not the role.
	 */
	final RequestPostProcessor admin = user("delete-endpoints-admin")
		.authorities(new SimpleGrantedAuthority("ROLE_ADMIN"));

	List<String> deletePaths() {
		return mappings.getHandlerMethods()
			.keySet()
			.stream()
			.filter(info -> info.getMethodsCondition().getMethods().contains(RequestMethod.DELETE))
			.flatMap(info -> info.getPathPatternsCondition().getPatterns().stream())
			.map(PathPattern::getPatternString)
			.sorted()
			.toList();
	}

	/**
	 * The path with a value for each variable that names nothing there: a new id, an
	 * account that does not exist, a partner the administrator holds no calendar link
	 * for, a day no version took effect from.
	 */
	static String nothingAt(String pattern) {
		Matcher variable = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (variable.find()) {
			String value = switch (variable.group(1)) {
				case "id" -> UUID.randomUUID().toString();
				case "username" -> "no-such-account-" + UUID.randomUUID().toString().substring(0, 8);
				case "code" -> "UKR";
				case "effectiveFrom" -> "1900-01-01";
				default -> throw new AssertionError("No value that names nothing for {" + variable.group(1) + "} in "
						+ pattern + ": add one to this test");
			};
			variable.appendReplacement(path, value);
		}
		return variable.appendTail(path).toString();
	}

	@Test
	void everyDeleteOfTheApiAnswers404WhenThereIsNothingToDelete() {
		List<String> patterns = deletePaths();
		assertThat(patterns).contains("/api/v1/agreements/{id}", "/api/v1/partners/{code}/calendar-tokens",
				"/api/v1/accounts/{username}/tokens", "/api/v1/account/tokens/{id}");

		for (String pattern : patterns) {
			MvcTestResult result = mvc.delete()
				.uri(nothingAt(pattern))
				.with(admin)
				.header("If-Match", "\"0\"")
				.exchange();
			assertThat(result.getResponse().getStatus()).as("DELETE %s of nothing", pattern).isEqualTo(404);
			assertThat(result.getResponse().getContentType()).as("DELETE %s of nothing", pattern)
				.isEqualTo("application/problem+json");
		}
	}

}
