package org.schemamigrate.diff.inspect;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import javax.sql.DataSource;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.source.Directives;
import org.schemamigrate.core.SqlStatement;
import org.schemamigrate.diff.Features;
import org.schemamigrate.diff.inspect.mysql.MySqlShowCreate;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.prove.CatalogFingerprint;

/**
 * Throw-away namespaces on the dev server, named {@code sm_<token>_<role>}: databases (on PostgreSQL created from
 * template0 with the target's encoding and locale, objects in {@code public}), or scratch schemas on PostgreSQL
 * when the dev user may not create databases ({@link #limitation()} says what those cannot replay). Everything
 * created is dropped on close, also after a failure; what a killed build left is dropped by the next one
 * ({@link ScratchOwnership}).
 */
public final class ScratchSpace implements AutoCloseable {
    private final DataSource dev;
    private final DatabaseKind kind;
    private final String token = ScratchOwnership.newToken();
    /** The session holding this space's lock, taken before its first namespace is created. */
    private ScratchOwnership owner;
    /** Synchronized: the two sides are built (BuiltSchemas) and proven (BothProofs) at the same time. */
    private final List<String> created = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<Schema, CatalogFingerprint> fingerprints =
            java.util.Collections.synchronizedMap(new IdentityHashMap<>());
    private final Exclusions exclusions;
    /** MySQL family: the character set and collation scratch databases are created with. */
    private String[] defaults;
    /** PostgreSQL: encoding, LC_COLLATE and LC_CTYPE of scratch databases (null: the dev database's). */
    private String[] locale;
    /** PostgreSQL namespaces that are databases, with their data sources. */
    private final Map<String, DataSource> databases = new java.util.concurrent.ConcurrentHashMap<>();
    /** Why scratch schemas serve instead of databases, and what they cannot replay; null while databases work. */
    private String limitation;

    public ScratchSpace(DataSource dev, DatabaseKind kind) {
        this(dev, kind, Exclusions.defaults());
    }

    /** A scratch space whose inspections leave out the {@code exclusions}. */
    public ScratchSpace(DataSource dev, DatabaseKind kind, Exclusions exclusions) {
        this.dev = dev;
        this.kind = kind;
        this.exclusions = exclusions;
    }

    /**
     * MySQL family: scratch databases take the default character set and collation of {@code schema} on {@code c}
     * (null: the connection's database), so the dev server's own default (latin1 on the embedded MariaDB) never
     * shapes a table. Call before {@link #create}.
     */
    public void takeDefaultsFrom(Connection c, String schema) throws SQLException {
        if (kind.isMySqlFamily()) {
            defaults = MySqlScratchDefaults.of(c, schema);
            if (defaults == null) {
                throw new SQLException("no database " + schema + " to take the character set from");
            }
        } else {
            locale = PostgresScratchDatabases.localeOf(c);
        }
    }

    /** Null while scratch namespaces are databases; else why they are schemas and what those cannot replay. */
    public String limitation() {
        return limitation;
    }

    /** The schema a namespace's objects live in: {@code public} of a PostgreSQL scratch database, else itself. */
    public String schemaOf(String namespace) {
        return databases.containsKey(namespace) ? "public" : namespace;
    }

    /** Connections to the namespace's database (the dev database itself for a scratch schema). */
    public DataSource dataSource(String namespace) {
        return databases.getOrDefault(namespace, dev);
    }

