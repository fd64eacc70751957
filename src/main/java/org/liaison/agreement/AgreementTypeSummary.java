package org.liaison.agreement;

/**
 * A type of agreement or framework document, such as {@code IPAP}.
 */
public record AgreementTypeSummary(String code, String name) {
}
