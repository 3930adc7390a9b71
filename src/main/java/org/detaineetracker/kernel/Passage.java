package org.detaineetracker.kernel;

import java.util.Objects;

import jakarta.persistence.Embeddable;

/**
 * Where a figure accepted from the claim finder came from: one passage of the pasted article (a
 * sentence, at most 600 characters, never the article), its offsets into the text the finder read,
 * and the SHA-256 of that text. Whoever pastes the same article again can check that
 * {@code text.substring(start, end)} is still this passage. Offsets count UTF-16 code units, as Java
 * and JavaScript strings do. Counts and movements both carry one; it is null for records entered by
 * hand.
 */
@Embeddable
public class Passage {

	private Integer passageStart;

	private Integer passageEnd;

	private String passageText;

	private String pastedTextSha256;

	protected Passage() {
	}

	public Passage(int start, int end, String text, String pastedTextSha256) {
		this.passageStart = start;
		this.passageEnd = end;
		this.passageText = Objects.requireNonNull(text, "text");
		this.pastedTextSha256 = pastedTextSha256;
	}

	/** The passage a form carries, or null when it carries none (or only part of one, which its checks refuse). */
	public static Passage ofNullable(Integer start, Integer end, String text, String pastedTextSha256) {
		return start == null || end == null || text == null ? null : new Passage(start, end, text, pastedTextSha256);
	}

	public int getStart() {
		return passageStart;
	}

	public int getEnd() {
		return passageEnd;
	}

	public String getText() {
		return passageText;
	}

	/** Lower-case hex of the SHA-256 of the finder's text in UTF-8; may be null. */
	public String getPastedTextSha256() {
		return pastedTextSha256;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Passage that && Objects.equals(passageStart, that.passageStart)
				&& Objects.equals(passageEnd, that.passageEnd) && Objects.equals(passageText, that.passageText)
				&& Objects.equals(pastedTextSha256, that.pastedTextSha256);
	}

	@Override
	public int hashCode() {
		return Objects.hash(passageStart, passageEnd, passageText, pastedTextSha256);
	}

}
