package org.detaineetracker.test;

import java.util.LinkedHashMap;
import java.util.Map;

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

	private EndpointCatalog() {
	}

	public static Map<String, Row> load(JdbcClient jdbc) {
		long count = jdbc.sql("select id from reported_count where value = 4500").query(Long.class).single();
		long source = jdbc.sql("select min(id) from source").query(Long.class).single();
		long admin = jdbc.sql("select id from account where username = 'admin'").query(Long.class).single();
		long analyst = jdbc.sql("select id from account where username = 'analyst'").query(Long.class).single();
		EndpointCatalog catalog = new EndpointCatalog();

		// Reading: any signed-in account.
		catalog.read("GET /", "/");
		catalog.read("GET /facilities", "/facilities");
		catalog.read("GET /facilities/{slug}", "/facilities/panorama-prison");
		catalog.read("GET /facilities/{slug}/history", "/facilities/panorama-prison/history");
		catalog.read("GET /sources", "/sources");
		catalog.read("GET /sources/{id}", "/sources/" + source);
		catalog.read("GET /counts/{id}", "/counts/" + count);

		// The sign-in page is for everyone.
		catalog.rows.put("GET /login", new Row("/login", 200, 200, 200, 200));

		// Editors' forms (GET) and writes (POST). An empty POST is re-shown with 400; nothing is written.
		catalog.edit("GET /counts/new", "/counts/new", 200);
		catalog.edit("GET /counts/{id}/edit", "/counts/" + count + "/edit", 200);
		catalog.edit("GET /counts/{id}/retract", "/counts/" + count + "/retract", 200);
		catalog.edit("POST /counts", "/counts", 400);
		catalog.edit("POST /counts/{id}", "/counts/" + count, 400);
		catalog.edit("POST /counts/{id}/retract", "/counts/" + count + "/retract", 400);

		// Admins only.
		catalog.administer("GET /admin/users", "/admin/users", 200);
		catalog.administer("POST /admin/users", "/admin/users", 400);
		catalog.administer("POST /admin/users/{id}/role", "/admin/users/" + analyst + "/role", 400);
		// disabling the only admin is refused
		catalog.administer("POST /admin/users/{id}/enabled", "/admin/users/" + admin + "/enabled?enabled=false", 409);
		catalog.administer("POST /admin/users/{id}/password", "/admin/users/" + analyst + "/password", 400);
		return catalog.rows;
	}

	private void read(String endpoint, String path) {
		rows.put(endpoint, new Row(path, LOGIN, 200, 200, 200));
	}

	private void edit(String endpoint, String path, int allowed) {
		rows.put(endpoint, new Row(path, LOGIN, 403, allowed, allowed));
	}

	private void administer(String endpoint, String path, int allowed) {
		rows.put(endpoint, new Row(path, LOGIN, 403, 403, allowed));
	}

}
