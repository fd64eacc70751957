package org.liaison.identity;

import org.jspecify.annotations.Nullable;

/**
 * A sign-in refused for a wrong password or a disabled account, as counted against the
 * username typed (an account that may not exist) and the client's address.
 *
 * @param lockedNow the lock this failure set, if it was the one too many
 */
public record SignInFailed(String username, @Nullable String address, @Nullable SignInLock lockedNow) {
}
