package org.liaison.web;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every text a template asks for exists in the English bundles, and the French bundles
 * translate only keys that exist: a renamed key breaks the build, not a page.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/i18n");

	private static final Pattern LITERAL_KEY = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.-]+)\"(\\s*[,)])");

	private static final Pattern PREFIX_KEY = Pattern.compile("ui\\.t\\(\"([a-zA-Z0-9_.-]+\\.)\"\\s*\\+");

	@Test
	void everyKeyATemplateUsesExistsInEnglish() throws IOException {
		Set<String> english = keys("");
		Set<String> missing = new HashSet<>();
		try (Stream<Path> templates = Files.walk(Path.of("src/main/jte"))) {
			for (Path template : templates.filter(p -> p.toString().endsWith(".jte")).toList()) {
				String text = Files.readString(template);
				Matcher literal = LITERAL_KEY.matcher(text);
				while (literal.find()) {
					if (!english.contains(literal.group(1))) {
						missing.add(template.getFileName() + ": " + literal.group(1));
					}
				}
				Matcher prefix = PREFIX_KEY.matcher(text);
				while (prefix.find()) {
					String start = prefix.group(1);
					if (english.stream().noneMatch(key -> key.startsWith(start))) {
						missing.add(template.getFileName() + ": " + start + "*");
					}
				}
			}
		}
		assertThat(missing).isEmpty();
	}

	@Test
	void frenchTranslatesOnlyKeysThatExist() throws IOException {
		Set<String> french = keys("_fr");
		french.removeAll(keys(""));
		assertThat(french).isEmpty();
	}

	/**
	 * Every message goes through MessageFormat
	 * (spring.messages.always-use-message-format), where a lone apostrophe starts a
	 * quotation and disappears: "the plan's period" would read "the plans period". An
	 * apostrophe is written twice.
	 */
	@Test
	void everyApostropheIsWrittenTwice() throws IOException {
		Pattern lone = Pattern.compile("(?<!')'(?!')");
		Set<String> wrong = new HashSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(p -> p.toString().endsWith(".properties")).toList()) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				for (String key : properties.stringPropertyNames()) {
					if (lone.matcher(properties.getProperty(key)).find()) {
						wrong.add(file.getFileName() + ": " + key);
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	private static Set<String> keys(String suffix) throws IOException {
		Set<String> keys = new HashSet<>();
		try (Stream<Path> files = Files.list(BUNDLES)) {
			for (Path file : files.filter(p -> {
				String name = p.getFileName().toString();
				return suffix.isEmpty() ? !name.contains("_") && name.endsWith(".properties")
						: name.endsWith(suffix + ".properties");
			}).toList()) {
				Properties properties = new Properties();
				try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
					properties.load(reader);
				}
				keys.addAll(properties.stringPropertyNames());
			}
		}
		return keys;
	}

}
