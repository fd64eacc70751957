package org.liaison.activity;

import java.util.UUID;

/** An event was cancelled; its open requests were declined with the reason. */
public record EventCancelled(UUID event, String activityRef, String reason) {
}
