package org.liaison.plan.web;

import org.jspecify.annotations.Nullable;
import org.liaison.plan.PlanTypeData;
import org.liaison.plan.PlanTypeSummary;
import org.liaison.web.TextLine;

/**
 * A plan type as its administrators' page gives it: the levels in one text, a line each
 * from the top down, so that a type of any depth fits one field.
 */
public record PlanTypeForm(@Nullable String code, @Nullable String name, @Nullable String nameFr,
		@Nullable String levels) {

	static PlanTypeForm of(PlanTypeSummary type) {
		return new PlanTypeForm(type.code(), type.name(), type.nameFr(), String.join("\n", type.levels()));
	}

	/** The data, without the blank lines a text area leaves. */
	PlanTypeData toData() {
		return new PlanTypeData(code, name, nameFr, TextLine.of(levels).stream().map(TextLine::text).toList());
	}

}
