package org.detaineetracker.feed;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.servlet.support.RequestContextUtils;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import org.detaineetracker.kernel.DateFormats;
import org.detaineetracker.kernel.FigureWords;
import org.detaineetracker.web.RecordNotFoundException;

/**
 * Atom 1.0 (RFC 4287) feeds of new and changed figures: one entry per figure, the newest change
 * first, each linking to the figure's page. A retraction changes the figure, so it comes back as an
 * updated entry that says so. Entries are credited to the source, never to the account that
 * recorded them. A feed reader that sends back the ETag gets 304 until the data changes.
 */
@Controller
class FeedController {

	private static final String ATOM = "http://www.w3.org/2005/Atom";

	private static final XMLOutputFactory XML = XMLOutputFactory.newFactory();

	private final FeedQueries queries;

	private final FigureWords figures;

	private final DateFormats dates;

	private final MessageSource messages;

	FeedController(FeedQueries queries, FigureWords figures, DateFormats dates, MessageSource messages) {
		this.queries = queries;
		this.figures = figures;
		this.dates = dates;
		this.messages = messages;
	}

	@GetMapping("/feeds/figures.atom")
	void figures(HttpServletRequest request, HttpServletResponse response) throws IOException {
		Locale locale = RequestContextUtils.getLocale(request);
		write(request, response, null, messages.getMessage("feed.title.all", null, locale), "/");
	}

	@GetMapping("/feeds/facilities/{slug}.atom")
	void facility(@PathVariable String slug, HttpServletRequest request, HttpServletResponse response) throws IOException {
		FeedQueries.Facility facility = queries.facility(slug).orElseThrow(() -> new RecordNotFoundException("facility", slug));
		Locale locale = RequestContextUtils.getLocale(request);
		write(request, response, facility, messages.getMessage("feed.title.facility", new Object[] { facility.name() }, locale),
				"/facilities/" + facility.slug());
	}

	private void write(HttpServletRequest request, HttpServletResponse response, FeedQueries.Facility facility, String title,
			String alternate) throws IOException {
		FeedQueries.Version version = queries.version();
		// the same data gives the same feed; the facility is in the address, and so in the cache key
		if (new ServletWebRequest(request, response).checkNotModified("\"feed-" + version.version() + "\"")) {
			return;
		}
		List<FeedQueries.Entry> entries = queries.entries(facility == null ? null : facility.id());
		Instant updated = entries.isEmpty() ? version.updatedAt() : entries.get(0).updatedAt();
		String base = ServletUriComponentsBuilder.fromContextPath(request).build().toUriString();
		String self = base + request.getRequestURI().substring(request.getContextPath().length());
		Locale locale = RequestContextUtils.getLocale(request);

		response.setContentType("application/atom+xml;charset=UTF-8");
		try (OutputStream out = response.getOutputStream()) {
			XMLStreamWriter xml = XML.createXMLStreamWriter(out, "UTF-8");
			xml.writeStartDocument("UTF-8", "1.0");
			xml.setDefaultNamespace(ATOM);
			xml.writeStartElement(ATOM, "feed");
			xml.writeDefaultNamespace(ATOM);
			xml.writeAttribute("xml:lang", locale.toLanguageTag());
			text(xml, "id", self);
			text(xml, "title", title);
			text(xml, "subtitle", messages.getMessage("feed.subtitle", null, locale));
			text(xml, "updated", rfc3339(updated));
			link(xml, "self", self, "application/atom+xml");
			link(xml, "alternate", base + alternate, "text/html");
			xml.writeStartElement("author");
			text(xml, "name", messages.getMessage("app.name", null, locale));
			xml.writeEndElement();
			text(xml, "generator", messages.getMessage("app.name", null, locale));
			for (FeedQueries.Entry entry : entries) {
				entry(xml, entry, base, locale);
			}
			xml.writeEndElement();
			xml.writeEndDocument();
			xml.close();
		}
		catch (XMLStreamException e) {
			throw new IOException("Could not write the feed", e);
		}
	}

	private void entry(XMLStreamWriter xml, FeedQueries.Entry entry, String base, Locale locale) throws XMLStreamException {
		String page = base + "/counts/" + entry.id();
		String heading = messages.getMessage("count.heading",
				new Object[] { figures.words(entry.figure()), figures.inSentence(entry.cohort()), entry.facility() }, locale);
		String what = Character.toUpperCase(heading.charAt(0)) + heading.substring(1);
		xml.writeStartElement("entry");
		text(xml, "id", page);
		text(xml, "title", entry.retractedAt() == null ? what : messages.getMessage("feed.retracted", new Object[] { what }, locale));
		text(xml, "published", rfc3339(entry.recordedAt()));
		text(xml, "updated", rfc3339(entry.updatedAt()));
		link(xml, "alternate", page, "text/html");
		xml.writeStartElement("author");
		text(xml, "name", entry.outlet());
		xml.writeEndElement();
		xml.writeEmptyElement("category");
		xml.writeAttribute("term", entry.facilitySlug());
		xml.writeAttribute("label", xmlSafe(entry.facility()));
		StringBuilder summary = new StringBuilder(messages.getMessage("feed.summary",
				new Object[] { entry.speaker(), entry.outlet(), entry.sourceTitle(), dates.format(entry.asOf()) }, locale));
		if (entry.quote() != null && !entry.quote().isBlank()) {
			summary.append(" “").append(entry.quote().strip()).append("”");
		}
		if (entry.retractedAt() != null) {
			summary.append(' ').append(messages.getMessage("feed.retractedBecause",
					new Object[] { dates.format(entry.retractedAt()), entry.retractionReason() }, locale));
		}
		xml.writeStartElement("summary");
		xml.writeAttribute("type", "text");
		xml.writeCharacters(xmlSafe(summary.toString()));
		xml.writeEndElement();
		xml.writeEndElement();
	}

	private static void text(XMLStreamWriter xml, String element, String value) throws XMLStreamException {
		xml.writeStartElement(element);
		xml.writeCharacters(value == null ? "" : xmlSafe(value));
		xml.writeEndElement();
	}

	/** XML 1.0 has no way to write most control characters, escaped or not: a pasted one would break the feed. */
	static String xmlSafe(String text) {
		return text.replaceAll("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\uFFFE\\uFFFF]", "");
	}

	private static void link(XMLStreamWriter xml, String rel, String href, String type) throws XMLStreamException {
		xml.writeEmptyElement("link");
		xml.writeAttribute("rel", rel);
		xml.writeAttribute("type", type);
		xml.writeAttribute("href", href);
	}

	/** RFC 3339 in UTC, to the second. */
	private static String rfc3339(Instant instant) {
		return instant.truncatedTo(ChronoUnit.SECONDS).toString();
	}

}
