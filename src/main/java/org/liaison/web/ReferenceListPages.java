package org.liaison.web;

import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.ReferenceList;
import org.liaison.shared.StaleRecordException;
import org.liaison.shared.Versioned;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An administrators' page for a reference list, written once: the list, the form for a
 * new item and the form that corrects one (the page filter chain lets only administrators
 * under {@code /admin}). A form with problems comes back with each problem beside its
 * field and nothing saved: the values that could not be read and every constraint and
 * rule of the data, all at once. A correction names the version it was opened at, kept
 * when the form comes back, so that it never overwrites another administrator's: when
 * someone changed the item since, the form comes back (409) saying so, with nothing
 * saved. A module's controller extends it with the page's path in its
 * {@code @RequestMapping}; Spring reads the form's type from the subclass.
 *
 * @param <F> the form as the page submits it
 * @param <D> the item as the module takes it
 * @param <S> the item as the list keeps it
 */
public abstract class ReferenceListPages<F, D, S extends Versioned & ReferenceList.Coded> {

	private final String path;

	private final String view;

	private final ReferenceOperations<D, S> list;

	private final FormSubmission forms;

	private final Form<F, D, S> shape;

	protected ReferenceListPages(String path, String view, ReferenceOperations<D, S> list, FormSubmission forms,
			Form<F, D, S> shape) {
		this.path = path;
		this.view = view;
		this.list = list;
		this.forms = forms;
		this.shape = shape;
	}

	@GetMapping
	public String items(Model model) {
		return page(null, null).show(model, shape.blank().get());
	}

	@PostMapping
	public String add(@ModelAttribute("form") F form, BindingResult result, Model model) {
		return forms.submit(result, problems -> shape.data().apply(form), data -> {
			list.add().apply(data);
			return "redirect:" + path;
		}, errors -> page(null, null).show(model, form, errors));
	}

	@GetMapping("/{code}")
	public String item(@PathVariable String code, Model model) {
		S item = list.one().apply(code);
		return page(item, item.version()).show(model, shape.of().apply(item));
	}

	@PostMapping("/{code}")
	public String revise(@PathVariable String code, @RequestParam long version, @ModelAttribute("form") F form,
			BindingResult result, Model model, HttpServletResponse response) {
		S opened = list.one().apply(code);
		return forms.submit(result, problems -> shape.data().apply(form), data -> {
			try {
				list.revise().revise(code, version, data);
			}
			catch (StaleRecordException ex) {
				response.setStatus(HttpStatus.CONFLICT.value());
				return page(opened, version).with("conflict", ex.getMessage()).show(model, form);
			}
			return "redirect:" + path;
		}, errors -> page(opened, version).show(model, form, errors));
	}

	private FormPage page(@Nullable S editing, @Nullable Long version) {
		return FormPage.of(view)
			.with("items", list.all().get())
			.with("editing", editing)
			.with("version", version)
			.with("conflict", null);
	}

	/**
	 * How the page's form stands to the list's items.
	 *
	 * @param blank the form for a new item, as it opens
	 * @param of the form that corrects an item, with its values
	 * @param data the data a submitted form gives the module
	 */
	public record Form<F, D, S>(Supplier<F> blank, Function<S, F> of, Function<F, D> data) {

		/** A form whose fields are the data itself. */
		public static <D, S> Form<D, D, S> ofData(Supplier<D> blank, Function<S, D> of) {
			return new Form<>(blank, of, Function.identity());
		}

	}

}
