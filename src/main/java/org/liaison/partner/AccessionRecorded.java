package org.liaison.partner;

import org.liaison.shared.MilestoneEvent;

/**
 * A partner's nation is an Ally from a date of the nations list: the partner was created
 * for a nation that had joined, or the date of its accession was given, corrected or
 * taken back. The partnership's record outlives the accession, and its timeline ends with
 * it.
 */
public record AccessionRecorded(MilestoneFacts facts) implements MilestoneEvent {
}
