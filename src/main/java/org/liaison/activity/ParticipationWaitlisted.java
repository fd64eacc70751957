package org.liaison.activity;

import java.util.UUID;

import org.liaison.shared.NationCode;

/** A participation request moved; published once the change is written. */
public record ParticipationWaitlisted(UUID request, UUID event, NationCode partner, int seats) {
}
