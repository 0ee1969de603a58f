package org.schemamigrate.diff.prove;

import java.util.List;
import java.util.Map;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.diff.SchemaDiffer;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.Column;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.plan.Plan;
import org.schemamigrate.diff.plan.Planner;

/**
 * The proof stage, shared by diff, check and init: each generated file runs as written (header, lock timeout
 * and all) in one scratch namespace of the dev database, which must then inspect equal to the schema the file
 * promises. Any failure or residual difference stops the workflow before anything is written.
 */
public final class Proof {

    /**
     * One file to prove.
     *
     * @param text       the file's text as it will be written
     * @param plan       the plan in it, shown when the proof fails
     * @param target     the schema the namespace must inspect equal to afterwards
     * @param direction  "up", "down", "up (name_concurrently)", … for messages
     * @param targetName what {@code target} is, for messages ("the desired schema")
     * @param columnOrder per table, the column order the file's header declares it reaches where that differs
     *                    from the target's (PostgreSQL appends added columns); every other table must reach the
     *                    target's order
     */
    public record Claim(String text, Plan plan, Schema target, String direction, String targetName,
                        Map<String, List<String>> columnOrder) {
        public Claim {
            columnOrder = columnOrder == null ? Map.of() : Map.copyOf(columnOrder);
        }

        /** A claim that every table reaches its target's column order. */
        public Claim(String text, Plan plan, Schema target, String direction, String targetName) {
            this(text, plan, target, direction, targetName, null);
        }
    }

    private final ScratchSpace scratch;
    private final String space;
    private final DiffDialect dialect;
    private final SchemaDiffer differ;
    private final Planner planner;
    /** What the namespace prints as last read (null: unknown, read again before the next proof). */
    private CatalogFingerprint known;
    /** Whether other schemas are left out of the comparison (entities as the desired schema cannot hold them). */
    private boolean managedOnly;

    /**
     * Proves in {@code space}, which must hold the schema the first file starts from; a residual difference is
     * shown as the SQL {@code planner} would write for it.
     */
    public Proof(ScratchSpace scratch, String space, DiffDialect dialect, Planner planner) {
        this(scratch, space, dialect, planner, null);
    }

    /**
     * A proof in {@code space} that still holds {@code holding} exactly as {@code scratch} inspected it there, so
     * its catalog is not read again before the first file runs.
     */
    public Proof(ScratchSpace scratch, String space, DiffDialect dialect, Planner planner, Schema holding) {
        this.scratch = scratch;
        this.space = space;
        this.dialect = dialect;
        this.differ = dialect.differ();
        this.planner = planner;
        this.known = holding == null ? null : scratch.fingerprintOf(holding);
    }

    /** This proof comparing the managed schema alone: other schemas stay as they are and are not its concern. */
    public Proof managedOnly(boolean yes) {
        managedOnly = yes;
        return this;
    }

    /** Runs the claim's text and requires the namespace to inspect equal to its target. */
    public void prove(Claim claim) {
        // what the namespace printed before: a known equivalence already there is not this file's doing
        CatalogFingerprint before = scratch.fingerprintOf(claim.target()) == null ? null
                : known != null ? known : scratch.fingerprint(space);
        run(claim.text(), claim.plan(), claim.direction());
        Schema reached = inspect();
        List<SchemaChange> residual = differ.diff(reached, claim.target());
        if (!residual.isEmpty()) {
            String remaining = planner.plan(residual).script();
            throw new MigrationException(DiffErrorCode.PROOF_FAILED, "The generated " + claim.direction()
                    + " migration ran but did not reach " + claim.targetName() + " exactly, so nothing was written."
                    + " Still different, as the SQL that would remain:\n" + remaining + "\nThe plan was:\n"
                    + claim.plan().script() + "\nThis is a bug in schemamigrate's differ or planner; please report"
                    + " it with both scripts.", new FailureDetails.ProofFailed(claim.direction(), remaining), null);
        }
        requireColumnOrder(reached, claim);
        // the model agreeing is not enough: what the server prints for both must be the same too
        CatalogProof.require(before, scratch.fingerprintOf(reached), scratch.fingerprintOf(claim.target()),
                claim.direction(), claim.targetName(), claim.plan());
    }

    /** The model compares columns by name; their order must be the target's, or the one the header declares. */
    private static void requireColumnOrder(Schema reached, Claim claim) {
        for (Table table : reached.tables()) {
            List<String> wanted = claim.columnOrder().get(table.name());
            if (wanted == null) {
                wanted = claim.target().table(table.name()).map(Proof::columns).orElse(null);
            }
            List<String> order = columns(table);
            if (wanted != null && !order.equals(wanted)) {
                String residual = "columns of " + table.name() + " in the order " + String.join(", ", order)
                        + ", expected " + String.join(", ", wanted);
                throw new MigrationException(DiffErrorCode.PROOF_FAILED, "The generated " + claim.direction()
                        + " migration ran but left the " + residual + ", so nothing was written.\nThe plan was:\n"
                        + claim.plan().script() + "\nThis is a bug in schemamigrate's planner; please report it"
                        + " with both scripts.", new FailureDetails.ProofFailed(claim.direction(), residual), null);
            }
        }
    }

    private static List<String> columns(Table table) {
        return table.columns().stream().map(Column::name).toList();
    }

    /** Runs a file's text without comparing (a first file whose result the next one is proven from). */
    public void run(String text, Plan plan, String direction) {
        known = null;
        try {
            scratch.execute(space, text, "the generated " + direction + " migration");
        } catch (ScratchSpace.ScriptFailure e) {
            String noCast = NoCast.advice(e);
            throw new MigrationException(DiffErrorCode.PROOF_FAILED, "The generated " + direction + " migration"
                    + " failed on the dev database, so nothing was written: " + e.getMessage() + "\n"
                    + (noCast == null ? "" : noCast + "\n") + "The plan was:\n" + plan.script()
                    + (noCast == null ? "\nThis is a bug in schemamigrate's planner; please report it with the plan."
                    : ""), new FailureDetails.ProofFailed(direction, e.getMessage()), e);
        }
    }

    /** The namespace's schema as the proven files have left it. */
    public Schema inspect() {
        Schema reached = scratch.inspect(space, dialect::inspector);
        known = scratch.fingerprintOf(reached);
        return managedOnly ? scratch.narrowed(reached, reached.managedOnly()) : reached;
    }
}
