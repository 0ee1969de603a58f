package org.schemamigrate.diff.workflow;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.inspect.Exclusions;
import org.schemamigrate.diff.prove.CatalogFingerprint;

/**
 * Schemas other than the managed one that the current schema has and a SQL desired schema does not mention at all.
 * The script cannot say whether it means "drop that schema" or "not mine" (a project's migrations may touch only
 * its own schema), and dropping a whole schema on an omission would lose its data; so the diff refuses, naming
 * it, rather than drop it or report "up to date" while the two differ. With entities as the desired schema such
 * schemas are the migrations' own and stay (entities cannot express them); a schema the desired script does hold
 * is compared and refused by kind where it differs ({@code UnsupportedKinds}).
 */
final class OtherSchemas {
    /** The kind {@link FailureDetails.NotPlanned} names these schemas under. */
    static final String KIND = "schema";

    private OtherSchemas() {
    }

    static void refuseUnmentioned(CatalogFingerprint current, CatalogFingerprint desired) {
        if (current == null || desired == null) {
            return;
        }
        Set<String> missing = names(current);
        missing.removeAll(names(desired));
        if (!missing.isEmpty()) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Schema " + String.join(", ", missing)
                    + " exists in the current schema but not in the desired one: schemamigrate does not manage it,"
                    + " and will not drop it on an omission. Add its name to " + Exclusions.SETTING + " to leave it"
                    + " alone, or create it in the desired script as it should be. Nothing was written.",
                    new FailureDetails.NotPlanned(new TreeMap<>(Map.of(KIND, List.copyOf(missing)))), null);
        }
    }

    private static Set<String> names(CatalogFingerprint fingerprint) {
        Set<String> names = new TreeSet<>();
        for (String line : fingerprint.lines()) {
            int colon = line.indexOf(": ");
            if (line.startsWith("schema ") && colon > 0 && line.substring(colon + 2).equals("schema")) {
                names.add(line.substring("schema ".length(), colon));
            }
        }
        return names;
    }
}
