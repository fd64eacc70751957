package org.liaison.identity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.liaison.shared.InvalidInputException.Problem;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password rules of NIST SP 800-63B as a person meets them: each weak password is
 * refused with what is wrong with it and what is allowed, and good ones of any kind of
 * character pass. Also the growth of the sign-in throttle's delays and locks.
 */
class PasswordPolicyTests {

	static List<String> problems(String password, String username) {
		List<Problem> problems = new ArrayList<>();
		PasswordPolicy.check("password", password, username, problems);
		return problems.stream().map(Problem::message).toList();
	}

	@Test
	void weakPasswordsAreRefusedWithTheirReason() {
		assertThat(problems("aaaaaaaaaaaa", "jane.doe")).singleElement().asString().contains("one character repeated");
		assertThat(problems("123456789012", "jane.doe")).singleElement().asString().contains("a run such as 123456");
		assertThat(problems("abcdefghijkl", "jane.doe")).singleElement().asString().contains("a run such as");
		assertThat(problems("abababababab", "jane.doe")).singleElement().asString().contains("over and over");
		assertThat(problems(" ".repeat(12), "jane.doe")).singleElement().asString().contains("only spaces");
		assertThat(problems("password1234", "jane.doe")).singleElement().asString().contains("most common passwords");
		assertThat(problems("Password2024!", "jane.doe")).singleElement().asString().contains("most common");
		assertThat(problems("qwertyuiopas", "jane.doe")).singleElement().asString().contains("most common");
		assertThat(problems("jane.doe.smith", "jane.doe.smith")).singleElement().asString().contains("the username");
		assertThat(problems("Jane.Doe.Smith2024!", "jane.doe.smith")).singleElement()
			.asString()
			.contains("the username");
		assertThat(problems("htims.eod.enaj", "jane.doe.smith")).singleElement().asString().contains("the username");
		assertThat(problems("short-pass", "jane.doe")).singleElement()
			.asString()
			.contains("at least 12 characters; this one has 10");
		assertThat(problems("x".repeat(40) + "a-long-phrase ".repeat(7), "jane.doe")).singleElement()
			.asString()
			.contains("at most 128 characters; this one has 138");
		// Every refusal says what is allowed: there are no composition rules to guess.
		assertThat(problems("password1234", "jane.doe")).singleElement()
			.asString()
			.contains("Any characters are allowed");
	}

	@Test
	void lengthCountsCharactersAsAPersonDoesAndAnyCharacterIsAllowed() {
		// Eleven emoji are 22 Java chars, but 11 characters: too short.
		String eleven = "🔑🌍🚀🎻🐙🍀🔑🌍🚀🎻🐙";
		assertThat(eleven.length()).isEqualTo(22);
		assertThat(problems(eleven, "jane.doe")).singleElement().asString().contains("this one has 11");
		assertThat(problems(eleven + "🍀", "jane.doe")).isEmpty();
		assertThat(problems("a-long-enough-password", "jane.doe")).isEmpty();
		assertThat(problems("correct horse battery staple", "jane.doe")).isEmpty();
		assertThat(problems("été à Bruxelles près du canal", "jane.doe")).isEmpty();
		assertThat(problems("Tr0ub4dor&3-and-more", "jane.doe")).isEmpty();
		String longest = "the quick brown partner signs a plan ".repeat(4).substring(0, 128);
		assertThat(problems(longest, "jane.doe")).isEmpty();
		// A username that appears inside a real phrase does not make the phrase weak.
		assertThat(problems("bob likes green tea at noon", "bob")).isEmpty();
	}

	@Test
	void theListOfCommonPasswordsIsShippedWithTheApplication() {
		assertThat(PasswordPolicy.class.getClassLoader().getResource(PasswordPolicy.COMMON_PASSWORDS)).isNotNull();
		assertThat(PasswordPolicy.isCommon("password1234")).isTrue();
		assertThat(PasswordPolicy.isCommon("iloveyou2020")).isTrue();
		assertThat(PasswordPolicy.isCommon("1q2w3e4r5t6y")).isTrue();
		assertThat(PasswordPolicy.isCommon("a-long-enough-password")).isFalse();
	}

	@Test
	void delaysAndLocksGrowWithRepeatedFailures() {
		assertThat(SignInThrottle.delay(1)).isZero();
		assertThat(SignInThrottle.delay(2)).isEqualTo(Duration.ofMillis(250));
		assertThat(SignInThrottle.delay(3)).isEqualTo(Duration.ofMillis(500));
		assertThat(SignInThrottle.delay(4)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInThrottle.delay(9)).isEqualTo(Duration.ofSeconds(1));
		assertThat(SignInThrottle.lockFor(0)).isEqualTo(Duration.ofMinutes(15));
		assertThat(SignInThrottle.lockFor(1)).isEqualTo(Duration.ofMinutes(30));
		assertThat(SignInThrottle.lockFor(2)).isEqualTo(Duration.ofHours(1));
		assertThat(SignInThrottle.lockFor(7)).isEqualTo(Duration.ofHours(24));
		assertThat(SignInThrottle.lockFor(40)).isEqualTo(Duration.ofHours(24));
	}

	@Test
	void anIpv6AddressIsCountedByItsNetwork() {
		assertThat(SignInThrottle.addressSubject("2001:db8:1:2:aaaa::1"))
			.isEqualTo(SignInThrottle.addressSubject("2001:db8:1:2:bbbb::9"))
			.isNotEqualTo(SignInThrottle.addressSubject("2001:db8:1:3::1"));
		assertThat(SignInThrottle.addressSubject("192.0.2.7")).isEqualTo("192.0.2.7");
		assertThat(SignInThrottle.accountSubject("x".repeat(300))).startsWith("sha256:").hasSizeLessThan(100);
	}

}
