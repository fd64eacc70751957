package org.liaison.activity;

/** How full a provider's events are: events, seats offered, seats approved. */
public record ProviderFill(String provider, long events, long seats, long approved) {
}
