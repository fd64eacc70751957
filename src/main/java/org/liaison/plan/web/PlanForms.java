package org.liaison.plan.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import lombok.RequiredArgsConstructor;
import org.jspecify.annotations.Nullable;
import org.liaison.plan.AssessmentSummary;
import org.liaison.plan.NodeData;
import org.liaison.plan.NodeSummary;
import org.liaison.plan.PlanData;
import org.liaison.plan.PlanStatus;
import org.liaison.plan.PlanSummary;
import org.liaison.plan.Rating;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.PartialDate;
import org.liaison.shared.Releasability;
import org.liaison.web.FormSubmission;
import org.springframework.stereotype.Component;

/**
 * The plan pages' forms, which arrive as plain maps of fields (the pages show the text
 * typed back as it was), read into the module's data with every problem collected at once
 * (unreadable values and the data's own rules, as {@link FormSubmission} finds them), so
 * a form shows them all beside its fields ({@link FormSubmission#attempt}); and a record
 * written back as such a map, to open its form.
 */
@Component
@RequiredArgsConstructor
final class PlanForms {

	private final FormSubmission submission;

	/**
	 * A plan's fields; the status is not a field, since only the lifecycle moves change
	 * it.
	 */
	PlanData plan(Map<String, String> form, @Nullable PlanStatus status, List<Problem> problems) {
		PlanData data = new PlanData(form.get("ref"), form.getOrDefault("type", ""), form.getOrDefault("title", ""),
				FormSubmission.date("periodFrom", form.get("periodFrom"), problems),
				FormSubmission.date("periodTo", form.get("periodTo"), problems), status, form.get("agreement"),
				form.get("predecessor"), form.get("publicSummary"),
				form.get("releasability") == null || form.get("releasability").isBlank() ? null
						: Releasability.valueOf(form.get("releasability")),
				"true".equals(form.get("illustrative")));
		problems.addAll(submission.problems(data));
		return data;
	}

	/**
	 * A node's fields; its place in the tree is not among them but given, since moving is
	 * a form of its own.
	 */
	NodeData node(Map<String, String> form, @Nullable String parent, @Nullable Integer position,
			List<Problem> problems) {
		PartialDate target = FormSubmission.date("target", form.get("target"), problems);
		NodeData data = new NodeData(form.getOrDefault("code", ""), parent, form.getOrDefault("title", ""),
				form.get("text"), form.get("lead"), lines(form.get("supporters")), target,
				"true".equals(form.get("targetBeyondPlan")), form.get("area"), position, lines(form.get("activities")),
				"true".equals(form.get("illustrative")));
		problems.addAll(submission.problems(data));
		return data;
	}

	static @Nullable LocalDate day(Map<String, String> form, String field, List<Problem> problems) {
		try {
			return LocalDate.parse(form.getOrDefault(field, "").strip());
		}
		catch (DateTimeParseException ex) {
			problems.add(new Problem(field, "A date is written as 2015-06-30"));
			return null;
		}
	}

	static @Nullable Rating rating(Map<String, String> form, List<Problem> problems) {
		try {
			return Rating.valueOf(form.getOrDefault("rating", ""));
		}
		catch (IllegalArgumentException ex) {
			problems.add(new Problem("rating", "Choose a rating"));
			return null;
		}
	}

	static List<String> lines(@Nullable String text) {
		return text == null ? List.of() : List.of(text.split("[\\n,]"));
	}

	void validate(Object data, List<Problem> problems) {
		problems.addAll(submission.problems(data));
	}

	static Map<String, String> of(PlanSummary plan) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("ref", plan.ref());
		form.put("type", plan.type());
		form.put("title", plan.title());
		form.put("periodFrom", text(plan.periodFrom()));
		form.put("periodTo", text(plan.periodTo()));
		form.put("agreement", text(plan.agreement()));
		form.put("predecessor", text(plan.predecessor()));
		form.put("publicSummary", text(plan.publicSummary()));
		form.put("releasability", plan.releasability().name());
		form.put("illustrative", String.valueOf(plan.illustrative()));
		return form;
	}

	static Map<String, String> of(NodeSummary node) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("code", node.code());
		form.put("title", node.title());
		form.put("text", text(node.text()));
		form.put("lead", text(node.lead()));
		form.put("supporters", String.join("\n", node.supporters()));
		form.put("target", text(node.target()));
		form.put("targetBeyondPlan", String.valueOf(node.targetBeyondPlan()));
		form.put("area", text(node.area()));
		form.put("activities", String.join("\n", node.activities()));
		form.put("illustrative", String.valueOf(node.illustrative()));
		return form;
	}

	static Map<String, String> of(AssessmentSummary assessment) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("on", assessment.on().toString());
		form.put("rating", assessment.rating().name());
		form.put("narrative", text(assessment.narrative()));
		form.put("assessor", text(assessment.assessor()));
		return form;
	}

	private static String text(@Nullable Object value) {
		return value == null ? "" : value.toString();
	}

}
