package org.liaison.activity.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;
import org.liaison.activity.ActivitySummary;
import org.liaison.activity.ActivityType;
import org.liaison.activity.Delivery;
import org.liaison.activity.EventService;
import org.liaison.activity.EventSummary;
import org.liaison.activity.MenuService;
import org.liaison.activity.ReferenceItem;
import org.liaison.shared.Audience;
import org.liaison.shared.InvalidInputException.Problem;
import org.liaison.shared.Releasability;
import org.liaison.shared.RuleViolationException;
import org.liaison.shared.StaleRecordException;
import org.liaison.web.FormErrors;
import org.liaison.web.FormPage;
import org.liaison.web.FormSubmission;
import org.liaison.web.Options;
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
 * The forms that keep the cooperation menu: a new activity, an activity revised, an event
 * added to an activity and an event revised. NATO staff keep every activity, a provider
 * those of its own organisation; the service enforces it, and the forms only offer what
 * the reader may choose (the provider is fixed for a provider's account, {@code PUBLIC}
 * and the milestone mark are for staff). A form with problems comes back with every
 * problem beside its field and nothing saved; an edit form keeps the version it was
 * opened at, so that a change made by someone else meanwhile is refused rather than
 * overwritten.
 */
@Controller
record MenuEditingController(MenuService menu, EventService events, FormSubmission forms) {

	// Activities

	@GetMapping("/activities/new")
	String newActivity(Audience audience, Model model) {
		return activityForm(audience, null, null).show(model, ActivityForm.blank(audience.provider()));
	}

	@PostMapping("/activities")
	String addActivity(@ModelAttribute("form") ActivityForm submitted, BindingResult binding, Audience audience,
			Model model, RedirectAttributes redirect) {
		ActivityForm form = providerFilledIn(submitted, audience);
		return submit(binding, form::toData, data -> {
			ActivitySummary added = menu.addActivity(data, audience);
			redirect.addFlashAttribute("flash", "activity.saved");
			return "redirect:/activities/" + added.ref();
		}, model, errors -> activityForm(audience, null, null).show(model, form, errors));
	}

	@GetMapping("/activities/{ref}/edit")
	String editActivity(@PathVariable String ref, Audience audience, Model model) {
		ActivitySummary activity = menu.activity(ref, audience);
		MenuService.requireKeeper(audience, activity.provider());
		return activityForm(audience, activity, activity.version()).show(model, ActivityForm.of(activity.toData()));
	}

	@PostMapping("/activities/{ref}/edit")
	String reviseActivity(@PathVariable String ref, @RequestParam long version,
			@ModelAttribute("form") ActivityForm submitted, BindingResult binding, Audience audience, Model model,
			RedirectAttributes redirect) {
		ActivitySummary activity = menu.activity(ref, audience);
		MenuService.requireKeeper(audience, activity.provider());
		ActivityForm form = providerFilledIn(submitted, audience);
		return submit(binding, form::toData, data -> {
			ActivitySummary revised = menu.reviseActivity(ref, version, data, audience);
			redirect.addFlashAttribute("flash", "activity.saved");
			return "redirect:/activities/" + revised.ref();
		}, model, errors -> activityForm(audience, activity, version).show(model, form, errors));
	}

	/**
	 * A provider's account keeps one organisation's activities, so a form that names none
	 * means that one.
	 */
	private static ActivityForm providerFilledIn(ActivityForm form, Audience audience) {
		String organisation = audience.provider();
		boolean unnamed = form.provider() == null || form.provider().isBlank();
		return unnamed && organisation != null ? form.withProvider(organisation) : form;
	}

	/**
	 * The form page, new ({@code activity} null) or for revising. The version is the one
	 * the form was first opened at, never re-read here: a form sent back with problems
	 * must still be refused if someone else saves the activity before it is sent again.
	 */
	private FormPage activityForm(Audience audience, @Nullable ActivitySummary activity, @Nullable Long version) {
		return FormPage.of("activity/activityForm")
			.with("activity", activity)
			.with("version", version)
			.with("areas", names(menu.areas()))
			.with("disciplines", names(menu.disciplines()))
			.with("types", List.of(ActivityType.values()))
			.with("deliveries", List.of(Delivery.values()))
			.with("frameworks", menu.frameworks())
			.with("releasabilities", releasabilities(audience, activity))
			.with("fixedProvider", audience.isNatoStaff() ? null : audience.provider());
	}

