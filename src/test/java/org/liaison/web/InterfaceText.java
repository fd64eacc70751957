package org.liaison.web;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.springframework.beans.factory.annotation.AnnotatedBeanDefinition;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.util.StreamUtils;

/**
 * What a reader sees of a page, and what in it reads unfinished: a code where a name
 * belongs, a message key shown for want of its text, Java's words, English interface text
 * on a French page. Only visible text counts: codes in attributes (a tooltip, a link) are
 * where experts want them.
 */
final class InterfaceText {

	/**
	 * Enum constants that are also words people read as such: the organisation's own name
	 * (a releasability and an audience), which every page prints, and "API", the menu's
	 * name for the programming interface (also the channel of a change in the audit log).
	 */
	private static final Set<String> WORDS_PEOPLE_USE = Set.of("NATO", "API");

	private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}_.-]+");

	private static final Pattern CONSTANT = Pattern.compile("[A-Z][A-Z0-9]*(_[A-Z0-9]+)*");

	private static final Pattern KEY = Pattern.compile("[a-z][A-Za-z0-9]*(\\.[A-Za-z0-9-]+)+");

	private static final Pattern ONLY_CODES = Pattern.compile("[A-Z0-9_ ,;:·/()\\[\\]-]+");

	private static final Pattern RECORD = Pattern
		.compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}|[0-9]+|[A-Z]+\\.[0-9]+");

	private static final Pattern SLUG = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)+");

	private static final Pattern EXCEPTION = Pattern.compile("java\\.|jakarta\\.|org\\.springframework|org\\.liaison|"
			+ "Exception|For input string|Invalid UUID|Whitelabel Error Page|\\bat [a-z]+\\.[A-Za-z.$]+\\(|"
			+ "Failed to convert|NullPointer|No enum constant|Required request|Cannot invoke");

	private final Set<String> constants;

	private final Set<String> nationCodes;

	private final Set<String> refs;

	private final Set<String> keyPrefixes;

	private final Set<String> englishOnly;

	private InterfaceText(Set<String> constants, Set<String> nationCodes, Set<String> refs, Set<String> keyPrefixes,
			Set<String> englishOnly) {
		this.constants = constants;
		this.nationCodes = nationCodes;
		this.refs = refs;
		this.keyPrefixes = keyPrefixes;
		this.englishOnly = englishOnly;
	}

	static InterfaceText load() throws IOException {
		Set<String> prefixes = new HashSet<>();
		Set<String> englishOnly = new HashSet<>();
		Set<String> frenchValues = new HashSet<>();
		PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
		for (Resource english : resolver.getResources("classpath:i18n/*.properties")) {
			String name = english.getFilename();
			if (name == null || name.contains("_")) {
				continue;
			}
			Properties en = properties(english);
			Resource frenchFile = english.createRelative(name.replace(".properties", "_fr.properties"));
			Properties fr = frenchFile.exists() ? properties(frenchFile) : new Properties();
			for (String key : en.stringPropertyNames()) {
				prefixes.add(key.substring(0, key.contains(".") ? key.indexOf('.') : key.length()));
				String enText = shown(en.getProperty(key));
				String frText = fr.containsKey(key) ? shown(fr.getProperty(key)) : null;
				if (enText != null && frText != null && !enText.equals(frText)) {
					englishOnly.add(enText);
				}
				if (frText != null) {
					frenchValues.add(frText);
				}
			}
		}
		// A word both languages write alike ("Nation", "Total") is French where a French
		// text uses it.
		englishOnly.removeAll(frenchValues);
		Set<String> refs = new HashSet<>();
		String dossier = StreamUtils.copyToString(new ClassPathResource("demo/serbia-dossier.json").getInputStream(),
				StandardCharsets.UTF_8);
		Matcher value = Pattern.compile("\"([a-z][a-z0-9]*(?:-[a-z0-9]+)+)\"").matcher(dossier);
		while (value.find()) {
			refs.add(value.group(1));
		}
		return new InterfaceText(enumConstants(), Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA3), refs,
				prefixes, englishOnly);
	}

	/** What a message shows with no arguments, or null if it takes arguments. */
	private static String shown(String value) {
		if (value.contains("{")) {
			return null;
		}
		String text = new MessageFormat(value, Locale.ROOT).format(new Object[0]).strip().replaceAll("\\s+", " ");
		return text.isEmpty() ? null : text;
	}

	private static Properties properties(Resource resource) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}

	private static Set<String> enumConstants() {
		ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
			@Override
			protected boolean isCandidateComponent(AnnotatedBeanDefinition definition) {
				return true;
			}
		};
		scanner.addIncludeFilter(
				(reader, factory) -> "java.lang.Enum".equals(reader.getClassMetadata().getSuperClassName()));
		Set<String> names = new HashSet<>();
		for (BeanDefinition definition : scanner.findCandidateComponents("org.liaison")) {
			try {
				for (Object constant : Class.forName(definition.getBeanClassName()).getEnumConstants()) {
					names.add(((Enum<?>) constant).name());
				}
			}
			catch (ClassNotFoundException ex) {
				throw new IllegalStateException(ex);
			}
		}
		names.removeAll(WORDS_PEOPLE_USE);
		return names;
	}

	/**
	 * The texts a reader sees: the title and every text of the body outside scripts. A
	 * code marked up as one ({@code <code>}, beside its name for experts) and the value
	 * of a text area (what a form takes, in the format it takes) are not read as
	 * interface text.
	 */
	static List<String> visible(Document page) {
		List<String> texts = new ArrayList<>();
		texts.add(page.title());
		visibleIn(page.body(), texts);
		return texts;
	}

	/**
	 * The hints under the fields of forms that take codes: they show a code or two as
	 * examples of what the field takes.
	 */
	static List<String> hints(Document page) {
		List<String> texts = new ArrayList<>();
		for (Element hint : page.body().select(".form-text")) {
			visibleIn(hint, texts);
		}
		page.body().select(".form-text").remove();
		return texts;
	}

	/**
	 * The names of records as the links to them show them ("Exercise", an activity's
	 * title): data, not interface text, even when a record is named like a label.
	 */
	static List<String> recordNames(Document page) {
		List<String> texts = new ArrayList<>();
		for (Element link : page.body().select("a[href]")) {
			String path = link.attr("href").replaceAll("[?#].*", "");
			if (RECORD.matcher(path.substring(path.lastIndexOf('/') + 1)).matches()) {
				visibleIn(link, texts);
				link.empty();
			}
		}
		return texts;
	}

	private static void visibleIn(Element root, List<String> texts) {
		// Text marked as English (a reference item's English name beside its French one)
		// is English on purpose, in either language's page.
		root.select("script, style, template, noscript, textarea, code, body [lang=en]").remove();
		NodeTraversor.traverse((Node node, int depth) -> {
			if (node instanceof TextNode text) {
				String shown = text.text().strip().replaceAll("\\s+", " ");
				if (!shown.isEmpty()) {
					texts.add(shown);
				}
			}
		}, root);
	}

	/** What reads unfinished on a page, each finding once. */
	Set<String> findings(Document page, boolean french) {
		Set<String> findings = new LinkedHashSet<>();
		for (String hint : hints(page)) {
			words(hint, french, Reading.HINT, findings);
		}
		for (String name : recordNames(page)) {
			words(name, french, Reading.RECORD_NAME, findings);
		}
		for (String text : visible(page)) {
			words(text, french, Reading.INTERFACE, findings);
		}
		return findings;
	}

	/** How a text is read: as interface text, a record's name, or a hint of a field. */
	private enum Reading {

		INTERFACE, RECORD_NAME, HINT

	}

	private void words(String text, boolean french, Reading reading, Set<String> findings) {
		boolean codesAreFindings = reading != Reading.HINT;
		// Prose may shout a word ("a Confidential PARTNER milestone"); a constant is a
		// code where it has an underscore or stands alone or among other codes.
		boolean onlyCodes = ONLY_CODES.matcher(text).matches();
		Matcher exception = EXCEPTION.matcher(text);
		if (exception.find()) {
			findings.add("exception text: " + text);
		}
		if (french && reading == Reading.INTERFACE && englishOnly.contains(text)) {
			findings.add("English text: " + text);
		}
		Matcher token = TOKEN.matcher(text);
		while (token.find()) {
			String word = token.group().replaceAll("^[.-]+|[.-]+$", "");
			if (!codesAreFindings) {
				if (KEY.matcher(word).matches() && keyPrefixes.contains(word.substring(0, word.indexOf('.')))) {
					findings.add("missing key: " + word);
				}
			}
			else if (CONSTANT.matcher(word).matches() && constants.contains(word)
					&& (word.contains("_") || onlyCodes)) {
				findings.add("raw code: " + word + " in \"" + text + "\"");
			}
			else if (word.length() == 3 && nationCodes.contains(word)) {
				findings.add("nation code: " + word + " in \"" + text + "\"");
			}
			// A ref of one hyphen ("crisis-management") may be a word of a sentence; a
			// longer one, or one standing alone, is a ref.
			// A ref in brackets after its name is the code experts want beside it.
			else if (SLUG.matcher(word).matches() && refs.contains(word)
					&& (word.equals(text) || word.chars().filter(c -> c == '-').count() > 1)
					&& !text.contains("(" + word + ")")) {
				findings.add("ref: " + word + " in \"" + text + "\"");
			}
			else if (KEY.matcher(word).matches() && keyPrefixes.contains(word.substring(0, word.indexOf('.')))) {
				findings.add("missing key: " + word);
			}
		}
	}

}
