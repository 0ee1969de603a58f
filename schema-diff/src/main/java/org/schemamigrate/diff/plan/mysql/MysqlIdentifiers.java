package org.schemamigrate.diff.plan.mysql;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Quotes MySQL/MariaDB identifiers with backticks only when needed: reserved words (of MySQL 8 and MariaDB
 * together, so one plan reads on both) or characters outside {@code [A-Za-z0-9_$]}. Case needs no quotes:
 * unquoted names keep their case. The one place that holds the reserved-word list.
 */
public final class MysqlIdentifiers {

    private static final Pattern PLAIN = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");

    static final Set<String> RESERVED = Set.of(
            "accessible", "add", "all", "alter", "analyze", "and", "as", "asc", "asensitive", "before", "between",
            "bigint", "binary", "blob", "both", "by", "call", "cascade", "case", "change", "char", "character",
            "check", "collate", "column", "condition", "constraint", "continue", "convert", "create", "cross",
            "cube", "cume_dist", "current_date", "current_role", "current_time", "current_timestamp",
            "current_user", "cursor", "database", "databases", "day_hour", "day_microsecond", "day_minute",
            "day_second", "dec", "decimal", "declare", "default", "delayed", "delete", "dense_rank", "desc",
            "describe", "deterministic", "distinct", "distinctrow", "div", "do_domain_ids", "double", "drop",
            "dual", "each", "else", "elseif", "empty", "enclosed", "escaped", "except", "exists", "exit",
            "explain", "false", "fetch", "first_value", "float", "float4", "float8", "for", "force", "foreign",
            "from", "fulltext", "function", "general", "generated", "get", "grant", "group", "grouping", "groups",
            "having", "high_priority", "hour_microsecond", "hour_minute", "hour_second", "if", "ignore",
            "ignore_domain_ids", "ignore_server_ids", "in", "index", "infile", "inner", "inout", "insensitive",
            "insert", "int", "int1", "int2", "int3", "int4", "int8", "integer", "intersect", "interval", "into",
            "io_after_gtids", "io_before_gtids", "is", "iterate", "join", "json_table", "key", "keys", "kill",
            "lag", "last_value", "lateral", "lead", "leading", "leave", "left", "like", "limit", "linear",
            "lines", "load", "localtime", "localtimestamp", "lock", "long", "longblob", "longtext", "loop",
            "low_priority", "master_bind", "master_heartbeat_period", "master_ssl_verify_server_cert", "match",
            "maxvalue", "mediumblob", "mediumint", "mediumtext", "middleint", "minute_microsecond",
            "minute_second", "mod", "modifies", "natural", "not", "no_write_to_binlog", "nth_value", "ntile",
            "null", "numeric", "of", "offset", "on", "optimize", "optimizer_costs", "option", "optionally", "or",
            "order", "out", "outer", "outfile", "over", "page_checksum", "parse_vcol_expr", "partition",
            "percent_rank", "position", "precision", "primary", "procedure", "purge", "range", "rank", "read",
            "reads", "read_write", "real", "recursive", "ref_system_id", "references", "regexp", "release",
            "rename", "repeat", "replace", "require", "resignal", "restrict", "return", "returning", "revoke",
            "right", "rlike", "row", "row_number", "rows", "schema", "schemas", "second_microsecond", "select",
            "sensitive", "separator", "set", "show", "signal", "slow", "smallint", "spatial", "specific", "sql",
            "sqlexception", "sqlstate", "sqlwarning", "sql_big_result", "sql_calc_found_rows",
            "sql_small_result", "ssl", "starting", "stats_auto_recalc", "stats_persistent", "stats_sample_pages",
            "stored", "straight_join", "system", "table", "terminated", "then", "tinyblob", "tinyint", "tinytext",
            "to", "trailing", "trigger", "true", "undo", "union", "unique", "unlock", "unsigned", "update",
            "usage", "use", "using", "utc_date", "utc_time", "utc_timestamp", "values", "varbinary", "varchar",
            "varcharacter", "varying", "virtual", "when", "where", "while", "window", "with", "write", "xor",
            "year_month", "zerofill");

    private MysqlIdentifiers() {
    }

    public static boolean needsQuotes(String identifier) {
        return !PLAIN.matcher(identifier).matches() || RESERVED.contains(identifier.toLowerCase(Locale.ROOT));
    }

    public static String quote(String identifier) {
        return needsQuotes(identifier) ? '`' + identifier.replace("`", "``") + '`' : identifier;
    }

    public static String quoteAll(List<String> identifiers) {
        return String.join(", ", identifiers.stream().map(MysqlIdentifiers::quote).toList());
    }

    /** A string literal for comments and enum labels; backslashes are escapes in MySQL's default SQL mode. */
    public static String literal(String text) {
        return text == null ? "NULL" : "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }
}
