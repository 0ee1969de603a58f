package org.schemamigrate.diff.plan.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a check is created from. PostgreSQL's printed text is not always a fixed point: {@code x IN ('A','B')}
 * on a varchar column (Hibernate's STRING enum check) prints as
 * {@code (x)::text = ANY ((ARRAY['A'::character varying, ...])::text[])}, and that text, run again, stores the
 * casts inside the elements, which prints differently. Written back as the IN list, it stores what was printed;
 * also where the list is part of a larger condition.
 */
final class PostgresCheckText {
    private static final Pattern VARCHAR_IN = Pattern.compile("\\(*(\\(?(?:\\w+|\"(?:[^\"]|\"\")+\")\\)?)::text"
            + " = ANY \\(\\(?ARRAY\\[((?:'(?:[^']|'')*'::character varying(?:, )?)+)\\]\\)?::text\\[\\]\\)\\)*");
    private static final String COLUMN = "(?:\\w+|\"(?:[^\"]|\"\")+\")";
    private static final String ELEMENTS = "(?:'(?:[^']|'')*'::character varying(?:, )?)+";
    /** The same list inside a larger condition ({@code x IN (...) OR x IS NULL}), printed plain or pretty. */
    private static final Pattern EMBEDDED_VARCHAR_IN = Pattern.compile("(?<![\\w\".])(?:\\((" + COLUMN + ")\\)|("
            + COLUMN + "))::text = ANY \\((?:\\(ARRAY\\[(" + ELEMENTS + ")\\]\\)|ARRAY\\[(" + ELEMENTS
            + ")\\])::text\\[\\]\\)");
    private static final Pattern ELEMENT_CAST = Pattern.compile("('(?:[^']|'')*')::character varying");

    private PostgresCheckText() {
    }

    static String of(String printed) {
        Matcher in = VARCHAR_IN.matcher(printed.strip());
        if (!in.matches() || depth(printed) != 0) {
            return EMBEDDED_VARCHAR_IN.matcher(printed).replaceAll(list -> Matcher.quoteReplacement(
                    (list.group(1) != null ? list.group(1) : list.group(2)) + " IN ("
                    + ELEMENT_CAST.matcher(list.group(3) != null ? list.group(3) : list.group(4))
                    .replaceAll("$1") + ")"));
        }
        String column = in.group(1).replaceAll("^\\(+|\\)+$", "");
        return column + " IN (" + ELEMENT_CAST.matcher(in.group(2)).replaceAll("$1") + ")";
    }

    private static int depth(String text) {
        int depth = 0;
        boolean quoted = false;
        for (char c : text.toCharArray()) {
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted) {
                depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            }
        }
        return depth;
    }
}
