package org.liaison.identity.web;

import java.io.IOException;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import lombok.RequiredArgsConstructor;
import org.liaison.identity.ApiTokenService;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs an API call in by a personal API token, {@code Authorization: Bearer lsn_…}. A
 * call whose token is unknown, revoked or belongs to a disabled account is answered 401
 * there and then: it must not go on as anonymous, or a script would quietly read only
 * what is public and never learn that its token stopped working. A call without a Bearer
 * token is left to HTTP Basic.
 */
@RequiredArgsConstructor
class ApiTokenAuthenticationFilter extends OncePerRequestFilter {

	private static final String SCHEME = "Bearer";

	private final ApiTokenService tokens;

	private final SecurityContextHolderStrategy contexts = SecurityContextHolder.getContextHolderStrategy();

	/**
	 * As HTTP Basic keeps it on a stateless chain: for this request and its error
	 * dispatch only.
	 */
	private final SecurityContextRepository repository = new RequestAttributeSecurityContextRepository();

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !isBearer(header)) {
			chain.doFilter(request, response);
			return;
		}
		Optional<Authentication> authentication = tokens.authenticate(header.substring(SCHEME.length()).strip());
		if (authentication.isEmpty()) {
			contexts.clearContext();
			response.setHeader(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"Liaison\", error=\"invalid_token\"");
			ProblemAuthenticationEntryPoint.write(response, HttpStatus.UNAUTHORIZED, "Invalid token",
					"The API token is unknown or revoked, or its account is disabled. Create another on your account page.");
			return;
		}
		SecurityContext context = contexts.createEmptyContext();
		context.setAuthentication(authentication.get());
		contexts.setContext(context);
		repository.saveContext(context, request, response);
		chain.doFilter(request, response);
	}

	/**
	 * Whether the header gives a Bearer token, an empty one included: a server strips the
	 * space after a bare "Bearer", and that call too must be refused rather than read as
	 * anonymous. The scheme's name is case-insensitive (RFC 9110, section 11.1).
	 */
	private static boolean isBearer(String header) {
		return header.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
				&& (header.length() == SCHEME.length() || header.charAt(SCHEME.length()) == ' ');
	}

}
