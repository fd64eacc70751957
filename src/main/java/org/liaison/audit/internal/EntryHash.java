package org.liaison.audit.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import org.jspecify.annotations.Nullable;

/**
 * The SHA-256 of an entry's columns as stored and of the hash of the entry before it.
 * Each column is written with its length before it, so that no two different entries read
 * the same (a value that contains a separator cannot pass for two columns).
 */
final class EntryHash {

	static final String GENESIS = "0".repeat(64);

	private final StringBuilder content = new StringBuilder(512);

	private EntryHash(String previous) {
		add(previous);
	}

	static EntryHash after(String previous) {
		return new EntryHash(previous);
	}

	EntryHash add(@Nullable Object column) {
		if (column == null) {
			content.append("-1:");
		}
		else {
			String text = column.toString();
			content.append(text.length()).append(':').append(text);
		}
		return this;
	}

	String hex() {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			return HexFormat.of().formatHex(digest.digest(content.toString().getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException impossible) {
			throw new IllegalStateException("Every Java runtime has SHA-256", impossible);
		}
	}

}
