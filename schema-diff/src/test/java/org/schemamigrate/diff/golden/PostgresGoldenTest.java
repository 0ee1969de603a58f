package org.schemamigrate.diff.golden;

import java.nio.file.Path;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.PostgresFixtures;

/** The golden proof for every case under golden/postgres, on a real PostgreSQL. */
class PostgresGoldenTest extends GoldenProofHarness {

    PostgresGoldenTest() {
        super(Path.of("src/test/resources/golden/postgres"), 40, DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT);
    }
}
