package org.schemamigrate.diff.plan.mysql;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.change.SchemaChange.ConstraintKind;
import org.schemamigrate.diff.change.SchemaChange.RenameConstraint;
import org.schemamigrate.diff.change.SchemaChange.RenameIndex;

/**
 * MySQL and MariaDB compare index names without case: dropped and added again in one ALTER under a spelling that
 * differs only in case, an unchanged index keeps its old spelling, and a case-only {@code RENAME INDEX} is not
 * safe on every server (MariaDB's MDEV-34591 left the old spelling, MDEV-34951 a mismatched InnoDB index). So an
 * index or unique key renamed only in case goes through a temporary name, in two statements: the first rename
 * with the table's other renames, the second in a statement of its own right after them (one ALTER cannot rename
 * a key twice).
 */
final class MySqlCaseRenames {
    private static final int MAX_NAME = 64;

    private final Set<SchemaChange> secondSteps = new HashSet<>();

    /** The changes with each case-only key rename split in two through a temporary name. */
    List<SchemaChange> expand(List<SchemaChange> changes) {
        List<SchemaChange> expanded = new ArrayList<>();
        for (SchemaChange change : changes) {
            if (change instanceof RenameIndex c && caseOnly(c.from(), c.to())) {
                String temporary = temporary(c.to());
                expanded.add(new RenameIndex(c.table(), c.from(), temporary));
                second(expanded, new RenameIndex(c.table(), temporary, c.to()));
            } else if (change instanceof RenameConstraint c && c.kind() == ConstraintKind.UNIQUE
                    && caseOnly(c.from(), c.to())) {
                String temporary = temporary(c.to());
                expanded.add(new RenameConstraint(c.table(), c.kind(), c.from(), temporary));
                second(expanded, new RenameConstraint(c.table(), c.kind(), temporary, c.to()));
            } else {
                expanded.add(change);
            }
        }
        return expanded;
    }

    /** True for the rename from the temporary name to the final spelling, which needs its own statement. */
    boolean secondStep(SchemaChange change) {
        return secondSteps.contains(change);
    }

    private void second(List<SchemaChange> expanded, SchemaChange change) {
        expanded.add(change);
        secondSteps.add(change);
    }

    private static boolean caseOnly(String from, String to) {
        return !from.equals(to) && from.equalsIgnoreCase(to);
    }

    /** A name no key of the table takes in practice, within MySQL's 64 characters. */
    private static String temporary(String name) {
        String suffix = "_case_" + Integer.toHexString(name.hashCode() & 0xfffff);
        String base = name.toLowerCase(Locale.ROOT);
        return base.substring(0, Math.min(base.length(), MAX_NAME - suffix.length())) + suffix;
    }
}
