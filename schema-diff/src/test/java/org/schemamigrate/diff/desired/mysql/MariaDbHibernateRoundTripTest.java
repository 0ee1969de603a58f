package org.schemamigrate.diff.desired.mysql;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.DialectFixtures;
import org.schemamigrate.diff.MariaDbFixtures;
import org.schemamigrate.diff.desired.EntityModel;
import org.schemamigrate.diff.desired.EntityScanner;
import org.schemamigrate.diff.desired.HibernateDdlGenerator;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;

/**
 * Hibernate's real create DDL for the MariaDB and MySQL dialects (the shop entities: enums as ENUM and ordinal
 * checks, uuid, json, element collections with unique keys, sequences or sequence tables, inheritance), run on
 * MariaDB: it inspects without churn, and the planned create/drop reproduce and remove it exactly.
 */
class MariaDbHibernateRoundTripTest {
    private static final DialectFixtures MARIADB = MariaDbFixtures.DIALECT;

    private static final String SHOP = "org.schemamigrate.diff.desired.shop";
    private static final ClassLoader LOADER = MariaDbHibernateRoundTripTest.class.getClassLoader();

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "MYSQL"})
    void hibernateDdlIsRepresentedAndPlannedExactly(DatabaseKind dialect) {
        String ddl = HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                new EntityModel(List.of(SHOP), dialect, null, "spring", "spring", null));
        TestDatabase hibernate = TestDatabases.fresh(DatabaseKind.MARIADB);
        MARIADB.run(hibernate, ddl);
        Schema desired = MARIADB.inspect(hibernate);
        assertThat(MARIADB.diff(desired, desired)).isEmpty();
        assertThat(MARIADB.diff(desired, MARIADB.inspect(hibernate))).isEmpty();

        TestDatabase planned = TestDatabases.fresh(DatabaseKind.MARIADB);
        Schema empty = MARIADB.inspect(planned);
        Plan up = MARIADB.plan(empty, desired);
        MARIADB.apply(planned, up);
        assertThat(MARIADB.plan(MARIADB.inspect(planned), desired).script()).as(up.script()).isEmpty();

        MARIADB.apply(planned, MARIADB.plan(desired, empty));
        assertThat(MARIADB.inspect(planned).tables()).isEmpty();
        assertThat(MARIADB.inspect(planned).sequences()).isEmpty();
    }
}
