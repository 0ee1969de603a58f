package org.schemamigrate.diff.inspect.postgres;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ReferentialAction;

/** Turns catalog spellings (format_type, pg_get_constraintdef, action codes) into model values. */
final class PostgresTypeParser {

    private static final Pattern MODIFIERS = Pattern.compile("^([^(]*)\\((\\d+)(?:,(\\d+))?\\)(.*)$");

    private PostgresTypeParser() {
    }

    /**
     * @param formatted  format_type output, e.g. "character varying(255)[]" or "timestamp(6) with time zone"
     * @param baseName   the element type's raw name, for user-defined types
     * @param baseKind   pg_type.typtype of the element type: 'b' base, 'e' enum, 'd' domain, 'c' composite
     * @param baseSchema the element type's schema
     */
    static ColumnType parse(String formatted, String baseName, String baseKind, String baseSchema, boolean array) {
        boolean userDefined = !"b".equals(baseKind) || !"pg_catalog".equals(baseSchema);
        if (userDefined) {
            return new ColumnType(baseName, null, null, null, array, true);
        }
        String text = array && formatted.endsWith("[]") ? formatted.substring(0, formatted.length() - 2) : formatted;
        Matcher m = MODIFIERS.matcher(text);
        if (!m.matches()) {
            return new ColumnType(text, null, null, null, array, false);
        }
        String name = (m.group(1) + m.group(4)).strip();
        int first = Integer.parseInt(m.group(2));
        Integer second = m.group(3) == null ? null : Integer.parseInt(m.group(3));
        boolean lengthType = name.equals("character varying") || name.equals("character") || name.startsWith("bit");
        return lengthType
                ? new ColumnType(name, first, null, null, array, false)
                : new ColumnType(name, null, first, second, array, false);
    }

    /** pg_get_constraintdef gives "CHECK (expr)" with optional trailing options; the model keeps expr. */
    static String checkExpression(String definition) {
        String text = definition.strip();
        if (noInherit(text)) {
            text = text.substring(0, text.length() - NO_INHERIT.length()).strip();
        }
        if (text.startsWith("CHECK (")) {
            int end = text.lastIndexOf(')');
            return text.substring("CHECK (".length(), end).strip();
        }
        return text;
    }

    private static final String NO_INHERIT = " NO INHERIT";

    /** Whether a check's definition ends in NO INHERIT (as pg_get_constraintdef prints it). */
    static boolean noInherit(String definition) {
        return definition != null && definition.strip().endsWith(NO_INHERIT);
    }

    static ReferentialAction action(String code) {
        return switch (code) {
            case "r" -> ReferentialAction.RESTRICT;
            case "c" -> ReferentialAction.CASCADE;
            case "n" -> ReferentialAction.SET_NULL;
            case "d" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }

    /** pg_index.indoption bits: 1 = DESC, 2 = NULLS FIRST; the defaults are ASC NULLS LAST and DESC NULLS FIRST. */
    static String ordering(int option) {
        boolean descending = (option & 1) != 0;
        boolean nullsFirst = (option & 2) != 0;
        if (descending) {
            return nullsFirst ? "DESC" : "DESC NULLS LAST";
        }
        return nullsFirst ? "NULLS FIRST" : "";
    }
}
