package org.liaison.identity.internal;

import org.junit.jupiter.api.Test;
import org.liaison.identity.Role;
import org.liaison.shared.NationCode;
import org.liaison.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The rules an account keeps by itself, whoever asks: its scope fits its role, it moves
 * between enabled and disabled only by a real change, and it never holds a password as
 * typed.
 */
class AccountTests {

	static final String HASH = "$2a$10$abcdefghijklmnopqrstuuJ9oQ7wTQ0x6a4qgJb0m6a7v7o1d0dO2";

	@Test
	void aNewAccountIsEnabledAndDisablingOrEnablingTwiceIsRefused() {
		Account account = Account.create("jane.doe", HASH, Role.NATO_STAFF, null, null);
		assertThat(account.enabled()).isTrue();
		assertThatThrownBy(account::enable).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("enabled already");
		account.disable();
		assertThat(account.enabled()).isFalse();
		assertThatThrownBy(account::disable).isInstanceOf(RuleViolationException.class)
			.hasMessageContaining("disabled already");
		account.enable();
		assertThat(account.enabled()).isTrue();
	}

	@Test
	void aPasswordIsKeptOnlyAsAHash() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.create("jane.doe", "plain-text-password", Role.ADMIN, null, null));
		Account account = Account.create("jane.doe", HASH, Role.ADMIN, null, null);
		assertThatIllegalArgumentException().isThrownBy(() -> account.changePassword("plain-text-password"));
		assertThat(account.passwordHash()).isEqualTo(HASH);
		account.changePassword("$2a$10$another");
		assertThat(account.passwordHash()).isEqualTo("$2a$10$another");
	}

	@Test
	void theScopeOfAnAccountFitsItsRole() {
		NationCode serbia = NationCode.of("SRB");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.create("coordinator", HASH, Role.PARTNER, null, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.create("staff", HASH, Role.NATO_STAFF, serbia, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.create("provider", HASH, Role.PROVIDER, null, " "));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Account.create("ally", HASH, Role.ALLY, null, "a-centre"));
		assertThatIllegalArgumentException().isThrownBy(() -> Account.create("Jane Doe", HASH, Role.AGENT, null, null));
		assertThat(Account.create("ally", HASH, Role.ALLY, null, null).nation()).isNull();
		assertThat(Account.create("agent", HASH, Role.AGENT, null, " a-centre ").organisation()).isEqualTo("a-centre");
	}

}
