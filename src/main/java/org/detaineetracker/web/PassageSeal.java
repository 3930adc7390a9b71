package org.detaineetracker.web;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Proof that a passage was read by this server's claim finder: an HMAC-SHA256 over the passage's
 * offsets, its text and the fingerprint of the pasted text, which the claim finder's accept links
 * carry into the figure and movement forms (field {@code passageSignature}) and {@link ValidPassage}
 * checks. Without it anyone could post invented passage fields, and the figure page would show them
 * as "From the passage …".
 *
 * <p>The key is {@code tracker.passage-secret} (at least 32 characters; keep it secret and the same
 * on every instance). Without it a random key is made at start: passages then verify only until the
 * application restarts, and a form opened before a restart asks for its passage to be accepted again.
 */
@Component
public class PassageSeal {

	private static final Logger log = LoggerFactory.getLogger(PassageSeal.class);

	private static final String ALGORITHM = "HmacSHA256";

	static final int MIN_SECRET_LENGTH = 32;

	private final SecretKeySpec key;

	public PassageSeal(@Value("${tracker.passage-secret:}") String secret) {
		if (secret == null || secret.isBlank()) {
			byte[] random = new byte[32];
			new SecureRandom().nextBytes(random);
			this.key = new SecretKeySpec(random, ALGORITHM);
			log.info("No tracker.passage-secret set: passages from the claim finder are signed with a key made at "
					+ "start, so a figure form opened before a restart will ask for its passage to be accepted again");
		}
		else {
			if (secret.length() < MIN_SECRET_LENGTH) {
				throw new IllegalStateException(
						"tracker.passage-secret must have at least " + MIN_SECRET_LENGTH + " characters");
			}
			this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), ALGORITHM);
		}
	}

	/** The signature of a passage, in URL-safe Base64 (43 characters). */
	public String sign(int start, int end, String text, String pastedTextSha256) {
		try {
			Mac mac = Mac.getInstance(ALGORITHM);
			mac.init(key);
			// offsets are digits and the fingerprint hex, so "|" cannot be forged into another split
			String signed = "passage-v1|" + start + "|" + end + "|" + (pastedTextSha256 == null ? "" : pastedTextSha256)
					+ "|" + text;
			return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException everyJavaHasIt) {
			throw new IllegalStateException(everyJavaHasIt);
		}
	}

	/** True when {@code signature} is this server's signature of exactly this passage. */
	public boolean verifies(int start, int end, String text, String pastedTextSha256, String signature) {
		if (signature == null || signature.isEmpty()) {
			return false;
		}
		byte[] expected = sign(start, end, text, pastedTextSha256).getBytes(StandardCharsets.US_ASCII);
		return MessageDigest.isEqual(expected, signature.getBytes(StandardCharsets.UTF_8));
	}

}
