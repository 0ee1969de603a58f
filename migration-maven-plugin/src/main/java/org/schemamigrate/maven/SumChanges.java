package org.schemamigrate.maven;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.source.SumFile;

/** What migration:hash changed in migration.sum, one line per file, so that a blessed edit is never silent. */
final class SumChanges {
    private SumChanges() {
    }

    static List<String> between(SumFile before, SumFile after) {
        Map<String, String> old = before == null ? Map.of() : before.entries();
        List<String> lines = new ArrayList<>();
        after.entries().forEach((file, sum) -> {
            String previous = old.get(file);
            if (previous == null) {
                lines.add(file + " (new)");
            } else if (SumFile.TO_BE_FILLED_IN.equals(previous)) {
                lines.add(file + " (filled in since migration:create)");
            } else if (!previous.equals(sum)) {
                lines.add(file + " (edited)");
            }
        });
        old.keySet().stream().filter(file -> !after.entries().containsKey(file))
                .forEach(file -> lines.add(file + " (removed)"));
        return lines;
    }
}
