package org.schemamigrate.diff;

import org.schemamigrate.core.ErrorCode;

/** The diff's failure codes; the runner's are {@link org.schemamigrate.core.CoreErrorCode}. */
public enum DiffErrorCode implements ErrorCode {
    /**
     * A generated migration did not turn one schema into the other on the dev database; nothing was written.
     * The exception's details are a {@link org.schemamigrate.core.FailureDetails.ProofFailed}.
     */
    PROOF_FAILED,
    /** The entity model (or desired schema) and the migrations disagree: migration:check. */
    SCHEMA_DRIFT,
    /** No JPA entities were found where the project said (or on its classpath): nothing to compare with. */
    NO_ENTITIES;

    @Override
    public String module() {
        return "diff";
    }
}
