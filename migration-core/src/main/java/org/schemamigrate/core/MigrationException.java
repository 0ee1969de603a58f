package org.schemamigrate.core;

/**
 * The one exception the runner throws. The message is written for the person at the terminal: it names the
 * file, version or setting involved, what state the database is in, and how to fix it.
 */
public class MigrationException extends RuntimeException {
    private final ErrorCode code;

    public MigrationException(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public MigrationException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
