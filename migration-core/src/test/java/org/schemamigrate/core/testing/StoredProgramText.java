package org.schemamigrate.core.testing;

import java.lang.management.ManagementFactory;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How {@code mariadb-dump} prints triggers and events, reduced to what they say, for the oracles that compare
 * dumps (the golden cases, the conformance judge). The server keeps a trigger's header as someone wrote it (line
 * breaks, keyword case, quotes), inside versioned comments; an event without {@code STARTS} starts when it was
 * created, a time the server picks, like an AUTO_INCREMENT counter.
 */
public final class StoredProgramText {
    private static final Pattern VERSIONED_CREATE = Pattern.compile("/\\*!\\d+ CREATE\\*/");
    private static final Pattern VERSION_COMMENT = Pattern.compile("/\\*!\\d+ ?");
    private static final Pattern DEFINER = Pattern.compile("DEFINER=\\S+ ?");
    private static final Pattern STORED_HEADER = Pattern.compile("(?im)^CREATE (TRIGGER|EVENT) ");
    private static final Pattern TRIGGER_HEADER = Pattern.compile("(?i)CREATE TRIGGER `?([^`\\s]+)`? (BEFORE|AFTER)"
            + " (INSERT|UPDATE|DELETE) ON `?([^`\\s]+)`? FOR EACH ROW");
    private static final Pattern EVENT_STARTS = Pattern.compile("STARTS '([0-9-]+ [0-9:]+)'");
    /** When this JVM started: no database of this run was made before it. */
    private static final LocalDateTime RUN_STARTED = LocalDateTime.ofInstant(
            Instant.ofEpochMilli(ManagementFactory.getRuntimeMXBean().getStartTime()), ZoneId.systemDefault());

    private StoredProgramText() {
    }

    /**
     * A dump line {@code /*!50003 CREATE*}{@code / /*!50017 DEFINER=…*}{@code / /*!50003 TRIGGER name …}
     * unwrapped to {@code CREATE TRIGGER name …}, so that it is compared, not dropped with the dump's SET lines;
     * any other line as it is.
     */
    public static String unwrapCreate(String line) {
        if (!VERSIONED_CREATE.matcher(line.strip()).lookingAt()) {
            return line;
        }
        return DEFINER.matcher(VERSION_COMMENT.matcher(line.strip()).replaceAll("").replace("*/", ""))
                .replaceAll("").replaceAll(" +", " ").strip();
    }

    /** Whether an (unwrapped) statement is a trigger or an event. */
    public static boolean isStoredProgram(String statement) {
        return STORED_HEADER.matcher(statement).find();
    }

    /** A trigger's or event's statement reduced to what it says: name, timing, event, table, and the body. */
    public static String normalise(String statement) {
        String text = statement.replace("*/", " ").replaceAll("\\s+", " ").strip();
        text = EVENT_STARTS.matcher(text).replaceAll(m -> createdNow(m.group(1)) ? "STARTS '(creation time)'"
                : Matcher.quoteReplacement(m.group()));
        return TRIGGER_HEADER.matcher(text).replaceAll(m -> Matcher.quoteReplacement("CREATE TRIGGER " + m.group(1)
                + " " + m.group(2).toUpperCase(Locale.ROOT) + " " + m.group(3).toUpperCase(Locale.ROOT) + " ON "
                + m.group(4) + " FOR EACH ROW")).replaceAll(" ;$", ";");
    }

    /** Whether {@code timestamp} lies within this run (a minute's slack): set by the server, not written. */
    private static boolean createdNow(String timestamp) {
        try {
            LocalDateTime at = LocalDateTime.parse(timestamp.replace(' ', 'T'));
            return !at.isBefore(RUN_STARTED.minusMinutes(1)) && !at.isAfter(LocalDateTime.now().plusMinutes(1));
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
