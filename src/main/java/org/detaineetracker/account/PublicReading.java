package org.detaineetracker.account;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import org.detaineetracker.kernel.DataChanges;
import org.detaineetracker.kernel.Remembered;

/**
 * Whether visitors without an account may read the analyst pages and the read API: an admin's
 * choice on /admin/settings, stored in {@code site_setting} (V95), off by default.
 * <p>
 * Only anonymous requests ask. The answer is remembered until the data may have changed
 * ({@link DataChanges}: a changed setting moves the data version, V96, and every instance hears of
 * it), so a visitor's kept page costs no statement between writes; while that is unsure, each asks
 * with the one statement that reads the data version, and the setting itself is read again only
 * when that version moved.
 */
@Service
public class PublicReading {

	/** The data version as a public answer needs it: the validator and the "last updated" line. */
	public record DataVersion(long version, Instant updatedAt) {
	}

	/**
	 * The settings and the data version they were read at.
	 *
	 * @param open whether visitors without an account may read
	 * @param embedOrigins the sites that may frame the embed views, as {@code scheme://host[:port]}
	 */
	public record State(DataVersion data, boolean open, List<String> embedOrigins) {
	}

	/** What an admin saves on the settings page. */
	public record Choices(boolean open, List<String> embedOrigins) {
	}

	private record Stored(boolean publicReading, String embedOrigins) {

		Choices choices() {
			return new Choices(publicReading, EmbedOrigins.split(embedOrigins));
		}

	}

	private final JdbcClient jdbc;

	private final AtomicReference<State> kept = new AtomicReference<>();

	private final Remembered<Boolean, State> remembered;

	PublicReading(JdbcClient jdbc, DataChanges changes) {
		this.jdbc = jdbc;
		this.remembered = new Remembered<>(changes, 1);
	}

	/**
	 * The setting as of now: remembered between changes; else one statement, two when the data moved
	 * since it was last read.
	 */
	public State now() {
		return remembered.get(Boolean.TRUE, this::read);
	}

	private State read() {
		DataVersion data = jdbc.sql("select version, updated_at from data_version").query(DataVersion.class).single();
		State state = kept.get();
		if (state != null && state.data().version() == data.version()) {
			return state;
		}
		Choices stored = choices();
		State fresh = new State(data, stored.open(), stored.embedOrigins());
		kept.set(fresh);
		return fresh;
	}

	/** For the settings page: read afresh, an admin may have changed it a moment ago elsewhere. */
	public Choices choices() {
		return jdbc.sql(SELECT).query(Stored.class).single().choices();
	}

	public boolean isOpen() {
		return choices().open();
	}

	@Transactional
	public void open(boolean open) {
		jdbc.sql("update site_setting set public_reading = :open, updated_at = now()").param("open", open).update();
		kept.set(null);
	}

	/** Saves both choices; the origins must have passed {@link EmbedOrigins#parse}. */
	@Transactional
	public void save(Choices choices) {
		jdbc.sql("update site_setting set public_reading = :open, embed_origins = :origins, updated_at = now()")
			.param("open", choices.open())
			.param("origins", String.join("\n", choices.embedOrigins()))
			.update();
		kept.set(null);
	}

	private static final String SELECT = "select public_reading, embed_origins from site_setting";

}
