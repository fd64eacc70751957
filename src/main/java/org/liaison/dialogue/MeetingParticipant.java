package org.liaison.dialogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/**
 * Who took part in a meeting: an organisation or a nation by the name the record gives it
 * ("Serbian Ministry of Defence", "NATO International Staff"), and the nation it stands
 * for when it stands for one. Roles, never names of people.
 */
public record MeetingParticipant(@NotBlank @Size(max = 200) String name, @Nullable NationCode nation) {
}
