package org.liaison.directory;

import org.liaison.shared.MilestoneEvent;

/**
 * An organisation took up a role in a partnership from a known date: an office
 * established, a centre recognised, an embassy appointed as contact point.
 */
public record OfficeEstablished(MilestoneFacts facts) implements MilestoneEvent {
}
