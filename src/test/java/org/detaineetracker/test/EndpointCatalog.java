package org.detaineetracker.test;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every endpoint with a sample request path and the status each kind of visitor must get. The role
 * matrix and the CSRF tests both read it; an endpoint missing here fails the role matrix.
 */
public final class EndpointCatalog {

	/** A sign-in redirect for anonymous visitors. */
	public static final int LOGIN = 302;

	/** Expected statuses for anonymous, analyst, editor and admin. */
	public record Row(String path, int anonymous, int analyst, int editor, int admin) {
	}

	private final Map<String, Row> rows = new LinkedHashMap<>();

	/** The endpoints public reading opens: the analyst pages and the read API. */
	private final Set<String> open = new HashSet<>();

	private EndpointCatalog() {
	}

	public static Map<String, Row> load(JdbcClient jdbc) {
		return build(jdbc).rows;
	}

	/**
	 * The same rows as an admin's public reading setting makes them: an anonymous visitor gets what an
	 * analyst gets on the analyst pages and the read API, and what {@link #load} says everywhere else.
	 */
	public static Map<String, Row> loadWithPublicReading(JdbcClient jdbc) {
		EndpointCatalog catalog = build(jdbc);
		Map<String, Row> rows = new LinkedHashMap<>();
		catalog.rows.forEach((endpoint, row) -> rows.put(endpoint, catalog.open.contains(endpoint)
				? new Row(row.path(), row.analyst(), row.analyst(), row.editor(), row.admin()) : row));
		return rows;
	}

