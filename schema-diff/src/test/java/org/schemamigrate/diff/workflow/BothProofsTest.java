package org.schemamigrate.diff.workflow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.testing.DatabaseTest;
import org.schemamigrate.core.testing.TestDatabase;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.prove.Proof;

/**
 * Up in the current namespace and down in a clone of the desired one, at the same time: each proof still decides
 * alone, a failing one is reported with its direction, and the current namespace ends where up leaves it.
 */
class BothProofsTest {
    private static final String CURRENT = "CREATE TABLE item (id INT PRIMARY KEY);\n";
    private static final String DESIRED = "CREATE TABLE item (id INT PRIMARY KEY, name VARCHAR(40));\n";
    private static final String UP = "ALTER TABLE item ADD COLUMN name VARCHAR(40);\n";
    private static final String DOWN = "ALTER TABLE item DROP COLUMN name;\n";
    private static final Plan PLAN = new Plan(List.of());

    private final List<String> phases = new CopyOnWriteArrayList<>();
    private final PhaseListener recorder = new PhaseListener() {
        @Override
        public void started(String phase) {
        }

        @Override
        public void ended(String phase, long millis) {
            phases.add(phase);
        }
    };

    private record Spaces(ScratchSpace scratch, DiffDialect dialect, String current, Schema currentSchema,
                          String desired, Schema desiredSchema) {
        Proof on(String space) {
            return new Proof(scratch, space, dialect, dialect.planner());
        }

        Proof downOnClone() {
            return on(scratch.createFrom("downproof", desired));
        }
    }

    private static Spaces spaces(ScratchSpace scratch) {
        DiffDialect dialect = DiffDialect.of(scratch.features());
        String current = scratch.create("current");
        scratch.execute(current, CURRENT, "current");
        String desired = scratch.create("desired");
        scratch.execute(desired, DESIRED, "desired");
        return new Spaces(scratch, dialect, current, scratch.inspect(current, dialect::inspector), desired,
                scratch.inspect(desired, dialect::inspector));
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void bothPassAndTheCurrentNamespaceReachesTheDesiredSchema(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            Spaces s = spaces(scratch);
            Proof up = s.on(s.current());
            BothProofs.prove(recorder, up, new Proof.Claim(UP, PLAN, s.desiredSchema(), "up", "the desired schema"),
                    s::downOnClone, new Proof.Claim(DOWN, PLAN, s.currentSchema(), "down", "the current schema"));
            assertThat(phases).as("ended in a fixed order").containsExactly("proving up", "proving down");
            assertThat(s.dialect().differ().diff(up.inspect(), s.desiredSchema())).isEmpty();
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void aDownThatFallsShortFailsWithItsDirection(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            Spaces s = spaces(scratch);
            assertThatThrownBy(() -> BothProofs.prove(recorder, s.on(s.current()), new Proof.Claim(UP, PLAN,
                    s.desiredSchema(), "up", "the desired schema"), s::downOnClone, new Proof.Claim("-- nothing\n",
                    PLAN, s.currentSchema(), "down", "the current schema")))
                    .isInstanceOfSatisfying(MigrationException.class, e -> {
                        assertThat(e.code()).isEqualTo(DiffErrorCode.PROOF_FAILED);
                        assertThat(((FailureDetails.ProofFailed) e.details().orElseThrow()).direction())
                                .isEqualTo("down");
                    });
        }
    }

    @DatabaseTest(DatabaseKind.POSTGRESQL)
    void whenBothFailUpIsReportedAndWithoutACloneDownFollowsUpInOneNamespace(TestDatabase dev) {
        try (ScratchSpace scratch = new ScratchSpace(dev.dataSource(), dev.kind())) {
            Spaces s = spaces(scratch);
            assertThatThrownBy(() -> BothProofs.prove(recorder, s.on(s.current()), new Proof.Claim("-- nothing\n",
                    PLAN, s.desiredSchema(), "up", "the desired schema"), s::downOnClone, new Proof.Claim(
                    "-- nothing\n", PLAN, s.currentSchema(), "down", "the current schema")))
                    .isInstanceOfSatisfying(MigrationException.class, e -> assertThat(
                            ((FailureDetails.ProofFailed) e.details().orElseThrow()).direction()).isEqualTo("up"));

            Spaces t = spaces(new ScratchSpace(dev.dataSource(), dev.kind()));
            try (ScratchSpace ignored = t.scratch()) {
                BothProofs.prove(recorder, t.on(t.current()), new Proof.Claim(UP, PLAN, t.desiredSchema(), "up",
                        "the desired schema"), () -> null, new Proof.Claim(DOWN, PLAN, t.currentSchema(), "down",
                        "the current schema"));
            }
        }
    }
}
