package org.schemamigrate.core.fleet;

import java.time.Duration;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;
import org.schemamigrate.core.VersionInfo;

/**
 * What one operation did on one target.
 *
 * @param before  the version before the operation (null when the target could not be read)
 * @param after   the version after it (for status and validate: the current version)
 * @param ran     migrations run (up, down)
 * @param pending migrations not applied yet, after the operation
 * @param code    why it failed; null unless FAILED
 * @param error   the first line of the failure; null unless FAILED
 */
public record TargetResult(FleetTarget target, Outcome outcome, VersionInfo before, VersionInfo after, int ran,
                           int pending, ErrorCode code, String error, Duration duration) {

    public enum Outcome {
        /** The operation completed on this target. */
        DONE,
        /** It failed on this target; {@code code} and {@code error} say why. */
        FAILED,
        /** It was not attempted: an earlier failure stopped the fleet (canary or fail-fast). */
        SKIPPED
    }

    static TargetResult skipped(FleetTarget target) {
        return new TargetResult(target, Outcome.SKIPPED, null, null, 0, 0, null, null, Duration.ZERO);
    }

    public boolean dirty() {
        return after != null && after.dirty();
    }
}
