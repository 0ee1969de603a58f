package org.schemamigrate.diff.prove;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.regex.Pattern;
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

    private static final Pattern TIME_PRECISION_SIX = Pattern.compile(
            "\\b(timestamp|time)\\(6\\)( with(?:out)? time zone)");
    private static final Pattern NO_ACTION = Pattern.compile(" ON (?:UPDATE|DELETE) NO ACTION\\b");
    /**
     * Spellings the server prints differently for the same behaviour, each reduced to one form (the differ treats
     * them as the same, so the diff never rewrites one into the other). PostgreSQL: a time type without precision
     * and with precision 6 (microseconds, the most it keeps: the values are the same). MySQL/MariaDB: a foreign
     * key's explicit {@code ON UPDATE/ON DELETE NO ACTION}, InnoDB's default (it prints only the one written).
     */
    private static final List<UnaryOperator<String>> EQUIVALENT_SPELLINGS = List.of(
            line -> TIME_PRECISION_SIX.matcher(line).replaceAll("$1$2"),
            line -> NO_ACTION.matcher(line).replaceAll(""));

    /**
     * {@code residual} without the pairs of lines ({@code -} and {@code +}) that differ only by an equivalent
     * spelling: anything else on such a line still counts.
     */
    static List<String> withoutEquivalentSpellings(List<String> residual) {
        Map<String, List<String>> expected = new HashMap<>();
        for (String line : residual) {
            if (line.startsWith("- ")) {
                expected.computeIfAbsent(spelledAlike(line.substring(2)), k -> new ArrayList<>()).add(line);
            }
        }
        List<String> kept = new ArrayList<>(residual);
        for (String line : residual) {
            if (line.startsWith("+ ")) {
                List<String> twins = expected.get(spelledAlike(line.substring(2)));
                if (twins != null && !twins.isEmpty()) {
                    kept.remove(twins.remove(0));
                    kept.remove(line);
                }
            }
        }
        return kept;
    }

    /** {@code line} with every equivalent spelling reduced to one form (also for the tests' dump oracles). */
    public static String spelledAlike(String line) {
        String alike = line;
        for (var spelling : EQUIVALENT_SPELLINGS) {
            alike = spelling.apply(alike);
        }
        return alike;
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
        List<String> residual = withoutEquivalentSpellings(reached.residual(target));
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
