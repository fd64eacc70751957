package org.liaison.partner;

/**
 * A partnership framework or programme a partner may belong to, such as the Partnership
 * for Peace ({@code PFP}) or its Planning and Review Process ({@code PARP}).
 */
public record FrameworkSummary(String code, String name) {
}
