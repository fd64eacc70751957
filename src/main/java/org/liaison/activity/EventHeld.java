package org.liaison.activity;

import java.util.UUID;

/** An event was held. */
public record EventHeld(UUID event, String activityRef) {
}
