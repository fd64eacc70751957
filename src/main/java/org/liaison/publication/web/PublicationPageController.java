package org.liaison.publication.web;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.http.HttpServletResponse;

import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import org.jspecify.annotations.Nullable;
import org.liaison.partner.PartnerService;
import org.liaison.publication.PublishedPages;
import org.liaison.publication.RelationsPage;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.shared.PageOf;
import org.liaison.web.DefaultSize;
import org.liaison.web.Ui;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.context.request.WebRequest;

/**
 * The public pages: the start page, the index of partners and each partner's relations
 * page. They are read by the public whoever asks, so a signed-in reader sees the same
 * page as everyone. A relations page may be asked for as it stood on a day
 * ({@code ?on=2017-12-11}).
 */
@Controller
record PublicationPageController(PublishedPages relations, PartnerService partners, TemplateEngine templates) {

	@GetMapping("/")
	String home() {
		return "publication/home";
	}

	@GetMapping("/partners")
	String index(@DefaultSize(50) PageOf.Request page, Model model) {
		model.addAttribute("partners", partners.partners(Audience.ANONYMOUS, page));
		return "publication/index";
	}

	@GetMapping("/partners/{code}/relations")
	@Nullable ResponseEntity<byte[]> relations(@PathVariable NationCode code,
			@RequestParam(name = PageDayParameter.NAME, required = false) @Nullable String on, Locale locale,
			WebRequest request, HttpServletResponse response, Model model) {
		response.setHeader(HttpHeaders.VARY, VARY);
		LocalDate day = PageDayParameter.read(on);
		// The page's words follow the reader's language, so the validator does too; it is
		// read without the page, which is built only for a reader who has not got it.
		String version = relations.version(code, locale, day);
		String etag = "\"" + version + "-" + locale.getLanguage() + "\"";
		if (request.checkNotModified(etag)) {
			return null;
		}
		Ui ui = Objects.requireNonNull((Ui) model.getAttribute("ui"));
		RelationsPage page = relations.page(code, locale, day, version);
		byte[] article = day == null ? relations.html(code, locale, version, shown -> article(ui, shown))
				: article(ui, page);
		return ResponseEntity.ok().contentType(HTML).body(inLayout(ui, page.title(), article));
	}

	/**
	 * The page's own content, as only the page and the reader's language make it, in
	 * UTF-8.
	 */
	private byte[] article(Ui ui, RelationsPage page) {
		StringOutput html = new StringOutput();
		templates.render("publication/relationsArticle.jte", Map.of("ui", ui, "page", page), html);
		return html.toString().getBytes(StandardCharsets.UTF_8);
	}

	/**
	 * The article set in the reader's own layout: the layout is rendered around a mark
	 * that the article's bytes replace, so that they are not encoded again for each
	 * reader.
	 */
	private byte[] inLayout(Ui ui, String title, byte[] article) {
		StringOutput html = new StringOutput();
		templates.render("publication/relations.jte", Map.of("ui", ui, "title", title, "article", ARTICLE), html);
		String layout = html.toString();
		int at = layout.indexOf(ARTICLE);
		byte[] before = layout.substring(0, at).getBytes(StandardCharsets.UTF_8);
		byte[] after = layout.substring(at + ARTICLE.length()).getBytes(StandardCharsets.UTF_8);
		byte[] page = new byte[before.length + article.length + after.length];
		System.arraycopy(before, 0, page, 0, before.length);
		System.arraycopy(article, 0, page, before.length, article.length);
		System.arraycopy(after, 0, page, before.length + article.length, after.length);
		return page;
	}

	private static final String ARTICLE = "<!-- the article -->";

	private static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	static final String VARY = HttpHeaders.ACCEPT_LANGUAGE + ", " + HttpHeaders.COOKIE;

}
