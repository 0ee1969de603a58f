package org.schemamigrate.maven;

import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.lint.Category;
import org.schemamigrate.core.lint.LintReport;
import org.schemamigrate.core.lint.MigrationLint;

/** migration:lint's settings, checked before any file is read. */
record LintOptions(MigrationLint lint, Category threshold, StatusOutput.Format format) {

    static LintOptions of(MigrationParameters p) {
        if (p.latest != null && p.latest < 1) {
            throw new ConfigurationException("migration.latest must be 1 or more (got " + p.latest + ").");
        }
        Category threshold = LintReport.failOn(p.failOn, "migration.failOn");
        StatusOutput.Format format = StatusOutput.Format.parse(p.format);
        String url = SecretProperties.get(p.url, p.session, "migration.url");
        return new LintOptions(new MigrationLint(kind(p.dialect, url), MigrationLint.Sides.parse(p.direction,
                "migration.direction"), p.latest == null ? 0 : p.latest), threshold, format);
    }

    /** migration.dialect, else the kind of migration.url (lint never connects), else PostgreSQL. */
    private static DatabaseKind kind(String dialect, String url) {
        if (dialect != null && !dialect.isBlank()) {
            return DialectSetting.parse(dialect);
        }
        DatabaseKind fromUrl = url == null ? null : url.strip().equalsIgnoreCase("embedded:mariadb")
                ? DatabaseKind.MARIADB : DatabaseKind.fromUrl(url.strip());
        return fromUrl != null ? fromUrl : DatabaseKind.POSTGRESQL;
    }
}
