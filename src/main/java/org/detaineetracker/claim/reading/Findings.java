package org.detaineetracker.claim.reading;

import java.util.List;

/**
 * What the finder read in one article: the readable text that every candidate's offsets refer to, and
 * the candidates in text order.
 */
public record Findings(String text, List<Candidate> candidates) {

	public Findings {
		candidates = List.copyOf(candidates);
	}

	/** The words of a candidate's figure as the editor sees them: "nearly 6,000". */
	public String passage(Candidate candidate) {
		return text.substring(candidate.start(), candidate.end());
	}

	public List<Candidate> likely() {
		return candidates.stream().filter(Candidate::likely).toList();
	}

}
