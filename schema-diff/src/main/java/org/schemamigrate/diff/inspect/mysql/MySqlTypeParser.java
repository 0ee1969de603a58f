package org.schemamigrate.diff.inspect.mysql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.ReferentialAction;

/**
 * Turns information_schema spellings into the model. An integer's display width is kept only where it is not the
 * server's default ({@code int(11)} means none was written): it changes nothing stored, but MariaDB prints it
 * back, and {@code tinyint(1)} is how BOOLEAN is stored (drivers map only that width to Boolean). MySQL 8.0.19
 * stopped printing widths but for {@code tinyint(1)}.
 */
final class MySqlTypeParser {
    private static final Set<String> LENGTH_TYPES = Set.of("char", "varchar", "binary", "varbinary");
    /** MariaDB's (and MySQL 5.7's) display width of each integer type when none is written, signed. */
    private static final Map<String, Integer> INTEGER_WIDTHS = Map.of("tinyint", 4, "smallint", 6, "mediumint", 9,
            "int", 11, "bigint", 20);
    private static final Set<String> TIME_TYPES = Set.of("datetime", "timestamp", "time");
    private static final Set<String> TEXT_TYPES = Set.of("char", "varchar", "tinytext", "text", "mediumtext",
            "longtext", "enum", "set");
    private static final Pattern CURRENT_TIMESTAMP = Pattern.compile("(?i)current_timestamp(\\(\\d?\\))?");
    private static final Pattern ON_UPDATE = Pattern.compile("(?i)on update (\\S+)");

    private MySqlTypeParser() {
    }

    /**
     * {@code dataType} is DATA_TYPE ("int", "varchar", "enum"), {@code columnType} is COLUMN_TYPE
     * ("int(10) unsigned", "enum('A','B')"), the rest are the numeric columns of information_schema.COLUMNS.
     */
    static ColumnType type(String dataType, String columnType, Long charLength, Long numericPrecision,
                           Long numericScale, Long datetimePrecision) {
        String name = dataType.toLowerCase(Locale.ROOT);
        String full = columnType.toLowerCase(Locale.ROOT);
        boolean unsigned = full.endsWith(" unsigned") || full.contains(" unsigned ");
        if (name.equals("enum") || name.equals("set")) {
            return new ColumnType(name, null, null, null, false, false, false, values(columnType));
        }
        Integer length = null;
        Integer precision = null;
        Integer scale = null;
        if (LENGTH_TYPES.contains(name) && charLength != null) {
            length = charLength.intValue();
        } else if (INTEGER_WIDTHS.containsKey(name) && full.startsWith(name + "(")) {
            // a width other than the server's own default was written by someone (tinyint(1): drivers read it as
            // BOOLEAN; int(4): MariaDB prints it back), so it is kept; the default width means "none written"
            int width = Integer.parseInt(full.substring(name.length() + 1, full.indexOf(')')));
            int standard = INTEGER_WIDTHS.get(name) - (unsigned && !name.equals("bigint") ? 1 : 0);
            length = width == standard ? null : width;
        } else if (name.equals("bit") && numericPrecision != null) {
            length = numericPrecision.intValue();
        } else if (name.equals("decimal") && numericPrecision != null) {
            precision = numericPrecision.intValue();
            scale = numericScale == null ? 0 : numericScale.intValue();
        } else if (TIME_TYPES.contains(name) && datetimePrecision != null && datetimePrecision > 0) {
            precision = datetimePrecision.intValue();
        } else if ((name.equals("float") || name.equals("double")) && full.contains("(")) {
            // float(7,4): deprecated precision and scale that do change storage rounding
            Matcher m = Pattern.compile("\\((\\d+),(\\d+)\\)").matcher(full);
            if (m.find()) {
                precision = Integer.valueOf(m.group(1));
                scale = Integer.valueOf(m.group(2));
            }
        }
        // ZEROFILL pads on display and implies unsigned: COLUMN_TYPE ends "unsigned zerofill"
        return new ColumnType(name, length, precision, scale, false, false, unsigned, List.of(),
                full.endsWith(" zerofill"));
    }

    static boolean textual(String dataType) {
        return TEXT_TYPES.contains(dataType.toLowerCase(Locale.ROOT));
    }

    /** The labels of {@code enum('A','it''s')}, unescaped. */
    static List<String> values(String columnType) {
        List<String> values = new ArrayList<>();
        int i = columnType.indexOf('(') + 1;
        StringBuilder value = null;
        while (i < columnType.length()) {
            char c = columnType.charAt(i);
            if (value == null) {
                if (c == '\'') {
                    value = new StringBuilder();
                }
            } else if (c == '\'' && i + 1 < columnType.length() && columnType.charAt(i + 1) == '\'') {
                value.append('\'');
                i++;
            } else if (c == '\'') {
                values.add(value.toString());
                value = null;
            } else {
                value.append(c);
            }
            i++;
        }
        return values;
    }

    /**
     * A default as SQL. MariaDB already prints SQL ({@code 'abc'}, {@code 1.50}, {@code current_timestamp()},
     * {@code NULL} for none); MySQL prints the raw value and marks expressions with DEFAULT_GENERATED.
     */
    static String defaultExpression(String raw, String extra, String dataType, boolean defaultsAsSql) {
        if (raw == null) {
            return null;
        }
        if (defaultsAsSql) {
            return raw.equals("NULL") ? null : raw;
        }
        boolean generated = extra != null && extra.toUpperCase(Locale.ROOT).contains("DEFAULT_GENERATED");
        if (generated) {
            return CURRENT_TIMESTAMP.matcher(raw).matches() ? raw.toLowerCase(Locale.ROOT) : "(" + raw + ")";
        }
        String type = dataType.toLowerCase(Locale.ROOT);
        if (type.equals("bit") || type.endsWith("int") || type.equals("decimal") || type.equals("float")
                || type.equals("double")) {
            return raw;
        }
        return "'" + raw.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** The ON UPDATE expression of EXTRA ("on update current_timestamp(6)"), lower-cased, or null. */
    static String onUpdate(String extra) {
        if (extra == null) {
            return null;
        }
        Matcher m = ON_UPDATE.matcher(extra);
        return m.find() ? m.group(1).toLowerCase(Locale.ROOT) : null;
    }

    /** InnoDB checks NO ACTION immediately, like RESTRICT; MariaDB prints the default as RESTRICT, MySQL as NO ACTION. */
    static ReferentialAction action(String rule) {
        return switch (rule) {
            case "CASCADE" -> ReferentialAction.CASCADE;
            case "SET NULL" -> ReferentialAction.SET_NULL;
            case "SET DEFAULT" -> ReferentialAction.SET_DEFAULT;
            default -> ReferentialAction.NO_ACTION;
        };
    }
}
