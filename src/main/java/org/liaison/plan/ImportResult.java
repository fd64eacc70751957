package org.liaison.plan;

/** What an import of a plan's tree did: nodes added, changed and left as they were. */
public record ImportResult(int added, int changed, int unchanged) {
}
