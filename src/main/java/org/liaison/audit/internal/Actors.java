package org.liaison.audit.internal;

import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.Channel;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Tells who is making a change from the signed-in account and the request being served. A
 * change made outside any request (start-up, scheduled work, a listener that runs after a
 * commit) is Liaison's own.
 */
@Component
class Actors {

	/** The request attribute under which a request keeps its id once it has one. */
	static final String REQUEST_ID = Actors.class.getName() + ".requestId";

	private static final String ROLE = "ROLE_";

	Actor current() {
		HttpServletRequest request = request();
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !(authentication instanceof AnonymousAuthenticationToken);
		if (request == null) {
			return signedIn ? new Actor(authentication.getName(), role(authentication), Channel.SYSTEM, null, null)
					: Actor.SYSTEM;
		}
		return new Actor(signedIn ? authentication.getName() : null, signedIn ? role(authentication) : null,
				channel(request), requestId(request), request.getRemoteAddr());
	}

	/**
	 * The actor of a sign-in attempt, which names its account whether or not it exists or
	 * was let in.
	 */
	Actor signingIn(String username) {
		HttpServletRequest request = request();
		if (request == null) {
			return new Actor(username, null, Channel.SYSTEM, null, null);
		}
		return new Actor(username, null, channel(request), requestId(request), request.getRemoteAddr());
	}

	private static @Nullable HttpServletRequest request() {
		return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
				? attributes.getRequest() : null;
	}

	static String requestId(HttpServletRequest request) {
		if (request.getAttribute(REQUEST_ID) instanceof String id) {
			return id;
		}
		String id = UUID.randomUUID().toString();
		request.setAttribute(REQUEST_ID, id);
		return id;
	}

	private static Channel channel(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (!path.startsWith("/api/")) {
			return Channel.PAGE;
		}
		if ("POST".equals(request.getMethod()) && (path.equals("/api/v1/dossiers") || path.endsWith(".csv"))) {
			return Channel.IMPORT;
		}
		String authorization = request.getHeader("Authorization");
		return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7) ? Channel.TOKEN
				: Channel.API;
	}

	private static @Nullable String role(Authentication authentication) {
		return authentication.getAuthorities()
			.stream()
			.map(GrantedAuthority::getAuthority)
			.filter(authority -> authority != null && authority.startsWith(ROLE))
			.map(authority -> authority.substring(ROLE.length()))
			.findFirst()
			.orElse(null);
	}

}
