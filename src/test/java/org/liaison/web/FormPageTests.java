package org.liaison.web;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInputException;
import org.springframework.ui.ExtendedModelMap;

import static org.assertj.core.api.Assertions.assertThat;

class FormPageTests {

	private final FormPage page = FormPage.of("partner/membershipForm").with("partner", "SRB").with("membership", null);

	@Test
	void aFormOpensWithItsValuesWhatItShowsAroundThemAndNoProblems() {
		ExtendedModelMap model = new ExtendedModelMap();

		String view = page.show(model, "values");

		assertThat(view).isEqualTo("partner/membershipForm");
		assertThat(model).containsEntry("partner", "SRB")
			.containsEntry("membership", null)
			.containsEntry("form", "values")
			.containsEntry("errors", FormErrors.none());
	}

	@Test
	void aFailedFormComesBackWithWhatWasTypedAndItsProblems() {
		ExtendedModelMap model = new ExtendedModelMap();
		FormErrors errors = FormErrors.of(InvalidInputException.of("ref", "is taken"));

		page.show(model, "typed", errors);

		assertThat(model).containsEntry("form", "typed").containsEntry("errors", errors);
		assertThat(((FormErrors) model.get("errors")).get("ref")).isEqualTo("is taken");
	}

	@Test
	void aRecordsPageWithAFailedMoveShowsItsProblemsButNoFormOfValues() {
		ExtendedModelMap model = new ExtendedModelMap();
		FormErrors errors = FormErrors.of(InvalidInputException.of("on", "is before the agreement was signed"));

		String view = FormPage.of("agreement/agreement").with("failedMove", "AGREE").show(model, errors);

		assertThat(view).isEqualTo("agreement/agreement");
		assertThat(model).containsEntry("failedMove", "AGREE")
			.containsEntry("errors", errors)
			.doesNotContainKey("form");
	}

	@Test
	void aValueAddedMakesAnotherPageAndLeavesTheFirstAsItWas() {
		FormPage more = page.with("frameworks", "PfP");
		ExtendedModelMap shown = new ExtendedModelMap();
		ExtendedModelMap first = new ExtendedModelMap();

		more.show(shown, "values");
		page.show(first, "values");

		assertThat(shown).containsKey("frameworks");
		assertThat(first).doesNotContainKey("frameworks");
	}

}
