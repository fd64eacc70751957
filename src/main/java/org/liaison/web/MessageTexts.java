package org.liaison.web;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.NoSuchMessageException;

/**
 * The message source as pages read it: a text without arguments is formatted once per
 * language and then read from memory. The bundles are written for MessageFormat, so the
 * source formats every message, and a format is shared and locked while it formats: a
 * page asks for hundreds of texts, and its threads queued on those locks. The bundles
 * never change while Liaison runs, so neither do the texts.
 */
final class MessageTexts implements MessageSource {

	private final MessageSource source;

	private final Map<Locale, Map<String, String>> plain = new ConcurrentHashMap<>();

	MessageTexts(MessageSource source) {
		this.source = source;
	}

	@Override
	public @Nullable String getMessage(String code, Object @Nullable [] args, @Nullable String defaultMessage,
			Locale locale) {
		if (args != null && args.length > 0) {
			return source.getMessage(code, args, defaultMessage, locale);
		}
		return plain(code, locale).orElse(defaultMessage);
	}

	@Override
	public String getMessage(String code, Object @Nullable [] args, Locale locale) {
		if (args != null && args.length > 0) {
			return source.getMessage(code, args, locale);
		}
		return plain(code, locale).orElseThrow(() -> new NoSuchMessageException(code, locale));
	}

	@Override
	public String getMessage(MessageSourceResolvable resolvable, Locale locale) {
		return source.getMessage(resolvable, locale);
	}

	/**
	 * Only texts that exist are kept: a key may be made of what a request sent, and those
	 * must not fill the memory.
	 */
	private Optional<String> plain(String code, Locale locale) {
		Map<String, String> texts = plain.computeIfAbsent(locale, l -> new ConcurrentHashMap<>());
		String kept = texts.get(code);
		if (kept != null) {
			return Optional.of(kept);
		}
		String text = source.getMessage(code, null, null, locale);
		if (text != null) {
			texts.put(code, text);
		}
		return Optional.ofNullable(text);
	}

}
