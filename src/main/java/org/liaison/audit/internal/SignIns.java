package org.liaison.audit.internal;

import java.util.ArrayList;
import java.util.List;

import lombok.RequiredArgsConstructor;
import org.liaison.audit.FieldChange;
import org.liaison.identity.SignInFailed;
import org.liaison.identity.SignInUnlocked;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.stereotype.Component;

/**
 * Records signing in and out: a sign-in to the pages, every refused attempt (of the pages
 * and of the API alike) with the lock it set, a sign-out, and a lock lifted. A refused
 * attempt is recorded under the username typed, which may name no account.
 */
@Component
@RequiredArgsConstructor
class SignIns {

	static final String KIND = "SignIn";

	private final AuditRecorder recorder;

	private final Actors actors;

	@EventListener
	void signedIn(InteractiveAuthenticationSuccessEvent event) {
		String username = event.getAuthentication().getName();
		recorder.record(actors.signingIn(username), KIND, null, username, null, null, null, "signed-in", List.of());
	}

	@EventListener
	void refused(SignInFailed event) {
		List<FieldChange> details = new ArrayList<>();
		if (event.lockedNow() != null) {
			details.add(new FieldChange("lockedUntil", null, event.lockedNow().until().toString()));
			details.add(new FieldChange("lock", null, event.lockedNow().scope().name()));
		}
		recorder.record(actors.signingIn(event.username()), KIND, null, event.username(), null, null, null,
				event.lockedNow() == null ? "refused" : "locked", details);
	}

	@EventListener
	void signedOut(LogoutSuccessEvent event) {
		String username = event.getAuthentication().getName();
		recorder.record(actors.signingIn(username), KIND, null, username, null, null, null, "signed-out", List.of());
	}

	@EventListener
	void unlocked(SignInUnlocked event) {
		recorder.record(KIND, null, event.username(), null, null, "unlocked", List.of());
	}

}
