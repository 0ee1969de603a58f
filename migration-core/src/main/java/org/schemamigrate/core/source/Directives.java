package org.schemamigrate.core.source;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;

/**
 * Directives are comment lines {@code -- migration:<name>} at the top of a file, before its first statement.
 * An unknown directive is an error, so a typo never silently changes how a migration runs.
 *
 * @param noTransaction     {@code -- migration:no-transaction}: run the file outside a transaction
 * @param allowDestructive  {@code -- migration:allow-destructive}: the file was reviewed, its destructive
 *                          statements (drop table, drop column, …) may run without migration.allowDestructive
 * @param empty             {@code -- migration:empty}: the file has no statement on purpose (without it, a file
 *                          that is empty or holds only comments is refused)
 * @param destructiveStatements {@code -- migration:destructive 3,7}: the statements a generated file's header
 *                          calls destructive (the diff knows, from the schemas, risks the SQL alone does not
 *                          show, such as a narrowing type change); the runner refuses them like any other
 *                          destructive statement
 */
public record Directives(boolean noTransaction, boolean allowDestructive, boolean empty,
                         List<Integer> destructiveStatements) {
    public static final Directives NONE = new Directives(false, false, false);
    public static final String ALLOW_DESTRUCTIVE = "-- migration:allow-destructive";
    public static final String EMPTY = "-- migration:empty";
    public static final String NO_TRANSACTION = "-- migration:no-transaction";
    /** Followed by statement numbers: {@code -- migration:destructive 3,7}. */
    public static final String DESTRUCTIVE = "-- migration:destructive";
    static final String PREFIX = "-- migration:";
    private static final List<String> KNOWN = List.of("no-transaction", "allow-destructive", "empty",
            "destructive <statement numbers>");

    public Directives(boolean noTransaction, boolean allowDestructive) {
        this(noTransaction, allowDestructive, false);
    }

    public Directives(boolean noTransaction, boolean allowDestructive, boolean empty) {
        this(noTransaction, allowDestructive, empty, List.of());
    }

    public Directives {
        destructiveStatements = destructiveStatements == null ? List.of() : List.copyOf(destructiveStatements);
    }

    /** The directive line marking these statements (numbers in the file, from 1) as destructive. */
    public static String destructive(List<Integer> statements) {
        return DESTRUCTIVE + " " + String.join(",", statements.stream().map(String::valueOf).toList());
    }

    /** Reads the directives from the leading comment and blank lines of a script. */
    public static Directives parse(String content, String fileName) {
        boolean noTransaction = false;
        boolean allowDestructive = false;
        boolean empty = false;
        List<Integer> destructive = new ArrayList<>();
        String[] lines = content.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (!line.startsWith("--")) {
                break;
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (!lower.startsWith(PREFIX)) {
                continue;
            }
            String name = lower.substring(PREFIX.length()).strip();
            if (name.equals("no-transaction")) {
                noTransaction = true;
            } else if (name.equals("allow-destructive")) {
                allowDestructive = true;
            } else if (name.equals("empty")) {
                empty = true;
            } else if (name.matches("destructive\\s+\\d+(\\s*,\\s*\\d+)*")) {
                for (String number : name.substring("destructive".length()).split(",")) {
                    destructive.add(Integer.parseInt(number.strip()));
                }
            } else {
                throw new MigrationException(CoreErrorCode.INVALID_DIRECTORY, fileName + " line " + (i + 1)
                        + ": unknown directive '" + line + "'. Known directives: "
                        + String.join(", ", KNOWN.stream().map(k -> PREFIX + k).toList())
                        + ". Fix the spelling, or write it as an ordinary comment (not starting with '"
                        + PREFIX + "').");
            }
        }
        return new Directives(noTransaction, allowDestructive, empty, destructive);
    }
}
