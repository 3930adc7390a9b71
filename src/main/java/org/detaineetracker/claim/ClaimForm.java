package org.detaineetracker.claim;

import org.detaineetracker.source.Source;

/** What an editor submits to the claim finder: the article's text and, optionally, its source. */
public class ClaimForm {

	private String text;

	private Source source;

	public String getText() {
		return text;
	}

	public void setText(String text) {
		this.text = text;
	}

	public Source getSource() {
		return source;
	}

	public void setSource(Source source) {
		this.source = source;
	}

}
