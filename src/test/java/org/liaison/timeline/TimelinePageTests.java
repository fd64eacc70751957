package org.liaison.timeline;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.liaison.TestCodes;
import org.liaison.TestPartners;
import org.liaison.TestUsers;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * The staff timeline shows a page of milestones at a time, grouped by year, with a pager;
 * after a milestone is added, edited or deleted, with htmx or without, the reader is on
 * the page that holds it. Israel's timeline is this class's; its milestones are for NATO
 * only, so that no public page changes, and each test finds its own by their texts.
 */
@SpringBootTest
@AutoConfigureMockMvc
class TimelinePageTests {

	static final String PARTNER = "ISR";

	static final String TIMELINE = "/partners/" + PARTNER + "/timeline";

	static final Pattern ROW = Pattern.compile("<tr id=\"milestone-");

	@Autowired
	MockMvcTester mvc;

	/** The texts of this run's milestones, all of one year before any other's. */
	final String mark = "Talks " + TestCodes.letters(8);

	@BeforeEach
	void partnerExists() {
		TestPartners.ensure(mvc, PARTNER);
	}

	@Test
	void aLongTimelineIsShownAPageAtATimeAndEveryMilestoneIsOnOneOfThePages() throws Exception {
		List<String> texts = new ArrayList<>();
		for (int i = 0; i < 30; i++) {
			String text = mark + " no. " + i + ".";
			add("1801-01-%02d".formatted(1 + i % 28), text);
			texts.add(text);
		}

		String first = page(TIMELINE);
		assertThat(rows(first)).isEqualTo(25);
		assertThat(first).contains("Page 1 of", "href=\"" + TIMELINE + "?page=1\"");

		StringBuilder all = new StringBuilder();
		int pages = Integer.parseInt(first.replaceAll("(?s).*Page 1 of (\\d+) .*", "$1"));
		for (int page = 0; page < pages; page++) {
			all.append(page(TIMELINE + "?page=" + page));
		}
		for (String text : texts) {
			assertThat(all.toString()).as(text).containsOnlyOnce(text);
		}
		// The year heads its milestones on every page that shows some of them.
		assertThat(page(TIMELINE + "?size=10")).contains("<th colspan=\"4\" class=\"timeline-year\">1801</th>");
	}

	@Test
	void afterAddingWithHtmxTheEditorShowsThePageThatHoldsTheNewMilestone() throws Exception {
		for (int i = 0; i < 26; i++) {
			add("1801-02", mark + " before " + i);
		}
		String text = mark + " added with htmx";
		MvcTestResult result = mvc.post()
			.uri("/partners/" + PARTNER + "/milestones")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("date", "1802-03-04")
			.param("text", text)
			.param("releasability", "NATO")
			.param("page", "0")
			.exchange();

		assertThat(result).hasStatusOk();
		String editor = result.getResponse().getContentAsString();
		assertThat(editor.strip()).startsWith("<div id=\"timeline-editor\">").doesNotContain("<html").contains(text);
		assertThat(editor).contains("4 March 1802").doesNotContain("Page 1 of");
	}

	@Test
	void withoutJavaScriptAnAddedMilestoneIsShownOnItsPage() throws Exception {
		for (int i = 0; i < 26; i++) {
			add("1801-03", mark + " before " + i);
		}
		String text = mark + " added by a form";
		MvcTestResult result = mvc.post()
			.uri("/partners/" + PARTNER + "/milestones")
			.with(TestUsers.nato())
			.with(csrf())
			.param("date", "1802-05")
			.param("text", text)
			.param("releasability", "NATO")
			.exchange();

		assertThat(result).hasStatus3xxRedirection();
		String location = result.getResponse().getRedirectedUrl();
		assertThat(location).matches(TIMELINE + "\\?page=[1-9]\\d*#milestone-[0-9a-f-]{36}");
		String page = page(location.substring(0, location.indexOf('#')));
		assertThat(page).contains(text, "id=\"" + location.substring(location.indexOf('#') + 1) + "\"");
		assertThat(page(TIMELINE)).doesNotContain(text);
	}

