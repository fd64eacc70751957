package org.liaison.web;

import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.ui.Model;

/**
 * A form's page: its template and what it shows around the form (the record it edits, the
 * choices of its selects), shown blank when it is opened and again with its problems when
 * a submission fails. Every form template takes the typed values as {@code form} and the
 * problems as {@code errors}, so a controller names only what is particular to its page.
 */
public final class FormPage {

	private final String view;

	private final Map<String, @Nullable Object> attributes;

	private FormPage(String view, Map<String, @Nullable Object> attributes) {
		this.view = view;
		this.attributes = attributes;
	}

	/** The page of a template, with nothing around the form yet. */
	public static FormPage of(String view) {
		return new FormPage(view, Map.of());
	}

	/** The same page showing one more value, under the name its template gives it. */
	public FormPage with(String name, @Nullable Object value) {
		Map<String, @Nullable Object> more = new LinkedHashMap<>(attributes);
		more.put(name, value);
		return new FormPage(view, more);
	}

	/** The form as it is opened: its values, no problems yet. */
	public String show(Model model, Object form) {
		return show(model, form, FormErrors.none());
	}

	/** The form with the values it was sent with and each problem beside its field. */
	public String show(Model model, Object form, FormErrors errors) {
		model.addAttribute("form", form);
		return show(model, errors);
	}

	/**
	 * A page whose form keeps no values of its own, or keeps them among what the page
	 * shows (a record's page with the move that failed, a form of loose fields), with the
	 * form's problems.
	 */
	public String show(Model model, FormErrors errors) {
		model.addAllAttributes(attributes);
		model.addAttribute("errors", errors);
		return view;
	}

}
