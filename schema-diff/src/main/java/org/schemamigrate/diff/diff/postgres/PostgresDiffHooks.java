package org.schemamigrate.diff.diff.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.schemamigrate.diff.diff.DiffHooks;
import org.schemamigrate.diff.model.Check;
import org.schemamigrate.diff.model.ColumnType;
import org.schemamigrate.diff.model.SchemaNames;

/**
 * PostgreSQL's equivalent spellings: aliases of built-in types as the catalog names them, and the implicit
 * precision of time types (timestamp behaves as timestamp(6), but an absent precision stays absent in what is
 * written: the catalog keeps typmod -1 and dumps it differently).
 */
public final class PostgresDiffHooks implements DiffHooks {

    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("serial", "integer"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("int2", "smallint"),
            Map.entry("smallserial", "smallint"), Map.entry("varchar", "character varying"),
            Map.entry("char", "character"), Map.entry("bpchar", "character"), Map.entry("bool", "boolean"),
            Map.entry("float8", "double precision"), Map.entry("float", "double precision"),
            Map.entry("float4", "real"), Map.entry("decimal", "numeric"),
            Map.entry("timestamp", "timestamp without time zone"),
            Map.entry("timestamptz", "timestamp with time zone"),
            Map.entry("time", "time without time zone"), Map.entry("timetz", "time with time zone"),
            Map.entry("varbit", "bit varying"));

    private static final Pattern CAST_LITERAL = Pattern.compile("'((?:[^']|'')*)'(?:::(?:character varying|text))+");
    private static final Pattern CAST_ARRAY = Pattern.compile("\\]::(?:character varying|text)\\[\\]");

    /**
     * {@code x in ('A','B')} on a varchar column (Hibernate's STRING enum check) prints as
     * {@code x::text = ANY (ARRAY['A'::character varying, ...]::text[])}, which reads back with the casts moved into
     * the elements ({@code 'A'::character varying::text}); without the string casts both forms are the same.
     */
    @Override
    public String checkKey(String expression) {
        String key = CAST_LITERAL.matcher(expression).replaceAll("'$1'");
        return CAST_ARRAY.matcher(key).replaceAll("]");
    }

    /**
     * ALTER COLUMN … TYPE re-parses the checks over the column from their printed form, which stores another tree
     * than the check written for the new type ({@code (ARRAY[('A'::character varying)::text, …])} instead of
     * {@code ((ARRAY['A'::character varying, …])::text[])}): every check that names the column is re-created.
     */
    @Override
    public boolean reparsedByTypeChange(Check check, String column) {
        String unquoted = Pattern.quote(column);
        String quoted = Pattern.quote('"' + column.replace("\"", "\"\"") + '"');
        return Pattern.compile("(?<![\\w$\"])" + unquoted + "(?![\\w$\"])|" + quoted).matcher(check.expression())
                .find();
    }

    /** {@code 'A'::status} or {@code 'A'::"Status"}, as the catalog prints a label cast to its type. */
    @Override
    public List<String> enumLabelLiterals(String enumName, String label) {
        String literal = "'" + label.replace("'", "''") + "'::";
        String schema = SchemaNames.schemaOf(enumName);
        if (schema == null) {
            return List.of(literal + enumName, literal + spellings(enumName).get(1));
        }
        // a type of another schema is printed qualified, each part quoted where it needs to be
        List<String> all = new ArrayList<>();
        for (String qualifier : spellings(schema)) {
            for (String name : spellings(SchemaNames.local(enumName))) {
                all.add(literal + qualifier + "." + name);
            }
        }
        return all;
    }

    private static List<String> spellings(String identifier) {
        return List.of(identifier, '"' + identifier.replace("\"", "\"\"") + '"');
    }

    /** A serial column's default names its sequence, {@code nextval('x_id_seq'::regclass)}. */
    @Override
    public String sequenceRenamedInDefault(String defaultExpression, String from, String to) {
        return defaultExpression.replace("'" + from + "'::regclass", "'" + to + "'::regclass");
    }

    @Override
    public boolean sameType(ColumnType a, ColumnType b) {
        return a.equals(b) || (a.name().startsWith("time") && a.withPrecision(6).equals(b.withPrecision(6))
                && sixOrAbsent(a.precision()) && sixOrAbsent(b.precision()));
    }

    private static boolean sixOrAbsent(Integer precision) {
        return precision == null || precision == 6;
    }

    @Override
    public ColumnType normalizeType(ColumnType type) {
        if (type.userDefined()) {
            return type;
        }
        String lower = type.name().toLowerCase(Locale.ROOT);
        ColumnType normalized = type.withName(ALIASES.getOrDefault(lower, lower));
        if (normalized.name().equals("character") && normalized.length() == null) {
            return new ColumnType("character", 1, null, null, type.array(), false);
        }
        return normalized;
    }
}