    /**
     * MySQL family: the collation every scratch database has by default: the target's ({@link #takeDefaultsFrom}),
     * else the dev database's own, else (a URL without a database) utf8mb4 with the server's default collation for
     * it; null on PostgreSQL.
     */
    public String defaultCollation() {
        if (!kind.isMySqlFamily()) {
            return null;
        }
        if (defaults == null) {
            try (Connection c = connect()) {
                defaults = MySqlScratchDefaults.of(c, null);
                if (defaults == null) {
                    defaults = MySqlScratchDefaults.utf8mb4(c);
                }
            } catch (SQLException e) {
                throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the dev database's"
                        + " default character set: " + e.getMessage(), e);
            }
        }
        return defaults[1];
    }

    private InspectOptions options(String namespace) {
        // a scratch database holds the script's other schemas; a scratch schema's neighbours are not its own
        return exclusions.applyTo(InspectOptions.defaults()).withSchema(schemaOf(namespace))
                .withOtherSchemas(databases.containsKey(namespace));
    }

    /** The excluded tables a namespace holds, each with why. */
    public List<String> excludedTables(String namespace) {
        try (Connection c = connect(namespace)) {
            return exclusions.found(c, schemaOf(namespace));
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not list the tables of the scratch"
                    + " namespace " + namespace + ": " + e.getMessage(), e);
        }
    }

    public DatabaseKind kind() {
        return kind;
    }

    /** Creates an empty namespace for one role ("desired", "current") and returns its name. */
    public String create(String role) {
        own();
        String name = "sm_" + token + "_" + role;
        if (kind == DatabaseKind.POSTGRESQL && limitation == null && createPostgresDatabase(name)) {
            return name;
        }
        String ddl = kind == DatabaseKind.POSTGRESQL ? "CREATE SCHEMA " + kind.quote(name)
                : "CREATE DATABASE " + kind.quote(name) + " CHARACTER SET " + defaultCharset() + " COLLATE "
                + defaultCollation();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute(ddl);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not create the scratch "
                    + (kind == DatabaseKind.POSTGRESQL ? "schema " : "database ") + name + " on the dev database: "
                    + e.getMessage() + ". The dev database user needs the right to create "
                    + (kind == DatabaseKind.POSTGRESQL ? "schemas" : "databases") + " (migration.devUrl).", e);
        }
        created.add(name);
        return name;
    }

    /**
     * PostgreSQL scratch databases only: a namespace cloned from the database {@code template}
     * ({@code CREATE DATABASE … TEMPLATE}, a file copy), or null when that is not possible (scratch schemas, or
     * the template is in use): the caller then creates and fills an empty one.
     */
    public String createFrom(String role, String template) {
        String name = "sm_" + token + "_" + role;
        DataSource database = PostgresScratchDatabases.dataSource(dev, name);
        if (kind != DatabaseKind.POSTGRESQL || limitation != null || database == null) {
            return null;
        }
        own();
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + kind.quote(name) + " TEMPLATE " + kind.quote(template));
        } catch (SQLException e) {
            return null;
        }
        created.add(name);
        databases.put(name, database);
        return name;
    }

    /** Whether namespaces are PostgreSQL databases, which {@link #createFrom} can clone. */
    public boolean clonesDatabases() {
        return kind == DatabaseKind.POSTGRESQL && limitation == null
                && PostgresScratchDatabases.dataSource(dev, "probe") != null;
    }

    /** A connection to the dev database itself (for work across databases, such as keeping a template). */
    public Connection connectServer() throws SQLException {
        return connect();
    }

    /** True when the database was created; false (with the limitation noted) when scratch schemas must serve. */
    private boolean createPostgresDatabase(String name) {
        DataSource database = PostgresScratchDatabases.dataSource(dev, name);
        if (database == null) {
            limitation = "the dev database is not given as a JDBC URL, so "
                    + PostgresScratchDatabases.SCHEMA_LIMITS;
            return false;
        }
        try (Connection c = connect(); Statement s = c.createStatement()) {
            String[] own = PostgresScratchDatabases.localeOf(c);
            try {
                s.execute(PostgresScratchDatabases.createSql(name, locale == null ? own : locale));
            } catch (SQLException e) {
                if (locale == null || PostgresScratchDatabases.notPermitted(e)) {
                    throw e;
                }
                // the target's locale is not installed on the dev server: the dev database's is the closest
                locale = null;
                s.execute(PostgresScratchDatabases.createSql(name, own));
            }
        } catch (SQLException e) {
            if (!PostgresScratchDatabases.notPermitted(e)) {
                throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not create the scratch database "
                        + name + " on the dev server: " + e.getMessage() + ". Check migration.devUrl, or leave it"
                        + " unset to use the embedded one.", e);
            }
            limitation = "the dev database user may not create databases (CREATEDB), so "
                    + PostgresScratchDatabases.SCHEMA_LIMITS;
            return false;
        }
        created.add(name);
        databases.put(name, database);
        return true;
    }

    private String defaultCharset() {
        defaultCollation();
        return defaults[0];
    }

    /** A connection whose unqualified names resolve in the namespace. */
    public Connection connect(String namespace) throws SQLException {
        if (databases.containsKey(namespace)) {
            return databases.get(namespace).getConnection();
        }
        Connection c = connect();
        try {
            if (kind == DatabaseKind.POSTGRESQL) {
                try (Statement s = c.createStatement()) {
                    s.execute("SET search_path TO " + kind.quote(namespace));
                }
            } else {
                c.setCatalog(namespace);
            }
            return c;
        } catch (SQLException e) {
            c.close();
            throw e;
        }
    }

    private Connection connect() throws SQLException {
        try {
            return dev.getConnection();
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Cannot reach the dev database (" + dev + "): "
                    + e.getMessage() + ". Check migration.devUrl, or leave it unset to use the embedded one.", e);
        }
    }

    /**
     * Runs a script in the namespace, statement by statement (in one transaction on PostgreSQL unless the script
     * says {@code -- migration:no-transaction}, as the runner would). A failing statement is reported with the
     * source's name and line.
     */
    public void execute(String namespace, String script, String sourceName) {
        execute(namespace, script, sourceName, kind.transactionalDdl()
                && !Directives.parse(script, sourceName).noTransaction());
    }

    /**
     * Runs a script statement by statement in autocommit mode: a desired schema script, which may hold statements
     * that cannot run in a transaction ({@code CREATE INDEX CONCURRENTLY}) and has nothing to roll back.
     */
    public void executeEach(String namespace, String script, String sourceName) {
        execute(namespace, script, sourceName, false);
    }

    private void execute(String namespace, String script, String sourceName, boolean transactional) {
        List<SqlStatement> statements = RunnerDialect.of(kind).splitter().split(script, sourceName);
        try (Connection c = connect(namespace)) {
            c.setAutoCommit(!transactional);
            try (Statement s = c.createStatement()) {
                for (SqlStatement statement : statements) {
                    try {
                        s.execute(statement.sql());
                    } catch (SQLException e) {
                        throw new ScriptFailure(sourceName + " line " + statement.line() + ": " + e.getMessage()
                                + "\n  statement: " + statement.sql()
                                + (limitation == null ? "" : "\n  note: " + limitation + "."), e);
                    }
                }
            }
            if (transactional) {
                c.commit();
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "The dev database failed while running "
                    + sourceName + ": " + e.getMessage(), e);
        }
    }

    /** The dev server's product and version, which the plans are made for. */
    public Features features() {
        try (Connection c = connect()) {
            return Features.of(c);
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the dev database's version: "
                    + e.getMessage(), e);
        }
    }

    /** "PostgreSQL 17.2", for the headers of the files proven here. */
    public String serverDescription() {
        try (Connection c = connect()) {
            return c.getMetaData().getDatabaseProductName() + " " + c.getMetaData().getDatabaseProductVersion();
        } catch (SQLException e) {
            return kind.displayName();
        }
    }

    /** Reads a namespace with the dialect's inspector ({@code inspectors} gets the options naming it). */
    public Schema inspect(String namespace, Function<InspectOptions, SchemaInspector> inspectors) {
        // the inspector and the fingerprint read the same SHOW CREATE texts (MySQL family): once
        try (Connection c = connect(namespace); MySqlShowCreate.Scope shared = MySqlShowCreate.shared(c)) {
            InspectOptions options = options(namespace);
            Schema schema = inspectors.apply(options).inspect(c);
            fingerprints.put(schema, CatalogFingerprint.reader(kind).read(c, options));
            return schema;
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not inspect the scratch namespace "
                    + namespace + ": " + e.getMessage(), e);
        }
    }

    /** Reads a namespace's catalog fingerprint alone. */
    public CatalogFingerprint fingerprint(String namespace) {
        try (Connection c = connect(namespace)) {
            return CatalogFingerprint.reader(kind).read(c, options(namespace));
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not read the catalog of the scratch"
                    + " namespace " + namespace + ": " + e.getMessage(), e);
        }
    }

    /**
     * The catalog fingerprint read together with a schema this scratch space inspected, or null for a schema
     * read elsewhere: the proof compares fingerprints, since the model only holds what the inspector reads.
     */
    public CatalogFingerprint fingerprintOf(Schema inspected) {
        return fingerprints.get(inspected);
    }

    /** {@code narrowed}, a part of {@code inspected}, compared by the same catalog fingerprint. */
    public Schema narrowed(Schema inspected, Schema narrowed) {
        CatalogFingerprint fingerprint = fingerprints.get(inspected);
        if (fingerprint != null) {
            fingerprints.put(narrowed, fingerprint);
        }
        return narrowed;
    }

    @Override
    public void close() {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String name : created) {
                if (databases.containsKey(name)) {
                    PostgresScratchDatabases.drop(c, name);
                } else {
                    s.execute((kind == DatabaseKind.POSTGRESQL ? "DROP SCHEMA IF EXISTS " : "DROP DATABASE IF EXISTS ")
                            + kind.quote(name) + (kind == DatabaseKind.POSTGRESQL ? " CASCADE" : ""));
                }
            }
        } catch (SQLException e) {
            throw new MigrationException(CoreErrorCode.DATABASE_ERROR, "Could not drop the scratch namespaces "
                    + created + " from the dev database: " + e.getMessage() + ". Drop them by hand.", e);
        } finally {
            created.clear();
            if (owner != null) {
                owner.close();
            }
        }
    }

    /** Locks this space's token first (and drops namespaces whose owner is gone): {@link ScratchOwnership}. */
    private synchronized void own() {
        if (owner == null) {
            owner = ScratchOwnership.take(dev, kind, token);
        }
    }

    /** A statement of a script that failed on the dev database. */
    public static final class ScriptFailure extends RuntimeException {
        public ScriptFailure(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