	@Test
	void aMilestoneEditedOrDeletedWithoutJavaScriptLeavesTheReaderOnItsPage() throws Exception {
		for (int i = 0; i < 26; i++) {
			add("1801-04", mark + " before " + i);
		}
		String id = add("1802-06", mark + " to edit");
		String editForm = page("/milestones/" + id + "/edit");
		String holding = editForm.replaceAll("(?s).*href=\"(" + TIMELINE + "\\?page=\\d+)#milestone-" + id + "\".*",
				"$1");
		assertThat(holding).as("the edit form's way back").startsWith(TIMELINE + "?page=");

		MvcTestResult revised = mvc.post()
			.uri("/milestones/" + id)
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "0")
			.param("date", "1802-06")
			.param("text", mark + " edited")
			.param("releasability", "NATO")
			.exchange();
		assertThat(revised).hasStatus3xxRedirection().hasRedirectedUrl(holding + "#milestone-" + id);
		assertThat(page(holding)).contains(mark + " edited");

		MvcTestResult deleted = mvc.post()
			.uri("/milestones/" + id + "/delete")
			.with(TestUsers.nato())
			.with(csrf())
			.param("version", "1")
			.exchange();
		assertThat(deleted).hasStatus3xxRedirection().hasRedirectedUrl(holding);
		assertThat(page(holding)).doesNotContain(mark + " edited");
	}

	@Test
	void aMilestoneEditedWithHtmxComesBackAsItsRow() throws Exception {
		String id = add("1802-07", mark + " to edit in place");

		MvcTestResult result = mvc.post()
			.uri("/milestones/" + id)
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("version", "0")
			.param("date", "1802-07")
			.param("text", mark + " edited in place")
			.param("releasability", "NATO")
			.exchange();

		assertThat(result).hasStatusOk()
			.bodyText()
			.startsWith("<tr id=\"milestone-" + id + "\">")
			.contains(mark + " edited in place");
	}

	@Test
	void aMistakeKeepsTheReaderOnThePageTheyWereOn() throws Exception {
		for (int i = 0; i < 26; i++) {
			add("1801-05", mark + " before " + i);
		}
		MvcTestResult result = mvc.post()
			.uri("/partners/" + PARTNER + "/milestones")
			.with(TestUsers.nato())
			.with(csrf())
			.header("HX-Request", "true")
			.param("date", "winter 1802")
			.param("text", mark + " never stored")
			.param("releasability", "NATO")
			.param("page", "1")
			.exchange();

		String editor = result.getResponse().getContentAsString();
		assertThat(editor).contains("id=\"date-error\"", "Page 2 of", "name=\"page\" value=\"1\"");
		assertThat(page(TIMELINE + "?size=200")).doesNotContain(mark + " never stored");
	}

	/** Adds a milestone for NATO only; answers its id. */
	private String add(String date, String text) {
		MvcTestResult result = mvc.post()
			.uri("/api/v1/partners/" + PARTNER + "/milestones")
			.with(TestUsers.nato())
			.contentType(MediaType.APPLICATION_JSON)
			.content("""
					{"date": "%s", "text": "%s", "releasability": "NATO"}""".formatted(date, text))
			.exchange();
		assertThat(result).as(text).hasStatus(201);
		String location = result.getResponse().getHeader("Location");
		return location.substring(location.lastIndexOf('/') + 1);
	}

	private String page(String url) throws Exception {
		MvcTestResult result = mvc.get().uri(url).with(TestUsers.nato()).exchange();
		assertThat(result).as(url).hasStatusOk();
		return result.getResponse().getContentAsString();
	}

	private static long rows(String page) {
		return ROW.matcher(page).results().count();
	}

}
