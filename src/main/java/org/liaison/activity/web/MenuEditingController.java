package org.liaison.activity.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivityData;
import org.liaison.activity.ActivityService;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.activity.EventData;
import org.liaison.activity.EventSummary;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.RecordData;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The forms that keep the cooperation menu: a new activity, an activity revised, an event added
 * to an activity and an event revised. NATO staff keep every activity, a provider those of its
 * own organisation; the service enforces it, and the forms only offer what the reader may choose
 * (the provider is fixed for a provider's account, {@code PUBLIC} and the milestone mark are for
 * staff). A form with problems comes back with every problem beside its field and nothing saved;
 * an edit form keeps the version it was opened at, so that a change made by someone else
 * meanwhile is refused rather than overwritten.
 */
@Controller
class MenuEditingController {

	private final ActivityService activities;

	private final Validator validator;

	MenuEditingController(ActivityService activities, Validator validator) {
		this.activities = activities;
		this.validator = validator;
	}

	// Activities

	@GetMapping("/activities/new")
	String newActivity(Audience audience, Model model) {
		return activityForm(model, audience, null, null, ActivityForm.blank(audience.provider()),
				FormErrors.none());
	}

	@PostMapping("/activities")
	String addActivity(@ModelAttribute("form") ActivityForm submitted, BindingResult binding, Audience audience,
			Model model, RedirectAttributes redirect) {
		ActivityForm form = providerFilledIn(submitted, audience);
		List<Problem> problems = bindingProblems(binding);
		ActivityData data = form.toData(problems);
		try {
			requireReadable(data, problems);
			ActivitySummary added = activities.addActivity(data, audience);
			redirect.addFlashAttribute("flash", "activity.saved");
			return "redirect:/activities/" + added.ref();
		}
		catch (InvalidInputException ex) {
			return activityForm(model, audience, null, null, form, FormErrors.of(ex));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("message", ex.getMessage());
			return activityForm(model, audience, null, null, form, FormErrors.none());
		}
	}

	@GetMapping("/activities/{ref}/edit")
	String editActivity(@PathVariable String ref, Audience audience, Model model) {
		ActivitySummary activity = activities.activity(ref, audience);
		ActivityService.requireKeeper(audience, activity.provider());
		return activityForm(model, audience, activity, activity.version(), ActivityForm.of(activity.toData()),
				FormErrors.none());
	}

	@PostMapping("/activities/{ref}/edit")
	String reviseActivity(@PathVariable String ref, @RequestParam long version,
			@ModelAttribute("form") ActivityForm submitted, BindingResult binding, Audience audience, Model model,
			RedirectAttributes redirect) {
		ActivitySummary activity = activities.activity(ref, audience);
		ActivityService.requireKeeper(audience, activity.provider());
		ActivityForm form = providerFilledIn(submitted, audience);
		List<Problem> problems = bindingProblems(binding);
		ActivityData data = form.toData(problems);
		try {
			requireReadable(data, problems);
			ActivitySummary revised = activities.reviseActivity(ref, version, data, audience);
			redirect.addFlashAttribute("flash", "activity.saved");
			return "redirect:/activities/" + revised.ref();
		}
		catch (InvalidInputException ex) {
			return activityForm(model, audience, activity, version, form, FormErrors.of(ex));
		}
		catch (StaleRecordException ex) {
			model.addAttribute("stale", true);
			return activityForm(model, audience, activity, version, form, FormErrors.none());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("message", ex.getMessage());
			return activityForm(model, audience, activity, version, form, FormErrors.none());
		}
	}

	/** A provider's account keeps one organisation's activities, so a form that names none means that one. */
	private static ActivityForm providerFilledIn(ActivityForm form, Audience audience) {
		String organisation = audience.provider();
		boolean unnamed = form.provider() == null || form.provider().isBlank();
		return unnamed && organisation != null ? form.withProvider(organisation) : form;
	}

	/**
	 * The form page, new ({@code activity} null) or for revising. The version is the one the form
	 * was first opened at, never re-read here: a form sent back with problems must still be
	 * refused if someone else saves the activity before it is sent again.
	 */
	private String activityForm(Model model, Audience audience, @Nullable ActivitySummary activity,
			@Nullable Long version, ActivityForm form, FormErrors errors) {
		model.addAttribute("activity", activity);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("areas", names(activities.areas()));
		model.addAttribute("disciplines", names(activities.disciplines()));
		model.addAttribute("types", List.of(ActivityType.values()));
		model.addAttribute("deliveries", List.of(Delivery.values()));
		model.addAttribute("frameworks", ActivityData.FRAMEWORKS.stream().sorted().toList());
		model.addAttribute("releasabilities", releasabilities(audience, activity));
		model.addAttribute("fixedProvider", audience.isNatoStaff() ? null : audience.provider());
		return "activity/activityForm";
	}

	/**
	 * The releasabilities the reader may choose. Only NATO staff publish an activity or withdraw it
	 * from the public, so anyone else keeps a public activity public and chooses between the
	 * others for the rest.
	 */
	static List<Releasability> releasabilities(Audience audience, @Nullable ActivitySummary activity) {
		if (audience.isNatoStaff()) {
			return List.of(Releasability.values());
		}
		if (activity != null && activity.releasability() == Releasability.PUBLIC) {
			return List.of(Releasability.PUBLIC);
		}
		return List.of(Releasability.PARTNER, Releasability.NATO);
	}

