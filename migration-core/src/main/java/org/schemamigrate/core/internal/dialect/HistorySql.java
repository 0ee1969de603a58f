package org.schemamigrate.core.internal.dialect;

/** The history tables' DDL and existence queries of both dialects (%s: the quoted, qualified table). */
final class HistorySql {
    static final String POSTGRES_HISTORY = """
            CREATE TABLE IF NOT EXISTS %s (
              version BIGINT NOT NULL PRIMARY KEY,
              name VARCHAR(255) NOT NULL,
              checksum VARCHAR(64),
              state VARCHAR(16) NOT NULL,
              operation VARCHAR(8) NOT NULL,
              statements_done INTEGER NOT NULL,
              statements_total INTEGER NOT NULL,
              applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
              execution_ms BIGINT NOT NULL,
              applied_by VARCHAR(255) NOT NULL,
              run_id VARCHAR(36) NOT NULL
            )""";
    static final String POSTGRES_LOG = """
            CREATE TABLE IF NOT EXISTS %s (
              id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
              run_id VARCHAR(36) NOT NULL,
              action VARCHAR(16) NOT NULL,
              version BIGINT NOT NULL,
              name VARCHAR(255),
              outcome VARCHAR(16) NOT NULL,
              detail TEXT,
              performed_by VARCHAR(255) NOT NULL,
              host VARCHAR(255),
              performed_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
              execution_ms BIGINT NOT NULL
            )""";
    static final String POSTGRES_BATCH = """
            CREATE TABLE IF NOT EXISTS %s (
              id VARCHAR(36) NOT NULL PRIMARY KEY,
              deployment VARCHAR(255),
              performed_by VARCHAR(255) NOT NULL,
              host VARCHAR(255),
              started_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT CURRENT_TIMESTAMP,
              finished_at TIMESTAMP WITH TIME ZONE,
              outcome VARCHAR(16) NOT NULL,
              detail TEXT
            )""";
    // DATETIME(3) holds UTC written by UTC_TIMESTAMP(3): no 2038 limit and no session time zone involved
    static final String MYSQL_HISTORY = """
            CREATE TABLE IF NOT EXISTS %s (
              version BIGINT NOT NULL PRIMARY KEY,
              name VARCHAR(255) NOT NULL,
              checksum VARCHAR(64),
              state VARCHAR(16) NOT NULL,
              operation VARCHAR(8) NOT NULL,
              statements_done INT NOT NULL,
              statements_total INT NOT NULL,
              applied_at DATETIME(3) NOT NULL,
              execution_ms BIGINT NOT NULL,
              applied_by VARCHAR(255) NOT NULL,
              run_id VARCHAR(36) NOT NULL
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";
    static final String MYSQL_LOG = """
            CREATE TABLE IF NOT EXISTS %s (
              id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY,
              run_id VARCHAR(36) NOT NULL,
              action VARCHAR(16) NOT NULL,
              version BIGINT NOT NULL,
              name VARCHAR(255),
              outcome VARCHAR(16) NOT NULL,
              detail TEXT,
              performed_by VARCHAR(255) NOT NULL,
              host VARCHAR(255),
              performed_at DATETIME(3) NOT NULL,
              execution_ms BIGINT NOT NULL
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";

    static final String MYSQL_BATCH = """
            CREATE TABLE IF NOT EXISTS %s (
              id VARCHAR(36) NOT NULL PRIMARY KEY,
              deployment VARCHAR(255),
              performed_by VARCHAR(255) NOT NULL,
              host VARCHAR(255),
              started_at DATETIME(3) NOT NULL,
              finished_at DATETIME(3),
              outcome VARCHAR(16) NOT NULL,
              detail TEXT
            ) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4""";

    static final String POSTGRES_EXISTS = "SELECT to_regclass(?) IS NOT NULL";
    static final String MYSQL_EXISTS = """
            SELECT COUNT(*) > 0 FROM information_schema.tables
            WHERE table_schema = COALESCE(?, DATABASE()) AND table_name = ?""";

    private HistorySql() {
    }
}
