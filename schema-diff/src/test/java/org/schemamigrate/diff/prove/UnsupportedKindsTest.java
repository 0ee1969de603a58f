package org.schemamigrate.diff.prove;

import org.schemamigrate.core.CoreErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
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
                .isEqualTo("index option (USING BTREE, KEY_BLOCK_SIZE)");
        assertThat(UnsupportedKinds.kind("table t: PRIMARY KEY (`id`) USING BTREE"))
                .isEqualTo("index option (USING BTREE, KEY_BLOCK_SIZE)");
        assertThat(UnsupportedKinds.kind("table t: UNIQUE KEY `uk` (`a`) KEY_BLOCK_SIZE=8"))
                .isEqualTo("index option (USING BTREE, KEY_BLOCK_SIZE)");
        assertThat(UnsupportedKinds.kind("table t: KEY `ix_a` (`a`) IGNORED COMMENT 'held by the model'")).isNull();
        assertThat(UnsupportedKinds.kind("table t: ) ENGINE=InnoDB ROW_FORMAT=COMPRESSED KEY_BLOCK_SIZE=8"))
                .as("table options are in the model").isNull();
        assertThat(UnsupportedKinds.kind("schema audit: entry r (id bigint NOT NULL)"))
                .isEqualTo("schema other than the managed one");
        assertThat(UnsupportedKinds.kind("constraint item: item_owner_fkey FOREIGN KEY (owner) REFERENCES"
                + " audit.person(id)")).isEqualTo("cross-schema foreign key");
        assertThat(UnsupportedKinds.kind("constraint item: item_owner_fkey FOREIGN KEY (owner) REFERENCES"
                + " \"Audit.x\".person(id)")).isEqualTo("cross-schema foreign key");
        assertThat(UnsupportedKinds.kind("constraint item: item_owner_fkey FOREIGN KEY (owner) REFERENCES"
                + " person(id)")).as("a reference inside the managed schema").isNull();
    }

    @Test
    void onlyDifferencesAreRefused() {
        CatalogFingerprint same = new CatalogFingerprint(List.of("view v: SELECT 1", "relation t: t r p"));
        UnsupportedKinds.refuseChanges(same, same);

        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(same, new CatalogFingerprint(List.of(
                "view v: SELECT 2", "relation t: t r p"))))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("kinds not supported yet (view)", "view: v");
                });
    }

    @Test
    void anotherSchemaIsRefusedOnlyWhereTheDesiredSchemaHoldsIt() {
        CatalogFingerprint withAudit = new CatalogFingerprint(List.of("schema audit: schema",
                "schema audit: log r (id integer NOT NULL)"));
        CatalogFingerprint without = new CatalogFingerprint(List.of());
        UnsupportedKinds.refuseChanges(withAudit, without); // made by hand, unmanaged: left as it is

        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(without, withAudit))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("schema other than the managed one: audit");
                });
    }

    @Test
    void kindsPostgresPlansAreNotRefusedThereButADifferenceNothingPlannedIsRefused() {
        CatalogFingerprint current = new CatalogFingerprint(List.of("view v: SELECT 1", "function f: CREATE f"));
        CatalogFingerprint desired = new CatalogFingerprint(List.of("view v: SELECT 2", "function f: CREATE f2"));

        UnsupportedKinds.refuseChanges(current, desired, DatabaseKind.POSTGRESQL);
        assertThatThrownBy(() -> UnsupportedKinds.refuseChanges(current, desired, DatabaseKind.MARIADB))
                .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(e.getMessage())
                        .as("MariaDB plans views, not functions").contains("function: f").doesNotContain("view: v"));
        CatalogFingerprint events = new CatalogFingerprint(List.of("view v: SELECT 1", "routine r: FUNCTION () x",
                "event purge: RECURRING 1 DAY ENABLED DELETE FROM t"));
        assertThatCode(() -> UnsupportedKinds.refuseChanges(new CatalogFingerprint(List.of()), events,
                DatabaseKind.MARIADB)).as("MariaDB plans views, routines and events").doesNotThrowAnyException();
        assertThatThrownBy(() -> UnsupportedKinds.refuseUnplanned(current, desired))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("function: f", "view: v");
                });
    }
}
