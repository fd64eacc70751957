package org.liaison.identity.web;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * bcrypt over the SHA-256 of the password, in base64. bcrypt reads only the first 72
 * bytes of what it is given, which would make the 128 characters a password may have (up
 * to 512 bytes) a lie; the digest is always 44 characters, carries all of them, and holds
 * no zero byte for bcrypt to stop at. The salt and the cost are bcrypt's.
 */
final class Sha256BcryptPasswordEncoder implements PasswordEncoder {

	private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

	@Override
	public String encode(CharSequence rawPassword) {
		return bcrypt.encode(digest(rawPassword));
	}

	@Override
	public boolean matches(CharSequence rawPassword, String encodedPassword) {
		return bcrypt.matches(digest(rawPassword), encodedPassword);
	}

	@Override
	public boolean upgradeEncoding(String encodedPassword) {
		return bcrypt.upgradeEncoding(encodedPassword);
	}

	private static String digest(CharSequence rawPassword) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256")
				.digest(rawPassword.toString().getBytes(StandardCharsets.UTF_8));
			return Base64.getEncoder().encodeToString(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("Every Java runtime has SHA-256", ex);
		}
	}

	/**
	 * Plain bcrypt, for the hashes kept before this encoder: a password longer than
	 * bcrypt reads cannot be theirs, and is refused rather than cut short.
	 */
	static final class Legacy implements PasswordEncoder {

		private static final int BCRYPT_BYTES = 72;

		private final BCryptPasswordEncoder bcrypt = new BCryptPasswordEncoder();

		@Override
		public String encode(CharSequence rawPassword) {
			throw new UnsupportedOperationException("New passwords are hashed by " + Sha256BcryptPasswordEncoder.class);
		}

		@Override
		public boolean matches(CharSequence rawPassword, String encodedPassword) {
			return rawPassword.toString().getBytes(StandardCharsets.UTF_8).length <= BCRYPT_BYTES
					&& bcrypt.matches(rawPassword, encodedPassword);
		}

	}

}
