package org.detaineetracker.system;

import static org.assertj.core.api.Assertions.assertThatCode;

import jakarta.persistence.EntityManagerFactory;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import org.detaineetracker.test.TrackerTest;

/**
 * The entities, their history tables included, match the schema the migrations make. A start does not
 * check this (Hibernate starts beside Flyway, with {@code ddl-auto=none}; see application.properties),
 * so the build does.
 */
@TrackerTest
class SchemaValidationTest {

	@Autowired
	EntityManagerFactory entityManagerFactory;

	@Test
	void theEntitiesMatchTheMigratedSchema() {
		assertThatCode(() -> entityManagerFactory.getSchemaManager().validate()).doesNotThrowAnyException();
	}

}
