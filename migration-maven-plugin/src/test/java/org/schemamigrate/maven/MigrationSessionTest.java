package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MigrationSessionTest {

    @Test
    void theSandboxIsAnnouncedInOneLine() {
        ResolvedConnection defaulted = new ResolvedConnection(null, Sandbox.Kind.POSTGRES, true, null, null, null);
        assertThat(MigrationSession.sandboxLine(defaulted, "target/migration-db/postgres")).isEqualTo(
                "no migration.url set: using the embedded sandbox database at target/migration-db/postgres"
                        + " (PostgreSQL, kept between runs; mvn clean deletes it)");
        ResolvedConnection maria = new ResolvedConnection(null, Sandbox.Kind.MARIADB, false, null, null, null);
        assertThat(MigrationSession.sandboxLine(maria, "x")).startsWith(
                "embedded:mariadb asked for: using the embedded MariaDB sandbox at x");
    }

    @Test
    void pathsInsideTheProjectAreShownRelative() {
        Path base = Path.of("/work/shop");
        assertThat(MigrationSession.display(base.resolve("target/migration-db/postgres"), base))
                .isEqualTo("target/migration-db/postgres");
        assertThat(MigrationSession.display(Path.of("/elsewhere/db"), base)).isEqualTo("/elsewhere/db");
        assertThat(MigrationSession.display(Path.of("/elsewhere/db"), null)).isEqualTo("/elsewhere/db");
    }

    @Test
    void sandboxKindsKeepTheirDataInTheirOwnFolder() {
        Path dir = Path.of("/p/target/migration-db");
        assertThat(Sandbox.Kind.POSTGRES.dataDirectory(dir)).isEqualTo(dir.resolve("postgres"));
        assertThat(Sandbox.Kind.MARIADB.dataDirectory(dir)).isEqualTo(dir.resolve("mariadb"));
    }
}
