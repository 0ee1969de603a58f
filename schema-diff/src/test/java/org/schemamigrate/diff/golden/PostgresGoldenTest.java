package org.schemamigrate.diff.golden;

import java.nio.file.Path;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.PostgresFixtures;
import org.schemamigrate.diff.oracle.PostgresCatalogDump;

/** The golden proof for every case under golden/postgres, on a real PostgreSQL. */
class PostgresGoldenTest extends GoldenProofHarness {

    PostgresGoldenTest() {
        super(Path.of("src/test/resources/golden/postgres"), 40, DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT,
                new ServerDump(PostgresCatalogDump::of, PostgresCatalogDump::tables,
                        PostgresCatalogDump::withoutColumnPositions));
    }
}
