package org.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.http.Cookie;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * A browser's session as the server keeps it, in its database: the cookie that signing in
 * set, sent again with each later request as a browser would ({@code .with(session)}).
 *
 * @param cookie the session cookie
 */
public record SessionCookie(Cookie cookie) implements RequestPostProcessor {

	/**
	 * The session cookie's name under MockMvc. A running server names it
	 * {@code server.servlet.session.cookie.name} (JSESSIONID) and sets its flags, which
	 * {@code ServerHeadersTests} checks; MockMvc runs no server, so Spring Session keeps
	 * its own default there.
	 */
	public static final String NAME = "SESSION";

	/** The session that this answer (a sign-in, most often) started. */
	public static SessionCookie from(MvcTestResult result) {
		Cookie cookie = result.getResponse().getCookie(NAME);
		assertThat(cookie).as("the session cookie the answer set").isNotNull();
		return new SessionCookie(cookie);
	}

	@Override
	public MockHttpServletRequest postProcessRequest(MockHttpServletRequest request) {
		request.setCookies(cookie);
		return request;
	}

}
