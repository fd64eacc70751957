package org.liaison.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Gives every page the {@link Ui} of its request.
 */
@ControllerAdvice
class UiAdvice {

	private static final String ORGANISATION = "ORGANISATION_";

	private final MessageSource messages;

	private final String organisationName;

	private final ObjectProvider<NationNames> nationNames;

	UiAdvice(MessageSource messages, @Value("${liaison.organisation-name:NATO}") String organisationName,
			ObjectProvider<NationNames> nationNames) {
		this.messages = new MessageTexts(messages);
		this.organisationName = organisationName;
		this.nationNames = nationNames;
	}

	@ModelAttribute("ui")
	Ui ui(HttpServletRequest request, Locale locale) {
		return create(request, locale);
	}

	Ui create(HttpServletRequest request, Locale locale) {
		Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
		boolean signedIn = authentication != null && authentication.isAuthenticated()
				&& !"anonymousUser".equals(authentication.getPrincipal());
		Set<String> roles = !signedIn ? Set.of()
				: authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> a != null && a.startsWith("ROLE_"))
					.map(a -> a.substring(5))
					.collect(Collectors.toSet());
		// The authority an account that works for an organisation gets at sign-in (see
		// identity's CurrentAudience).
		String organisation = !signedIn ? null
				: authentication.getAuthorities()
					.stream()
					.map(GrantedAuthority::getAuthority)
					.filter(a -> a != null && a.startsWith(ORGANISATION) && a.length() > ORGANISATION.length())
					.map(a -> a.substring(ORGANISATION.length()))
					.findFirst()
					.orElse(null);
		CsrfToken csrf = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
		return new Ui(messages, locale, signedIn ? authentication.getName() : null, roles, csrf,
				request.getRequestURI(), Htmx.isHtmx(request), organisationName, organisation,
				new Ui.Nations(nationNames.getIfAvailable(() -> language -> Map.of()), locale));
	}

}
