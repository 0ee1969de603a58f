package org.schemamigrate.core.db;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JdbcUrlsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "jdbc:postgresql://db:5432/app?user=me&password=secret&ssl=true | jdbc:postgresql://db:5432/app?user=me&password=***&ssl=true",
            "jdbc:mariadb://db/app?PASSWORD=secret | jdbc:mariadb://db/app?PASSWORD=***",
            "jdbc:mysql://me:secret@db:3306/app | jdbc:mysql://me:***@db:3306/app",
            "jdbc:postgresql://db/app;pwd=secret | jdbc:postgresql://db/app;pwd=***",
            "jdbc:postgresql://db/app | jdbc:postgresql://db/app"})
    void passwordsAreMasked(String url, String masked) {
        assertThat(JdbcUrls.maskPassword(url)).isEqualTo(masked).doesNotContain("secret");
    }

    @ParameterizedTest
    @CsvSource({"jdbc:postgresql://h/db,POSTGRESQL", "jdbc:mariadb://h/db,MARIADB", "jdbc:mysql://h/db,MYSQL"})
    void theKindFollowsTheUrl(String url, DatabaseKind kind) {
        assertThat(DatabaseKind.fromUrl(url)).isEqualTo(kind);
    }
}
