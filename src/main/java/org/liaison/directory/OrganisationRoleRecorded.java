package org.liaison.directory;

import org.liaison.shared.MilestoneEvent;

/**
 * A role was recorded without the date it began, so it stands for no milestone yet.
 */
public record OrganisationRoleRecorded(MilestoneFacts facts) implements MilestoneEvent {
}
