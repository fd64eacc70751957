package org.liaison.timeline;

import org.liaison.shared.NationCode;

/**
 * The timeline replaced the milestones it derives from one record of a partner, in the
 * transaction that wrote them. It comes after the record's own transaction, so whoever
 * keeps track of what a partner's pages show learns of the change only from this.
 */
public record MilestonesDerived(NationCode partner) {
}
