package org.liaison.audit.internal;

import org.jspecify.annotations.Nullable;
import org.liaison.audit.Channel;

/**
 * Who makes a change, and from where: an account and its role, or Liaison itself; the
 * request and client address it came with, where it came with one.
 */
record Actor(@Nullable String name, @Nullable String role, Channel channel, @Nullable String requestId,
		@Nullable String clientAddress) {

	static final Actor SYSTEM = new Actor(null, null, Channel.SYSTEM, null, null);

}
