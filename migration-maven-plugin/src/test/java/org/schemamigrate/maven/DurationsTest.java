package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class DurationsTest {

    @Test
    void parsesPlainSecondsUnitsAndIso() {
        assertThat(Durations.parse("30", "x")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("30s", "x")).isEqualTo(Duration.ofSeconds(30));
        assertThat(Durations.parse("5m", "x")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Durations.parse("2 min", "x")).isEqualTo(Duration.ofMinutes(2));
        assertThat(Durations.parse("1h", "x")).isEqualTo(Duration.ofHours(1));
        assertThat(Durations.parse("250ms", "x")).isEqualTo(Duration.ofMillis(250));
        assertThat(Durations.parse("PT90S", "x")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Durations.parse("pt1m", "x")).isEqualTo(Duration.ofMinutes(1));
        assertThat(Durations.parse(null, "x")).isNull();
        assertThat(Durations.parse(" ", "x")).isNull();
    }

    @Test
    void badValueNamesTheSetting() {
        assertThatThrownBy(() -> Durations.parse("soon", "migration.lockTimeout"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("migration.lockTimeout must be a duration");
    }

    @Test
    void formatsForPeople() {
        assertThat(Durations.format(Duration.ofMillis(35))).isEqualTo("35 ms");
        assertThat(Durations.format(Duration.ofMillis(1234))).isEqualTo("1.2 s");
        assertThat(Durations.format(Duration.ofSeconds(125))).isEqualTo("2 min 5 s");
    }
}
