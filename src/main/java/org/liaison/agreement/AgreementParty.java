package org.liaison.agreement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * One party to an agreement, as the agreement names it ("Serbian Armed Forces", "KFOR"),
 * and the nation it stands for when it stands for one.
 */
public record AgreementParty(@NotBlank @Size(max = 200) String name, @Nullable NationCode nation) {
}
