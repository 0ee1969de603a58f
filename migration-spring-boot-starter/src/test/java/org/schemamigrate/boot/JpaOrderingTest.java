package org.schemamigrate.boot;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.boot.jpa.Customer;
import org.schemamigrate.boot.jpa.JpaApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The EntityManagerFactory starts after the migrations: with ddl-auto=validate, Hibernate checks an entity whose
 * table only the migrations create, so the context starts only if the order is right.
 */
class JpaOrderingTest {
    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(value = BootApps.Driver.class, names = {"POSTGRESQL", "MARIADB"})
    void hibernateValidatesTheMigratedSchema(BootApps.Driver driver) {
        BootApps apps = new BootApps(driver, folder, JpaApplication.class);
        apps.writeBaseMigrations();
        apps.write("3_add_email.up.sql", "ALTER TABLE customer ADD COLUMN email VARCHAR(255);\n");

        try (ConfigurableApplicationContext context = apps.start("spring.jpa.hibernate.ddl-auto=validate")) {
            var em = context.getBean(EntityManagerFactory.class).createEntityManager();
            assertThat(em.find(Customer.class, 1L).getName()).isEqualTo("first");
            em.close();
        }
    }
}
