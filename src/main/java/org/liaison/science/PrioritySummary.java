package org.liaison.science;

/**
 * A key priority of the SPS Programme, such as {@code CBRN_DEFENCE} "Defence against CBRN
 * agents".
 */
public record PrioritySummary(String code, String name) {
}
