package org.liaison.fund;

import org.liaison.shared.PartialDate;

/**
 * One lifecycle move of a project: from which status to which, on what date and why.
 */
public record StatusChange(ProjectStatus from, ProjectStatus to, PartialDate on, String reason) {
}
