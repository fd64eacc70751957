package org.liaison.dialogue.web;

import java.util.List;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;

import org.jspecify.annotations.Nullable;
import org.liaison.dialogue.ActionData;
import org.liaison.dialogue.ActionMove;
import org.liaison.dialogue.ActionSummary;
import org.liaison.dialogue.BodySummary;
import org.liaison.dialogue.DialogueService;
import org.liaison.dialogue.MeetingService;
import org.liaison.dialogue.MeetingSummary;
import org.liaison.partner.PartnerService;
import org.liaison.shared.Audience;
import org.liaison.shared.NationCode;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Htmx;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Pages of meetings: one page per meeting with its participants, agenda, decisions,
 * follow-up actions (overdue ones stand out) and reviewed plan nodes; the forms to record
 * and revise a meeting and to add an action; the moves of an action, which for htmx swap
 * just its row; and a partner's list of actions. Every form shows its problems beside the
 * fields and changes nothing until all of them are mended.
 */
@Controller
record MeetingPageController(MeetingService meetings, DialogueService dialogue, PartnerService partners,
		FormSubmission forms) {

	@GetMapping("/meetings/{id}")
	String meeting(@PathVariable UUID id, Audience audience, Model model) {
		return page(meetings.meeting(id, audience), ActionForm.blank()).show(model, FormErrors.none());
	}

	/** The meeting's page, with the form that adds an action. */
	private FormPage page(MeetingSummary meeting, ActionForm actionForm) {
		return FormPage.of("dialogue/meeting")
			.with("nation", partners.nation(meeting.partner()))
			.with("meeting", meeting)
			.with("actionForm", actionForm);
	}

	// Meeting forms

	@GetMapping("/bodies/{id}/meetings/new")
	String newMeeting(@PathVariable UUID id, Audience audience, Model model) {
		return form(dialogue.body(id, audience), null).show(model, MeetingForm.blank());
	}

	@PostMapping("/bodies/{id}/meetings")
	String addMeeting(@PathVariable UUID id, @ModelAttribute("form") MeetingForm form, BindingResult result,
			Audience audience, Model model) {
		BodySummary body = dialogue.body(id, audience);
		return forms.submit(result, problems -> form.toData(List.of(), problems),
				data -> "redirect:/meetings/" + meetings.addMeeting(id, data, audience).id(),
				errors -> form(body, null).show(model, form, byList(errors)));
	}

	@GetMapping("/meetings/{id}/edit")
	String editMeeting(@PathVariable UUID id, Audience audience, Model model) {
		MeetingSummary meeting = meetings.meeting(id, audience);
		return form(dialogue.body(meeting.bodyId(), audience), meeting).show(model, MeetingForm.of(meeting.toData()));
	}

	@PostMapping("/meetings/{id}")
	String reviseMeeting(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") MeetingForm form,
			BindingResult result, Audience audience, Model model) {
		MeetingSummary meeting = meetings.meeting(id, audience);
		BodySummary body = dialogue.body(meeting.bodyId(), audience);
		List<ActionData> actions = meeting.actions().stream().map(ActionSummary::toData).toList();
		return forms.submit(result, problems -> form.toData(actions, problems), data -> {
			meetings.reviseMeeting(id, version, data);
			return "redirect:/meetings/" + id;
		}, errors -> form(body, meeting).show(model, form, byList(errors)));
	}

	@PostMapping("/meetings/{id}/delete")
	String deleteMeeting(@PathVariable UUID id, @RequestParam long version, Audience audience,
			HttpServletRequest request) {
		MeetingSummary meeting = meetings.meeting(id, audience);
		meetings.deleteMeeting(id, version);
		return Htmx.removedOrRedirect(request, "/bodies/" + meeting.bodyId());
	}

	private FormPage form(BodySummary body, @Nullable MeetingSummary meeting) {
		return FormPage.of("dialogue/meetingForm")
			.with("nation", partners.nation(body.partner()))
			.with("body", body)
			.with("meeting", meeting);
	}

	// Actions

	@PostMapping("/meetings/{id}/actions")
	String addAction(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("actionForm") ActionForm form,
			BindingResult result, Audience audience, Model model) {
		MeetingSummary meeting = meetings.meeting(id, audience);
		return forms.submit(result, form::toData, data -> {
			meetings.addAction(id, version, data);
			return "redirect:/meetings/" + id + "#actions";
		}, errors -> page(meeting, form).show(model, errors));
	}

	/**
	 * Marks an action done or dropped today. For htmx the answer is just the action's
	 * row, with the meeting's new version swapped out of band into the one input every
	 * row's move sends ({@code meetingVersion}), so that the next move of another row is
	 * not refused as stale.
	 */
	@PostMapping("/meetings/{id}/actions/{actionId}/{move:done|drop}")
	String moveAction(@PathVariable UUID id, @PathVariable UUID actionId, @PathVariable("move") String slug,
			@RequestParam long version, @RequestParam(required = false) @Nullable Long meetingVersion,
			Audience audience, HttpServletRequest request, Model model) {
		meetings.meeting(id, audience);
		MeetingSummary meeting = meetings.moveAction(id, meetingVersion != null ? meetingVersion : version, actionId,
				ActionMove.fromSlug(slug).orElseThrow(), null);
		if (!Htmx.isHtmx(request)) {
			return "redirect:/meetings/" + id + "#actions";
		}
		model.addAttribute("meeting", meeting);
		model.addAttribute("action",
				meeting.actions().stream().filter(action -> action.id().equals(actionId)).findFirst().orElseThrow());
		return "dialogue/actionMoved";
	}

	@GetMapping("/partners/{code}/actions")
	String actions(@PathVariable NationCode code, @RequestParam(defaultValue = "false") boolean overdue,
			Audience audience, Model model) {
		model.addAttribute("nation", partners.nation(code));
		model.addAttribute("overdue", overdue);
		model.addAttribute("actions", meetings.actions(code, audience, overdue));
		return "dialogue/actionList";
	}

	/** A problem of one item of a list belongs to the field that holds the list. */
	private static FormErrors byList(FormErrors errors) {
		return errors.collapsing("participants")
			.collapsing("decisions")
			.collapsing("actions")
			.collapsing("reviewedNodes");
	}

}
