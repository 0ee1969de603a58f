package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.schemamigrate.boot.jpa.Customer;
import org.schemamigrate.boot.jpa.JpaApplication;
import org.schemamigrate.boot.test.EmbeddedMigrationDatabase;
import org.schemamigrate.boot.test.EmbeddedServers;
import org.schemamigrate.core.Migrator;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** The test helper as a user writes it: @SpringBootTest on an embedded database the starter migrated. */
class EmbeddedMigrationDatabaseTest {

    @Nested
    @SpringBootTest(classes = JpaApplication.class, properties = {"schemamigrate.location=classpath:db/boottest",
            "spring.jpa.hibernate.ddl-auto=validate"})
    @EmbeddedMigrationDatabase
    class OnPostgres {
        @Autowired
        EntityManager entityManager;
        @Autowired
        Migrator migrator;

        @Test
        void theApplicationRunsOnTheMigratedSchema() {
            assertThat(entityManager.find(Customer.class, 1L).getName()).isEqualTo("first");
            assertThat(migrator.version().version()).isEqualTo(2);
        }
    }

    @Nested
    @SpringBootTest(classes = JpaApplication.class, properties = {"schemamigrate.location=classpath:db/boottest",
            "spring.jpa.hibernate.ddl-auto=validate"})
    @EmbeddedMigrationDatabase(EmbeddedServers.Kind.MARIADB)
    class OnMariaDb {
        @Autowired
        EntityManager entityManager;

        @Test
        void theApplicationRunsOnTheMigratedSchema() {
            assertThat(entityManager.find(Customer.class, 1L).getName()).isEqualTo("first");
        }
    }
}
