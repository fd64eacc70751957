package org.liaison.directory;

import org.liaison.shared.MilestoneEvent;

/**
 * A role's record was corrected or completed, its organisation was revised (a new name
 * changes the milestone's words), or the role was removed (then its facts hold no entry).
 */
public record OrganisationRoleRevised(MilestoneFacts facts) implements MilestoneEvent {
}
