package org.liaison.activity;

import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.liaison.shared.NationCode;

/** A participation request was declined, with the reason. */
public record ParticipationDeclined(UUID request, UUID event, NationCode partner, @Nullable String reason) {
}
