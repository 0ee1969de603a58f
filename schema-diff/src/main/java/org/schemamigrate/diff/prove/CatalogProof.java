package org.schemamigrate.diff.prove;

import java.util.ArrayList;
import java.util.List;
import org.schemamigrate.diff.DiffErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.plan.Plan;

/** The proof's last word: the schema a migration reached must print exactly as its target does. */
public final class CatalogProof {
    /** Residual lines shown in the error; the rest are counted. */
    static final int SHOWN = 40;

    private CatalogProof() {
    }

    /**
     * The known equivalences, in one place. PostgreSQL: a varchar IN-list check written in its printed spelling
     * (as versions before the fingerprint proof wrote them) stores another expression tree than the IN list
     * itself, with the same meaning; the model compares them equal, so an existing one is not rewritten.
     */
    static boolean knownEquivalence(String residualLine) {
        return residualLine.startsWith("- constraint ") || residualLine.startsWith("+ constraint ")
                ? residualLine.contains(" CHECK (") && residualLine.contains("::character varying")
                : false;
    }

    /**
     * Fails with {@link DiffErrorCode#PROOF_FAILED}, naming the residual lines ({@code -} what the target has and the
     * reached schema lacks, {@code +} the other way), when the fingerprints differ. A residual line of a known
     * equivalence that was already there {@code before} the migration ran is not the migration's doing and is
     * left as it was. Other schemas the target (or the reached database) does not hold are not managed, so not
     * compared. A target without a fingerprint (read outside the scratch space) is judged by the model alone.
     */
    public static void require(CatalogFingerprint before, CatalogFingerprint reached, CatalogFingerprint target,
                               String direction, String targetName, Plan plan) {
        if (reached == null || target == null) {
            return;
        }
        List<String> residual = new ArrayList<>(reached.residual(target));
        // another schema one side lacks entirely is not managed (a difference in one the desired schema holds is
        // refused before planning); a down proven in a clone of the desired database never had it
        residual.removeIf(line -> UnsupportedKinds.unmanagedSchema(line.substring(2), target)
                || UnsupportedKinds.unmanagedSchema(line.substring(2), reached));
        if (before != null) {
            before.residual(target).stream().filter(CatalogProof::knownEquivalence).forEach(residual::remove);
        }
        if (residual.isEmpty()) {
            return;
        }
        StringBuilder shown = new StringBuilder();
        residual.stream().limit(SHOWN).forEach(line -> shown.append("  ").append(line).append('\n'));
        if (residual.size() > SHOWN) {
            shown.append("  … and ").append(residual.size() - SHOWN).append(" more\n");
        }
        throw new MigrationException(DiffErrorCode.PROOF_FAILED, "The generated " + direction + " migration ran but"
                + " the database it left does not print as " + targetName + ", so nothing was written. The catalog"
                + " still differs (- as " + targetName + ", + as reached):\n" + shown + "The plan was:\n"
                + plan.script() + "\nschemamigrate's model does not cover this difference yet; please report it"
                + " with both scripts.");
    }
}
