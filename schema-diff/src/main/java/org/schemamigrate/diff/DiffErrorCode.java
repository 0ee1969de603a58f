package org.schemamigrate.diff;

import org.schemamigrate.core.ErrorCode;

/** The diff's failure codes; the runner's are {@link org.schemamigrate.core.CoreErrorCode}. */
public enum DiffErrorCode implements ErrorCode {
    /**
     * A generated migration did not turn one schema into the other on the dev database; nothing was written.
     * The exception's details are a {@link org.schemamigrate.core.FailureDetails.ProofFailed}.
     */
    PROOF_FAILED,
    /** migration:check: the live database has migrations of the directory that it has not applied yet. */
    PENDING_MIGRATIONS,
    /**
     * migration:check: the live database differs from what its applied migrations produce (a hand-made change
     * that no migration holds).
     */
    SCHEMA_DRIFT,
    /** migration:check: the entities (or the desired schema) differ from what the migrations produce. */
    MIGRATION_NEEDED,
    /** No JPA entities were found where the project said (or on its classpath): nothing to compare with. */
    NO_ENTITIES,
    /**
     * The project's Hibernate cannot generate DDL: it does not load, or its version is older than 6.4. Details:
     * a {@link org.schemamigrate.core.FailureDetails.DesiredSchemaFailed} naming the version or class.
     */
    HIBERNATE_UNUSABLE,
    /**
     * Hibernate rejected the entity model (the application would fail to start the same way). Details: a
     * {@link org.schemamigrate.core.FailureDetails.DesiredSchemaFailed} naming the entity class when known.
     */
    ENTITY_REJECTED,
    /**
     * An application settings file (application.properties / .yml) cannot be read or parsed. Details: a
     * {@link org.schemamigrate.core.FailureDetails.DesiredSchemaFailed} naming the file and line.
     */
    SETTINGS_UNREADABLE;

    @Override
    public String module() {
        return "diff";
    }
}
