package org.schemamigrate.core;

import java.util.Optional;

/**
 * The one exception the runner throws. The message is written for the person at the terminal: it names the
 * file, version or setting involved, what state the database is in, and how to fix it. Tools read
 * {@link #code()} and {@link #details()} instead, which stay stable when the wording changes.
 */
public class MigrationException extends RuntimeException {
    private final ErrorCode code;
    private final FailureDetails details;

    public MigrationException(ErrorCode code, String message) {
        this(code, message, null, null);
    }

    public MigrationException(ErrorCode code, String message, Throwable cause) {
        this(code, message, null, cause);
    }

    public MigrationException(ErrorCode code, String message, FailureDetails details, Throwable cause) {
        super(message, cause);
        this.code = code;
        this.details = details;
    }

    public ErrorCode code() {
        return code;
    }

    /** The failure's facts as data, when it has any beyond the code. */
    public Optional<FailureDetails> details() {
        return Optional.ofNullable(details);
    }
}
