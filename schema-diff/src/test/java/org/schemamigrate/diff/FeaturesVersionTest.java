package org.schemamigrate.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.schemamigrate.core.db.DatabaseKind;

class FeaturesVersionTest {

    @Test
    void mariaDbsFakeMySqlPrefixIsSkipped() {
        assertThat(Features.fromVersionString(DatabaseKind.MARIADB, "5.5.5-10.11.6-MariaDB-0+deb12u1"))
                .isEqualTo(new Features(DatabaseKind.MARIADB, 10, 11));
        assertThat(Features.fromVersionString(DatabaseKind.MARIADB, "11.4.5-MariaDB"))
                .isEqualTo(new Features(DatabaseKind.MARIADB, 11, 4));
        assertThat(Features.fromVersionString(DatabaseKind.MYSQL, "8.0.36")).isEqualTo(new Features(DatabaseKind.MYSQL,
                8, 0));
        assertThat(Features.fromVersionString(DatabaseKind.POSTGRESQL, "16.4 (Debian 16.4-1)"))
                .isEqualTo(new Features(DatabaseKind.POSTGRESQL, 16, 4));
    }
}
