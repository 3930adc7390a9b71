import org.flywaydb.core.Flyway;

/**
 * Applies the application's migrations (db/migration) to a database with the same Flyway the
 * application uses, so the application can later start against it and find its schema history.
 * Run by bench/generate with the project's runtime classpath:
 * {@code java -cp <classpath> bench/FlywayMigrate.java <jdbc-url> <user> <password> <migrations-dir>}
 */
public class FlywayMigrate {

	public static void main(String[] args) {
		if (args.length != 4) {
			System.err.println("usage: FlywayMigrate <jdbc-url> <user> <password> <migrations-dir>");
			System.exit(2);
		}
		var result = Flyway.configure()
			.dataSource(args[0], args[1], args[2])
			.locations("filesystem:" + args[3])
			.load()
			.migrate();
		System.out.println("Flyway: " + result.migrationsExecuted + " migrations applied, schema version "
				+ result.targetSchemaVersion);
	}

}
