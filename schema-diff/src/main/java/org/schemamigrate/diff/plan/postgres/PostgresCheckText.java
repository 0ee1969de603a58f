package org.schemamigrate.diff.plan.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text a check is created from. PostgreSQL's printed text is not always a fixed point: {@code x IN ('A','B')}
 * on a varchar column (Hibernate's STRING enum check) prints as
 * {@code (x)::text = ANY ((ARRAY['A'::character varying, ...])::text[])}, and that text, run again, stores the
 * casts inside the elements, which prints differently. Written back as the IN list, it stores what was printed.
 */
final class PostgresCheckText {
    private static final Pattern VARCHAR_IN = Pattern.compile("\\(*(\\(?(?:\\w+|\"(?:[^\"]|\"\")+\")\\)?)::text"
            + " = ANY \\(\\(?ARRAY\\[((?:'(?:[^']|'')*'::character varying(?:, )?)+)\\]\\)?::text\\[\\]\\)\\)*");
    private static final Pattern ELEMENT_CAST = Pattern.compile("('(?:[^']|'')*')::character varying");

    private PostgresCheckText() {
    }

    static String of(String printed) {
        Matcher in = VARCHAR_IN.matcher(printed.strip());
        if (!in.matches() || depth(printed) != 0) {
            return printed;
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
