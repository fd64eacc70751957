package org.liaison.web;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.Money;
import org.liaison.shared.NationCode;
import org.liaison.shared.Qualifier;
import org.liaison.shared.PartialDate;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.security.web.csrf.CsrfToken;

/**
 * The request-scoped context every template receives as {@code ui}: translated text, the
 * signed in user, the CSRF token for forms and whether the request came from htmx. The
 * token is made only when a template asks for it: a token is kept in the reader's
 * session, and a reader of public pages, who posts no form, needs neither. Templates take
 * all their text from here, so no UI text is written into a template.
 * {@code organisation} is the ref of the organisation of the directory the user works for
 * (a provider's, an executing agent's), if any.
 */
public record Ui(MessageSource messages, Locale locale, @Nullable String username, Set<String> roles,
		@Nullable CsrfToken csrf, String path, boolean htmx, String organisationName, @Nullable String organisation,
		Nations nationNames) {

	public Ui {
		roles = Set.copyOf(roles);
	}

	/** The form field that carries the CSRF token. */
	public @Nullable String csrfParameter() {
		return csrf == null ? null : csrf.getParameterName();
	}

	/** The CSRF token for a form; asking for it keeps one in the session. */
	public @Nullable String csrfToken() {
		return csrf == null ? null : csrf.getToken();
	}

	/**
	 * The text of a message key in the reader's language; a missing key shows as itself.
	 */
	public String t(String key, Object... args) {
		try {
			// The bundles are written for MessageFormat ("l''Alliance"); the message
			// source formats
			// every message, with arguments or without
			// (spring.messages.always-use-message-format).
			return messages.getMessage(key, args, locale);
		}
		catch (NoSuchMessageException ex) {
			return key;
		}
	}

	public String date(@Nullable PartialDate date) {
		return date == null ? "" : date.display(locale);
	}

	public String timestamp(@Nullable Instant instant) {
		return instant == null ? ""
				: DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", locale).withZone(ZoneOffset.UTC).format(instant);
	}

	/** A whole or decimal number with the reader's grouping: 28,000 or 1,400,000. */
	public String number(@Nullable BigDecimal number) {
		if (number == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(Math.max(0, number.stripTrailingZeros().scale()));
		return format.format(number);
	}

	/**
	 * A figure as its source gives it, its qualifier first: approximately 2000, or just
	 * 28000.
	 */
	public String quantity(@Nullable Qualifier qualifier, @Nullable BigDecimal number) {
		String figure = number(number);
		return qualifier == null || figure.isEmpty() ? figure : qualifier.display(locale) + " " + figure;
	}

	/** An amount with its currency code: EUR 9,600,000.00. */
	public String money(@Nullable Money money) {
		if (money == null) {
			return "";
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		int digits = Math.max(0, money.currency().getDefaultFractionDigits());
		format.setMinimumFractionDigits(digits);
		format.setMaximumFractionDigits(digits);
		return money.currency().getCurrencyCode() + " " + format.format(money.amount());
	}

	/** A nation by its name in the reader's language; its code if the list lacks it. */
	public String nation(@Nullable NationCode code) {
		return code == null ? "" : nationNames.name(code);
	}

	/** Nations by their names, separated by commas: Netherlands, Norway. */
	public String nations(Collection<NationCode> codes) {
		return codes.stream().map(this::nation).collect(Collectors.joining(", "));
	}

	/**
	 * The names of nations for one request, read once when a page first names one.
	 */
	public static final class Nations {

		private final NationNames source;

		private final Locale locale;

		private @Nullable Map<NationCode, String> names;

		Nations(NationNames source, Locale locale) {
			this.source = source;
			this.locale = locale;
		}

		String name(NationCode code) {
			if (names == null) {
				names = source.names(locale);
			}
			return names.getOrDefault(code, code.value());
		}

	}

	public String language() {
		return locale.getLanguage();
	}

	public boolean signedIn() {
		return username != null;
	}

	public String rolesText() {
		return roles.stream().sorted().map(role -> t("role." + role)).collect(Collectors.joining(", "));
	}

	/**
	 * Whether the user may change partnership records (NATO staff and administrators).
	 */
	public boolean canEdit() {
		return roles.contains("NATO_STAFF") || roles.contains("ADMIN");
	}

	/** Whether the user administers accounts (administrators only). */
	public boolean isAdmin() {
		return roles.contains("ADMIN");
	}

	/**
	 * Whether the user keeps activities and events (NATO staff, administrators and
	 * activity providers).
	 */
	public boolean keepsActivities() {
		return canEdit() || roles.contains("PROVIDER");
	}

	/**
	 * Whether the user reports on the trust-fund projects its organisation executes (an
	 * executing agent).
	 */
	public boolean reportsOnProjects() {
		return roles.contains("AGENT") && organisation != null;
	}

}
