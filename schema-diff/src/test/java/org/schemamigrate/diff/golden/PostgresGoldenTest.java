package org.schemamigrate.diff.golden;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.PostgresFixtures;
import org.schemamigrate.diff.oracle.PostgresCatalogDump;

/** The golden proof for every case under golden/postgres, on a real PostgreSQL. */
class PostgresGoldenTest extends GoldenProofHarness {

    PostgresGoldenTest() {
        super(Path.of("src/test/resources/golden/postgres"), 40, DatabaseKind.POSTGRESQL, PostgresFixtures.DIALECT,
                new ServerDump() {
                    @Override
                    public List<String> of(TestDatabase db) {
                        return PostgresCatalogDump.of(db);
                    }

                    @Override
                    public Set<String> tables(List<String> dump) {
                        return PostgresCatalogDump.tables(dump);
                    }

                    @Override
                    public List<String> comparable(List<String> dump, Set<String> outliving) {
                        return PostgresCatalogDump.withoutColumnPositions(dump, outliving);
                    }
                });
    }
}
