package org.liaison.web;

import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.support.ResourceBundleMessageSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The texts pages read from memory are the ones the bundles give, formatted as
 * MessageFormat formats them; a text with arguments is formatted with them, and a key no
 * bundle has stays missing however often it is asked for.
 */
class MessageTextsTests {

	final ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();

	final MessageTexts texts;

	MessageTextsTests() {
		bundles.setBasename("i18n/messages");
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		bundles.setAlwaysUseMessageFormat(true);
		texts = new MessageTexts(bundles);
	}

	@Test
	void aTextWithoutArgumentsReadsAsFormattedEveryTime() {
		assertThat(texts.getMessage("error.home", null, Locale.FRENCH)).isEqualTo("Retour à l'accueil");
		assertThat(texts.getMessage("error.home", new Object[0], Locale.FRENCH)).isEqualTo("Retour à l'accueil");
		assertThat(texts.getMessage("error.home", null, Locale.ENGLISH))
			.isEqualTo(bundles.getMessage("error.home", null, Locale.ENGLISH));
	}

	@Test
	void aTextWithArgumentsIsFormattedWithThem() {
		assertThat(texts.getMessage("pager.position", new Object[] { 2, 5, 120 }, Locale.ENGLISH))
			.isEqualTo("Page 2 of 5 (120 in all)");
	}

	@Test
	void aMissingKeyStaysMissing() {
		for (int i = 0; i < 2; i++) {
			assertThatThrownBy(() -> texts.getMessage("no.such.key", null, Locale.ENGLISH))
				.isInstanceOf(NoSuchMessageException.class);
		}
		assertThat(texts.getMessage("no.such.key", null, "fallback", Locale.ENGLISH)).isEqualTo("fallback");
	}

}
