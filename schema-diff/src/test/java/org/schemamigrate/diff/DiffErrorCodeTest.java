package org.schemamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.ErrorCode;

class DiffErrorCodeTest {

    @Test
    void diffCodesArePrefixedWithTheirModule() {
        ErrorCode code = DiffErrorCode.NO_ENTITIES;
        assertThat(code.code()).isEqualTo("diff.NO_ENTITIES");
        assertThat(CoreErrorCode.LOCK_TIMEOUT.code()).isEqualTo("core.LOCK_TIMEOUT");
    }

    @Test
    void noNameIsUsedByBothModules() {
        assertThat(Arrays.stream(DiffErrorCode.values()).map(Enum::name))
                .doesNotContainAnyElementsOf(Arrays.stream(CoreErrorCode.values()).map(Enum::name).toList());
    }
}
