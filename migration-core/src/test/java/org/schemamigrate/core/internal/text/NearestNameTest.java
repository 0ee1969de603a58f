package org.schemamigrate.core.internal.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NearestNameTest {
    @Test
    void distanceCountsSingleLetterEdits() {
        assertThat(NearestName.distance("kitten", "sitting")).isEqualTo(3);
        assertThat(NearestName.distance("", "abc")).isEqualTo(3);
        assertThat(NearestName.distance("dryRun", "dryRun")).isZero();
    }

    @Test
    void nearestIgnoresCaseAndPrefersTheFirstOnTies() {
        assertThat(NearestName.among("migration.dryrun", List.of("migration.url", "migration.dryRun")))
                .isEqualTo("migration.dryRun");
        assertThat(NearestName.among("ab", List.of("ax", "ay"))).isEqualTo("ax");
        assertThat(NearestName.among("x", List.of())).isEqualTo("none");
    }
}