	/**
	 * The releasabilities the reader may choose. Only NATO staff publish an activity or
	 * withdraw it from the public, so anyone else keeps a public activity public and
	 * chooses between the others for the rest.
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
		return Options.of(items, ReferenceItem::code, ReferenceItem::name);
	}

	// Events

	@GetMapping("/activities/{ref}/events/new")
	String newEvent(@PathVariable String ref, Audience audience, Model model) {
		ActivitySummary activity = menu.activity(ref, audience);
		MenuService.requireKeeper(audience, activity.provider());
		return eventForm(audience, activity.ref(), activity.title(), null, null).show(model, EventForm.blank());
	}

	@PostMapping("/activities/{ref}/events")
	String addEvent(@PathVariable String ref, @ModelAttribute("form") EventForm submitted, BindingResult binding,
			Audience audience, Model model, RedirectAttributes redirect) {
		ActivitySummary activity = menu.activity(ref, audience);
		MenuService.requireKeeper(audience, activity.provider());
		EventForm form = audience.isNatoStaff() ? submitted : submitted.withMilestone(false, null);
		return submit(binding, form::toData, data -> {
			EventSummary added = events.addEvent(ref, data, audience);
			redirect.addFlashAttribute("flash", "activity.event.saved");
			return "redirect:/events/" + added.id();
		}, model,
				errors -> eventForm(audience, activity.ref(), activity.title(), null, null).show(model, form, errors));
	}

	@GetMapping("/events/{id}/edit")
	String editEvent(@PathVariable UUID id, Audience audience, Model model) {
		EventSummary event = events.event(id, audience);
		MenuService.requireKeeper(audience, event.provider());
		return eventForm(audience, event.activityRef(), event.activityTitle(), event, event.version()).show(model,
				EventForm.of(event.toData()));
	}

	@PostMapping("/events/{id}/edit")
	String reviseEvent(@PathVariable UUID id, @RequestParam long version, @ModelAttribute("form") EventForm submitted,
			BindingResult binding, Audience audience, Model model, RedirectAttributes redirect) {
		EventSummary event = events.event(id, audience);
		MenuService.requireKeeper(audience, event.provider());
		// The milestone fields are not shown to a provider; what staff marked stays as it
		// is.
		EventForm form = audience.isNatoStaff() ? submitted
				: submitted.withMilestone(event.milestone(), event.milestoneText());
		return submit(binding, form::toData, data -> {
			events.reviseEvent(id, version, data, audience);
			redirect.addFlashAttribute("flash", "activity.event.saved");
			return "redirect:/events/" + id;
		}, model, errors -> eventForm(audience, event.activityRef(), event.activityTitle(), event, version).show(model,
				form, errors));
	}

	/**
	 * The event form page, new ({@code event} null) or for revising; the version as for
	 * activities.
	 */
	private static FormPage eventForm(Audience audience, String activityRef, String activityTitle,
			@Nullable EventSummary event, @Nullable Long version) {
		return FormPage.of("activity/eventForm")
			.with("activityRef", activityRef)
			.with("activityTitle", activityTitle)
			.with("event", event)
			.with("version", version)
			.with("marksMilestones", audience.isNatoStaff());
	}

	// Submissions

	/**
	 * A form of the menu submitted: its problems beside the fields, or, when the write is
	 * refused, the form again with why (someone else's change meanwhile, or a rule of who
	 * keeps what), keeping what was typed.
	 */
	private <D> String submit(BindingResult binding, Function<List<Problem>, D> toData, Function<D, String> action,
			Model model, Function<FormErrors, String> form) {
		return forms.submit(binding, toData, data -> {
			try {
				return action.apply(data);
			}
			catch (StaleRecordException ex) {
				model.addAttribute("stale", true);
				return form.apply(FormErrors.none());
			}
			catch (RuleViolationException ex) {
				model.addAttribute("message", ex.getMessage());
				return form.apply(FormErrors.none());
			}
		}, form);
	}

}
