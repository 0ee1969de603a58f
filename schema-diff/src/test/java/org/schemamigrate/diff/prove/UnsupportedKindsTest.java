package org.schemamigrate.diff.prove;

import org.schemamigrate.core.CoreErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.db.DatabaseKind;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.MigrationException;

/** Fingerprint lines as the readers print them (see CatalogFingerprintTest for the real servers). */
class UnsupportedKindsTest {

    @Test
    void kindsOutsideTheModelAreNamed() {
        assertThat(UnsupportedKinds.kind("constraint booking: no_overlap EXCLUDE USING gist (during WITH &&)"))
                .as("exclusion constraints are in the model now").isNull();
        assertThat(UnsupportedKinds.kind("relation logs: logs p p partition by RANGE (created_at)"))
                .as("partitioning is in the model now").isNull();
        assertThat(UnsupportedKinds.kind("table sales: ) ENGINE=InnoDB PARTITION BY LIST (`region`)")).isNull();
        assertThat(UnsupportedKinds.kind("row security doc: true force=false")).isNull();
        assertThat(UnsupportedKinds.kind("type price: d numeric(10,2)")).as("domains are in the model now").isNull();
        assertThat(UnsupportedKinds.kind("type span: r double precision")).isEqualTo("range type");
        assertThat(UnsupportedKinds.kind("relation test_view: test_view v p comment='a view'")).isEqualTo("view");
        assertThat(UnsupportedKinds.kind("relation t: t r p comment='a table'")).isNull();
        assertThat(UnsupportedKinds.kind("type mood: e ('happy', 'sad')")).isNull();
        assertThat(UnsupportedKinds.kind("collation posix_c: c POSIX POSIX")).isEqualTo("collation");
        assertThat(UnsupportedKinds.kind("constraint account: account_pkey PRIMARY KEY (id)")).isNull();
        assertThat(UnsupportedKinds.kind("table t: KEY `ix_a` (`a`) USING BTREE COMMENT 'x'"))
                .as("secondary keys' options are in the model now").isNull();
        assertThat(UnsupportedKinds.kind("table t: UNIQUE KEY `uk` (`a`) KEY_BLOCK_SIZE=8")).isNull();
        assertThat(UnsupportedKinds.kind("table t: PRIMARY KEY (`id`) USING BTREE"))
                .as("a primary key's own USING is in the model now").isNull();
        assertThat(UnsupportedKinds.kind("table t: PRIMARY KEY (`id`) USING BTREE KEY_BLOCK_SIZE=8"))
                .as("a primary key's own KEY_BLOCK_SIZE is in the model now").isNull();
        assertThat(UnsupportedKinds.kind("table t: KEY `ix_a` (`a`) IGNORED COMMENT 'held by the model'")).isNull();
        assertThat(UnsupportedKinds.kind("table t: ) ENGINE=InnoDB ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8"))
                .as("table options are in the model").isNull();
        assertThat(UnsupportedKinds.kind("schema audit: entry r p (id bigint NOT NULL)"))
                .as("another schema's tables are in the model now").isNull();
        assertThat(UnsupportedKinds.kind("schema audit: type mood e ('a')")).isNull();
        assertThat(UnsupportedKinds.kind("schema audit: view v SELECT 1")).isNull();
        assertThat(UnsupportedKinds.kind("schema audit: v v p (a integer)")).isNull();
        assertThat(UnsupportedKinds.kind("schema audit: extension hstore 1.8"))
                .isEqualTo("extension in another schema");
        assertThat(UnsupportedKinds.kind("schema audit: f f p (a integer)"))
                .isEqualTo("foreign table in another schema");
        assertThat(UnsupportedKinds.kind("schema audit: log p p (id integer) partition by RANGE (id)"))
                .isEqualTo("partitioned table in another schema");
        assertThat(UnsupportedKinds.kind("schema audit: type span r integer"))
                .isEqualTo("range type in another schema");
        assertThat(UnsupportedKinds.kind("constraint item: item_owner_fkey FOREIGN KEY (owner) REFERENCES"
                + " audit.person(id)")).as("cross-schema foreign keys are in the model now").isNull();
        assertThat(UnsupportedKinds.kind("constraint item: item_owner_fkey FOREIGN KEY (owner) REFERENCES"
                + " person(id)")).as("a reference inside the managed schema").isNull();
    }

    private static final CatalogFingerprint NONE = new CatalogFingerprint(List.of());

