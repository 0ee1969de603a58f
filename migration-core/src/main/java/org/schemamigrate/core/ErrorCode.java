package org.schemamigrate.core;

/**
 * A stable code for a failure, so tools can react to it without parsing messages (the wording may change).
 * Each module has its own enum: {@link CoreErrorCode} for the runner, {@code org.schemamigrate.diff.DiffErrorCode}
 * for the diff. Compare codes by identity ({@code e.code() == CoreErrorCode.LOCK_TIMEOUT}).
 */
public interface ErrorCode {
    /** The constant's name, e.g. {@code MIGRATION_FAILED}; stable across releases. */
    String name();

    /** The module that defines the code: {@code core} or {@code diff}. */
    String module();

    /** The code as tools print and match it: {@code core.MIGRATION_FAILED}. */
    default String code() {
        return module() + "." + name();
    }
}
