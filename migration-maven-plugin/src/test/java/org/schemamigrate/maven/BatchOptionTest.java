package org.schemamigrate.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class BatchOptionTest {

    @Test
    void onlyLastIsAccepted() {
        assertThat(BatchOption.last(null, null, null)).isFalse();
        assertThat(BatchOption.last(" ", 2, "3")).isFalse();
        assertThat(BatchOption.last("last", null, null)).isTrue();
        assertThat(BatchOption.last(" LAST ", null, " ")).isTrue();
        assertThatThrownBy(() -> BatchOption.last("previous", null, null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("migration.batch accepts only 'last'")
                .hasMessageContaining("got 'previous'");
    }

    @Test
    void notTogetherWithStepsOrTo() {
        assertThatThrownBy(() -> BatchOption.last("last", 1, null)).isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("Give either -Dmigration.batch=last or -Dsteps, not both");
        assertThatThrownBy(() -> BatchOption.last("last", null, "3"))
                .hasMessageStartingWith("Give either -Dmigration.batch=last or -Dto, not both");
        assertThatThrownBy(() -> BatchOption.last("last", 1, "3"))
                .hasMessageStartingWith("Give either -Dmigration.batch=last or -Dsteps and -Dto, not both");
    }
}