	private static EndpointCatalog build(JdbcClient jdbc) {
		long count = jdbc.sql("select id from reported_count where value = 4500").query(Long.class).single();
		long source = jdbc.sql("select min(id) from source").query(Long.class).single();
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long analyst = jdbc.sql("select id from account where username = 'analyst'").query(Long.class).single();
		long panorama = jdbc.sql("select id from facility where slug = 'panorama-prison'").query(Long.class).single();
		long period = jdbc.sql("select min(id) from custody_period").query(Long.class).single();
		long movement = jdbc.sql("select min(id) from movement").query(Long.class).single();
		EndpointCatalog catalog = new EndpointCatalog();

		// Reading: any signed-in account.
		catalog.read("GET /", "/");
		catalog.read("GET /facilities", "/facilities");
		catalog.read("GET /facilities/{slug}", "/facilities/panorama-prison");
		catalog.read("GET /facilities/{slug}/history", "/facilities/panorama-prison/history");
		catalog.read("GET /sources", "/sources");
		catalog.read("GET /sources/{id}", "/sources/" + source);
		catalog.read("GET /counts/{id}", "/counts/" + count);
		catalog.read("GET /holders", "/holders");
		catalog.read("GET /cohorts", "/cohorts");
		catalog.read("GET /cohorts/{slug}", "/cohorts/isis-detainees");
		catalog.read("GET /custody-periods/{id}", "/custody-periods/" + period);
		catalog.read("GET /holders/{slug}", "/holders/sdf");
		catalog.read("GET /movements", "/movements");
		catalog.read("GET /movements/{id}", "/movements/" + movement);
		catalog.read("GET /countries/{code}", "/countries/IQ");
		catalog.read("GET /search", "/search?q=al-hawl");
		catalog.read("GET /help/figures", "/help/figures");
		catalog.read("GET /embed/facilities/{slug}", "/embed/facilities/panorama-prison");
		catalog.read("GET /map", "/map");
		catalog.read("GET /embed/map", "/embed/map");
		// Feeds: read like the API, so an unsigned reader gets a 401 rather than the sign-in page.
		catalog.api("GET /feeds/figures.atom", "/feeds/figures.atom", 200);
		catalog.api("GET /feeds/facilities/{slug}.atom", "/feeds/facilities/panorama-prison.atom", 200);

		// The JSON API: signed-in accounts; an unsigned call is a 401, not a redirect.
		catalog.api("GET /api/facilities", "/api/facilities", 200);
		catalog.api("GET /api/facilities/{slug}", "/api/facilities/panorama-prison", 200);
		catalog.api("GET /api/facilities/{slug}/counts", "/api/facilities/panorama-prison/counts?knownOn=2026-01-22", 200);
		catalog.api("GET /api/sources/{id}", "/api/sources/" + source, 200);
		catalog.api("GET /api/populations", "/api/populations?country=IQ", 200);
		catalog.api("GET /api/counts", "/api/counts?facility=panorama-prison", 200);
		catalog.api("GET /api/movements", "/api/movements?updatedSince=2020-01-01T00:00:00Z", 200);
		catalog.api("GET /api/holders", "/api/holders?country=SY", 200);
		catalog.api("GET /api/cohorts", "/api/cohorts", 200);
		catalog.api("GET /api/sources", "/api/sources?knownOn=2026-01-22", 200);
		catalog.api("GET /api/openapi.json", "/api/openapi.json", 200);
		catalog.api("GET /api/**", "/api/nothing-here", 404);

		// Every account manages its own API tokens; a token that is not one's own is a 404.
		jdbc.sql("""
				insert into api_token (account_id, name, prefix, secret_hash)
				select ?, 'catalog sample', 'dtk_sample', repeat('0', 64)
				where not exists (select 1 from api_token where secret_hash = repeat('0', 64))""")
			.param(admin)
			.update();
		long token = jdbc.sql("select id from api_token where secret_hash = repeat('0', 64)").query(Long.class).single();
		// an account's own page: public reading does not open it
		catalog.rows.put("GET /account/tokens", new Row("/account/tokens", LOGIN, 200, 200, 200));
		catalog.rows.put("POST /account/tokens", new Row("/account/tokens", LOGIN, 400, 400, 400));
		catalog.rows.put("POST /account/tokens/{id}/revoke",
				new Row("/account/tokens/" + token + "/revoke", LOGIN, 404, 404, 302));

		// The sign-in page is for everyone.
		catalog.rows.put("GET /login", new Row("/login", 200, 200, 200, 200));

		// Editors' forms (GET) and writes (POST). An empty POST is re-shown with 400; nothing is written.
		catalog.edit("GET /counts/new", "/counts/new", 200);
		catalog.edit("GET /counts/{key}/edit", "/counts/" + count + "/edit", 200);
		catalog.edit("GET /counts/{id}/retract", "/counts/" + count + "/retract", 200);
		catalog.edit("POST /counts", "/counts", 400);
		catalog.edit("POST /counts/{key}", "/counts/" + count, 400);
		catalog.edit("POST /counts/{id}/retract", "/counts/" + count + "/retract", 400);
		catalog.edit("GET /sources/new", "/sources/new", 200);
		catalog.edit("GET /sources/{key}/edit", "/sources/" + source + "/edit", 200);
		catalog.edit("POST /sources", "/sources", 400);
		catalog.edit("POST /sources/{key}", "/sources/" + source, 400);
		catalog.edit("GET /facilities/new", "/facilities/new", 200);
		catalog.edit("GET /facilities/{key}/edit", "/facilities/panorama-prison/edit", 200);
		catalog.edit("POST /facilities", "/facilities", 400);
		catalog.edit("POST /facilities/{key}", "/facilities/panorama-prison", 400);
		catalog.edit("GET /holders/new", "/holders/new", 200);
		catalog.edit("GET /holders/{key}/edit", "/holders/sdf/edit", 200);
		catalog.edit("POST /holders", "/holders", 400);
		catalog.edit("POST /holders/{key}", "/holders/sdf", 400);
		catalog.edit("GET /cohorts/new", "/cohorts/new", 200);
		catalog.edit("GET /cohorts/{key}/edit", "/cohorts/isis-detainees/edit", 200);
		catalog.edit("POST /cohorts", "/cohorts", 400);
		catalog.edit("POST /cohorts/{key}", "/cohorts/isis-detainees", 400);
		catalog.edit("GET /custody-periods/new", "/custody-periods/new?facility=" + panorama, 200);
		catalog.edit("GET /custody-periods/{key}/edit", "/custody-periods/" + period + "/edit", 200);
		catalog.edit("POST /custody-periods", "/custody-periods", 400);
		catalog.edit("POST /custody-periods/{key}", "/custody-periods/" + period, 400);
		catalog.edit("GET /movements/new", "/movements/new?from=" + panorama, 200);
		catalog.edit("GET /movements/{key}/edit", "/movements/" + movement + "/edit", 200);
		catalog.edit("POST /movements", "/movements", 400);
		// The JSON API's writes: editors (a token or a session with its CSRF token); no body is a 415.
		catalog.apiWrite("POST /api/counts", "/api/counts", 415);
		// Spreadsheet import: editors; an import that is not the editor's (here: none) is a 404.
		catalog.edit("GET /imports/new", "/imports/new", 200);
		catalog.edit("GET /imports/{id}", "/imports/" + java.util.UUID.randomUUID(), 404);
		catalog.edit("POST /imports", "/imports", 400);
		catalog.edit("POST /imports/{id}/confirm", "/imports/" + java.util.UUID.randomUUID() + "/confirm", 404);
		catalog.edit("POST /imports/{id}/mapping", "/imports/" + java.util.UUID.randomUUID() + "/mapping", 404);
		catalog.apiWrite("POST /api/movements", "/api/movements", 415);
		catalog.edit("POST /movements/{key}", "/movements/" + movement, 400);
		catalog.edit("GET /movements/{id}/reports/new", "/movements/" + movement + "/reports/new", 200);
		catalog.edit("POST /movements/{id}/reports", "/movements/" + movement + "/reports", 400);
		// The claim finder: an empty paste is refused with 400; a reading without a text in the session
		// sends the editor to the paste form.
		catalog.edit("GET /claims/new", "/claims/new", 200);
		catalog.edit("POST /claims", "/claims", 400);
		catalog.edit("GET /claims/reading", "/claims/reading", 302);
		// its JSON API answers strangers with 401 rather than a sign-in redirect; an empty body is a 400
		catalog.rows.put("POST /api/claims/extract", new Row("/api/claims/extract", 401, 403, 400, 400));

		// Admins only.
		catalog.administer("GET /admin/users", "/admin/users", 200);
		catalog.administer("GET /admin/export", "/admin/export", 200);
		catalog.administer("GET /admin/export/{name}.csv", "/admin/export/reported-counts.csv?knownOn=2026-01-22", 200);
		catalog.administer("POST /admin/users", "/admin/users", 400);
		catalog.administer("POST /admin/users/{id}/role", "/admin/users/" + analyst + "/role", 400);
		// disabling the only admin is refused
		catalog.administer("POST /admin/users/{id}/enabled", "/admin/users/" + admin + "/enabled?enabled=false", 409);
		catalog.administer("POST /admin/users/{id}/password", "/admin/users/" + analyst + "/password", 400);
		catalog.administer("GET /admin/settings", "/admin/settings", 200);
		// an empty form is an unticked box: public reading off, which it is already
		catalog.administer("POST /admin/settings", "/admin/settings", 302);
		return catalog;
	}

	private void read(String endpoint, String path) {
		rows.put(endpoint, new Row(path, LOGIN, 200, 200, 200));
		open.add(endpoint);
	}

	private void api(String endpoint, String path, int signedIn) {
		rows.put(endpoint, new Row(path, 401, signedIn, signedIn, signedIn));
		open.add(endpoint);
	}

	private void apiWrite(String endpoint, String path, int allowed) {
		rows.put(endpoint, new Row(path, 401, 403, allowed, allowed));
	}

	private void edit(String endpoint, String path, int allowed) {
		rows.put(endpoint, new Row(path, LOGIN, 403, allowed, allowed));
	}

	private void administer(String endpoint, String path, int allowed) {
		rows.put(endpoint, new Row(path, LOGIN, 403, 403, allowed));
	}

}
