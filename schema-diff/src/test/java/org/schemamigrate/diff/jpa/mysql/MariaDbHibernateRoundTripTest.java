package org.schemamigrate.diff.jpa.mysql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.schemamigrate.diff.MysqlFixtures.apply;
import static org.schemamigrate.diff.MysqlFixtures.diff;
import static org.schemamigrate.diff.MysqlFixtures.inspect;
import static org.schemamigrate.diff.MysqlFixtures.plan;
import static org.schemamigrate.diff.MysqlFixtures.run;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.core.testing.TestDatabases;
import org.schemamigrate.diff.jpa.EntityModel;
import org.schemamigrate.diff.jpa.EntityScanner;
import org.schemamigrate.diff.jpa.HibernateDdlGenerator;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;

/**
 * Hibernate's real create DDL for the MariaDB and MySQL dialects (the shop entities: enums as ENUM and ordinal
 * checks, uuid, json, element collections with unique keys, sequences or sequence tables, inheritance), run on
 * MariaDB: it inspects without churn, and the planned create/drop reproduce and remove it exactly.
 */
class MariaDbHibernateRoundTripTest {
    private static final String SHOP = "org.schemamigrate.diff.jpa.shop";
    private static final ClassLoader LOADER = MariaDbHibernateRoundTripTest.class.getClassLoader();

    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = {"MARIADB", "MYSQL"})
    void hibernateDdlIsRepresentedAndPlannedExactly(DatabaseKind dialect) {
        String ddl = HibernateDdlGenerator.createDdl(LOADER, EntityScanner.scan(LOADER, List.of(SHOP)),
                new EntityModel(List.of(SHOP), dialect, null, "spring", "spring", null));
        TestDatabase hibernate = TestDatabases.fresh(DatabaseKind.MARIADB);
        run(hibernate, ddl);
        Schema desired = inspect(hibernate);
        assertThat(diff(desired, desired)).isEmpty();
        assertThat(diff(desired, inspect(hibernate))).isEmpty();

        TestDatabase planned = TestDatabases.fresh(DatabaseKind.MARIADB);
        Schema empty = inspect(planned);
        Plan up = plan(empty, desired);
        apply(planned, up);
        assertThat(plan(inspect(planned), desired).script()).as(up.script()).isEmpty();

        apply(planned, plan(desired, empty));
        assertThat(inspect(planned).tables()).isEmpty();
        assertThat(inspect(planned).sequences()).isEmpty();
    }
}
