package org.schemamigrate.diff.prove;

import org.schemamigrate.diff.DiffErrorCode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;

/** The proof stage on its own, on the real servers: it passes only when a file reaches its target exactly. */
class ProofTest {
    private static final String TABLE = "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40) NOT NULL);\n";

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void aFileThatReachesItsTargetIsProvenAndLeavesTheNamespaceThere(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            DiffDialect dialect = DiffDialect.of(scratch.features());
            Schema target = built(scratch, dialect, TABLE);
            String space = scratch.create("proof");
            Proof proof = new Proof(scratch, space, dialect, dialect.planner());
            Plan up = dialect.planner().plan(dialect.differ().diff(proof.inspect(), target));

            proof.prove(new Proof.Claim("-- a header\n" + up.script(), up, target, "up", "the target"));

            assertThat(dialect.differ().diff(proof.inspect(), target)).isEmpty();
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void aFileThatFallsShortOfItsTargetFailsTheProof(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            DiffDialect dialect = DiffDialect.of(scratch.features());
            Schema target = built(scratch, dialect, TABLE);
            Proof proof = new Proof(scratch, scratch.create("proof"), dialect, dialect.planner());
            Plan nothing = new Plan(List.of());

            assertThatThrownBy(() -> proof.prove(new Proof.Claim("-- nothing\n", nothing, target, "up", "the target")))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.code()).isEqualTo(DiffErrorCode.PROOF_FAILED));
        }
    }

    @DatabaseTest({DatabaseKind.POSTGRESQL, DatabaseKind.MARIADB})
    void aFileThatTheServerRejectsFailsTheProof(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            DiffDialect dialect = DiffDialect.of(scratch.features());
            Proof proof = new Proof(scratch, scratch.create("proof"), dialect, dialect.planner());
            Plan nothing = new Plan(List.of());

            assertThatThrownBy(() -> proof.run("DROP TABLE no_such_table;\n", nothing, "down"))
                    .isInstanceOfSatisfying(MigrationException.class,
                            e -> assertThat(e.code()).isEqualTo(DiffErrorCode.PROOF_FAILED));
        }
    }

    private static Schema built(ScratchSpace scratch, DiffDialect dialect, String ddl) {
        String space = scratch.create("target");
        scratch.execute(space, ddl, "the target");
        return scratch.inspect(space, dialect::inspector);
    }
}
