package org.liaison.identity;

/** An account's sign-in lock lifted, and its failures forgotten, by an administrator. */
public record SignInUnlocked(String username) {
}