    @Test
    void onlyDifferencesAreRefused() {
        CatalogFingerprint same = new CatalogFingerprint(List.of("rule t: ON INSERT DO NOTHING",
                "relation t: t r p"));
        UnsupportedKinds.refuseChanges(same, same, DatabaseKind.POSTGRESQL);

        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(same, new CatalogFingerprint(List.of(
                "rule t: ON INSERT DO INSTEAD NOTHING", "relation t: t r p")), DatabaseKind.POSTGRESQL))
                .satisfies(e -> assertNotPlanned(e, Map.of("rule", List.of("t"))));
    }

    @Test
    void anotherSchemasUnplannedKindsAreRefusedOnlyWhereTheDesiredSchemaHoldsIt() {
        CatalogFingerprint withAudit = new CatalogFingerprint(List.of("schema audit: schema",
                "schema audit: log r p (id integer NOT NULL)", "schema audit: view recent SELECT 1",
                "schema audit: extension hstore 1.8",
                "schema audit: rule CREATE RULE keep AS ON DELETE TO audit.log DO INSTEAD NOTHING;"));
        UnsupportedKinds.refuseChanges(withAudit, NONE, DatabaseKind.POSTGRESQL); // made by hand: left as it is

        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(NONE, withAudit, DatabaseKind.POSTGRESQL))
                .as("its table and view are planned; its extension and rule are refused, named")
                .satisfies(e -> assertNotPlanned(e, Map.of("extension in another schema", List.of("audit.hstore"),
                        "rule in another schema", List.of("audit.keep"))));
    }

    @Test
    void kindsADialectPlansAreNotRefusedBeforePlanning() {
        CatalogFingerprint current = new CatalogFingerprint(List.of("view v: SELECT 1", "function f: CREATE f"));
        CatalogFingerprint desired = new CatalogFingerprint(List.of("view v: SELECT 2", "function f: CREATE f2"));

        UnsupportedKinds.refuseChanges(current, desired, DatabaseKind.POSTGRESQL);
        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(current, desired, DatabaseKind.MARIADB))
                .as("MariaDB plans views, not PostgreSQL functions")
                .satisfies(e -> assertNotPlanned(e, Map.of("function", List.of("f"))));
        CatalogFingerprint events = new CatalogFingerprint(List.of("view v: SELECT 1", "routine r: FUNCTION () x",
                "event purge: RECURRING 1 DAY ENABLED DELETE FROM t"));
        assertThatCode(() -> UnsupportedKinds.refuseChanges(NONE, events, DatabaseKind.MARIADB))
                .as("MariaDB plans views, routines and events").doesNotThrowAnyException();
    }

    @Test
    void aDifferenceNothingPlannedIsRefusedByKindAndObject() {
        CatalogFingerprint current = new CatalogFingerprint(List.of("view v: SELECT 1", "type span: r integer",
                "constraint child: child_parent FOREIGN KEY (a) REFERENCES parent(a)", "row security doc: false",
                "schema audit: schema"));
        CatalogFingerprint desired = new CatalogFingerprint(List.of("view v: SELECT 2", "type span: r bigint",
                "constraint child: child_parent FOREIGN KEY (a) REFERENCES parent(a) MATCH FULL",
                "row security doc: true"));

        UnsupportedKinds.refuseUnplanned(current, current);
        assertThatThrownBy(() -> UnsupportedKinds.refuseUnplanned(current, desired))
                .satisfies(e -> assertNotPlanned(e, Map.of("view", List.of("v"), "range type", List.of("span"),
                        "constraint", List.of("child"), "row security", List.of("doc"))))
                .as("a schema the desired one does not hold is not managed").satisfies(e -> assertThat(
                        ((FailureDetails.NotPlanned) ((MigrationException) e).details().orElseThrow()).objects())
                        .doesNotContainKey("schema"));
    }

    @Test
    void initComparesTheKindsItsDialectPlans() {
        CatalogFingerprint live = new CatalogFingerprint(List.of("view v: SELECT 1", "relation v: v v p",
                "column v: a integer", "relation f: f f p", "column f: b integer", "rule t: ON INSERT DO NOTHING",
                "event e: ONE TIME x", "relation t: t r p"));

        assertThat(UnsupportedKinds.withoutSkipped(live, DatabaseKind.POSTGRESQL).lines())
                .as("views are adopted; a foreign table (with its columns), rules and events are skipped")
                .containsExactly("column v: a integer", "relation t: t r p", "relation v: v v p",
                        "view v: SELECT 1");
        assertThat(UnsupportedKinds.withoutSkipped(live, DatabaseKind.MARIADB).lines())
                .as("MariaDB plans events").contains("view v: SELECT 1", "event e: ONE TIME x")
                .doesNotContain("rule t: ON INSERT DO NOTHING");
    }

    private static void assertNotPlanned(Throwable thrown, Map<String, List<String>> objects) {
        assertThat(thrown).isInstanceOfSatisfying(MigrationException.class, e -> {
            assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
            assertThat(e.details()).get().isInstanceOfSatisfying(FailureDetails.NotPlanned.class,
                    details -> assertThat(details.objects()).containsExactlyEntriesOf(new TreeMap<>(objects)));
        });
    }
}