	private static Map<String, String> names(List<ReferenceItem> items) {
		Map<String, String> names = new LinkedHashMap<>();
		items.forEach(item -> names.put(item.code(), item.name()));
		return names;
	}

	// Events

	@GetMapping("/activities/{ref}/events/new")
	String newEvent(@PathVariable String ref, Audience audience, Model model) {
		ActivitySummary activity = activities.activity(ref, audience);
		ActivityService.requireKeeper(audience, activity.provider());
		return eventForm(model, audience, activity.ref(), activity.title(), null, null, EventForm.blank(),
				FormErrors.none());
	}

	@PostMapping("/activities/{ref}/events")
	String addEvent(@PathVariable String ref, @ModelAttribute("form") EventForm submitted, BindingResult binding,
			Audience audience, Model model, RedirectAttributes redirect) {
		ActivitySummary activity = activities.activity(ref, audience);
		ActivityService.requireKeeper(audience, activity.provider());
		EventForm form = audience.isNatoStaff() ? submitted : submitted.withMilestone(false, null);
		List<Problem> problems = bindingProblems(binding);
		EventData data = form.toData(problems);
		try {
			requireReadable(data, problems);
			EventSummary added = activities.addEvent(ref, data, audience);
			redirect.addFlashAttribute("flash", "activity.event.saved");
			return "redirect:/events/" + added.id();
		}
		catch (InvalidInputException ex) {
			return eventForm(model, audience, activity.ref(), activity.title(), null, null, form, FormErrors.of(ex));
		}
		catch (RuleViolationException ex) {
			model.addAttribute("message", ex.getMessage());
			return eventForm(model, audience, activity.ref(), activity.title(), null, null, form, FormErrors.none());
		}
	}

	@GetMapping("/events/{id}/edit")
	String editEvent(@PathVariable UUID id, Audience audience, Model model) {
		EventSummary event = activities.event(id, audience);
		ActivityService.requireKeeper(audience, event.provider());
		return eventForm(model, audience, event.activityRef(), event.activityTitle(), event, event.version(),
				EventForm.of(event.toData()), FormErrors.none());
	}

	@PostMapping("/events/{id}/edit")
	String reviseEvent(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") EventForm submitted,
			BindingResult binding, Audience audience, Model model, RedirectAttributes redirect) {
		EventSummary event = activities.event(id, audience);
		ActivityService.requireKeeper(audience, event.provider());
		// The milestone fields are not shown to a provider; what staff marked stays as it is.
		EventForm form = audience.isNatoStaff() ? submitted
				: submitted.withMilestone(event.milestone(), event.milestoneText());
		List<Problem> problems = bindingProblems(binding);
		EventData data = form.toData(problems);
		try {
			requireReadable(data, problems);
			activities.reviseEvent(id, version, data, audience);
			redirect.addFlashAttribute("flash", "activity.event.saved");
			return "redirect:/events/" + id;
		}
		catch (InvalidInputException ex) {
			return eventForm(model, audience, event.activityRef(), event.activityTitle(), event, version, form,
					FormErrors.of(ex));
		}
		catch (StaleRecordException ex) {
			model.addAttribute("stale", true);
			return eventForm(model, audience, event.activityRef(), event.activityTitle(), event, version, form,
					FormErrors.none());
		}
		catch (RuleViolationException ex) {
			model.addAttribute("message", ex.getMessage());
			return eventForm(model, audience, event.activityRef(), event.activityTitle(), event, version, form,
					FormErrors.none());
		}
	}

	/** The event form page, new ({@code event} null) or for revising; the version as for activities. */
	private String eventForm(Model model, Audience audience, String activityRef, String activityTitle,
			@Nullable EventSummary event, @Nullable Long version, EventForm form, FormErrors errors) {
		model.addAttribute("activityRef", activityRef);
		model.addAttribute("activityTitle", activityTitle);
		model.addAttribute("event", event);
		model.addAttribute("version", version);
		model.addAttribute("form", form);
		model.addAttribute("errors", errors);
		model.addAttribute("marksMilestones", audience.isNatoStaff());
		return "activity/eventForm";
	}

	// Checks


	private static List<Problem> bindingProblems(BindingResult binding) {
		List<Problem> problems = new ArrayList<>();
		FormErrors.of(binding).all().forEach((field, message) -> problems.add(new Problem(field, message)));
		return problems;
	}

	/**
	 * When some typed value could not be read, the data misses it and must not reach the service,
	 * which might accept what is left. The rules of the data are still checked here, so that the
	 * person sees every problem at once; otherwise the service checks everything itself.
	 */
	private void requireReadable(RecordData data, List<Problem> problems) {
		if (problems.isEmpty()) {
			return;
		}
		List<Problem> all = new ArrayList<>(problems);
		for (ConstraintViolation<RecordData> violation : validator.validate(data)) {
			all.add(new Problem(violation.getPropertyPath().toString(), violation.getMessage()));
		}
		all.addAll(data.problems());
		throw new InvalidInputException(all);
	}

}
