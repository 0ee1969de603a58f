package org.schemamigrate.diff.model;

/**
 * An identity column's generation and the options of its internal sequence. {@code min} and {@code max} are null
 * where they are the defaults for the sequence's type and direction (PostgreSQL's {@code NO MINVALUE}/{@code NO
 * MAXVALUE}), so a model compares and prints only what was asked for.
 */
public record Identity(boolean always, long start, long increment, Long min, Long max, long cache, boolean cycle) {

    public Identity(boolean always, long start, long increment) {
        this(always, start, increment, null, null, 1, false);
    }

    public static Identity byDefault() {
        return new Identity(false, 1, 1);
    }

    public static Identity generatedAlways() {
        return new Identity(true, 1, 1);
    }

    /**
     * As the catalog holds it: {@code min}/{@code max} dropped where they are the defaults of {@code type}
     * ({@code smallint}, {@code integer}, {@code bigint}) for the direction of {@code increment}.
     */
    public static Identity fromCatalog(boolean always, long start, long increment, long min, long max, long cache,
                                       boolean cycle, String type) {
        long typeMax = switch (type) {
            case "smallint" -> Short.MAX_VALUE;
            case "integer" -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
        long defaultMin = increment > 0 ? 1 : -typeMax - 1;
        long defaultMax = increment > 0 ? typeMax : -1;
        return new Identity(always, start, increment, min == defaultMin ? null : min, max == defaultMax ? null : max,
                cache, cycle);
    }

    /** Whether every sequence option is PostgreSQL's default (START 1, INCREMENT 1, no bounds, CACHE 1, NO CYCLE). */
    public boolean defaultOptions() {
        return start == 1 && increment == 1 && min == null && max == null && cache == 1 && !cycle;
    }
}
