package org.schemamigrate.diff.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;

/**
 * Failures of migrations replayed on a throw-away scratch database of the dev server. The runner's own message
 * ends with the state a real database is left in and its repair (force); here that advice would corrupt a real
 * history if followed, so only what failed is kept, with a word that the scratch database is thrown away. The
 * runner's exception is not kept as the cause either: Maven prints every cause's message.
 */
public final class ScratchFailures {
    private ScratchFailures() {
    }

    /**
     * @param what      the consequence, e.g. "so the current schema is unknown; nothing was written"
     * @param directory the replayed directory, to read the failing file's header (null: no hint)
     * @param kind      the dev database's kind
     */
    public static MigrationException replayFailed(MigrationException e, String what, Path directory,
                                                  DatabaseKind kind) {
        return new MigrationException(e.code(), "Replaying the migration directory on a scratch database of the dev"
                + " server failed, " + what + ".\n" + whatFailed(e) + hint(e, directory, kind),
                e.details().orElse(null), e.getCause());
    }

    /**
     * The runner's message without the state and repair advice for a real database: its first line. A directory
     * the runner refuses to replay (VALIDATION_FAILED, e.g. migration.sum lists a deleted file) keeps its list of
     * problems: they are about the files, and each says its fix.
     */
    public static String whatFailed(MigrationException e) {
        String message = e.getMessage() == null ? e.code().code() : e.getMessage();
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end);
        if (e.code() == CoreErrorCode.VALIDATION_FAILED && end >= 0) {
            first = "The migration directory cannot be replayed:" + message.substring(end);
        }
        return first + "\nThe scratch database is thrown away: no database of yours was changed, and no history"
                + " needs repair.";
    }

    /** A file that says it was proven on another kind of server than the dev database hints at the dialect. */
    private static String hint(MigrationException e, Path directory, DatabaseKind kind) {
        if (directory == null || !(e.details().orElse(null) instanceof FailureDetails.StatementFailed failed)
                || failed.file() == null) {
            return "";
        }
        List<String> lines;
        try {
            lines = Files.readAllLines(directory.resolve(failed.file()));
        } catch (IOException | RuntimeException ex) {
            return "";
        }
        for (String line : lines) {
            if (line.startsWith("-- Proven on ")) {
                String server = line.substring("-- Proven on ".length()).split(":")[0];
                boolean postgres = server.toLowerCase(Locale.ROOT).contains("postgres");
                if (postgres != (kind == DatabaseKind.POSTGRESQL)) {
                    return "\n" + failed.file() + " says it was proven on " + server + ", but the dev database is "
                            + kind.displayName() + ": is migration.dialect right?";
                }
                return "";
            }
        }
        return "";
    }
}
