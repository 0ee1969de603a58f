package org.schemamigrate.core.lint;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.core.internal.dialect.RunnerDialect;
import org.schemamigrate.core.SqlStatement;

/**
 * Classifies the statements of a migration, generated or hand-written, by what they risk. It reads SQL well
 * enough for DDL and bulk DML, not fully: it errs towards reporting. Indexes and constraints on a table
 * created earlier in the same migration are not reported as locking (nobody uses that table yet).
 */
public final class StatementLinter {
    private static final Pattern ALTER_TABLE = SqlText.ALTER_TABLE;
    private static final Pattern CREATE_TABLE = SqlText.CREATE_TABLE;
    private static final Pattern CREATE_INDEX = SqlText.CREATE_INDEX;
    private static final Pattern DROP_COLUMN = SqlText.DROP_COLUMN;
    private static final Pattern NOT_NULL_CHECK = Pattern.compile(
            "^ADD CONSTRAINT [^ ]+ CHECK \\((\"[^\"]+\"|[^ ]+) IS NOT NULL\\)( NOT VALID)?$");
    private static final Pattern SET_NOT_NULL = Pattern.compile("^ALTER (?:COLUMN )?([^ ]+) SET NOT NULL$");

    private final RunnerDialect dialect;
    /** The column definitions read so far: this file's statements and what {@link #learn} was given. */
    private ColumnTypes known = new ColumnTypes();

    public StatementLinter(DatabaseKind kind) {
        this(RunnerDialect.of(kind));
    }

    /** The locking rules, which differ per database, come from the dialect. */
    public StatementLinter(RunnerDialect dialect) {
        this.dialect = dialect;
    }

    /**
     * Reads the statements that ran before the ones to lint (earlier migrations), so a type change can be judged
     * against the column's old definition: a varchar widening is then neither data-dependent nor, where the
     * server changes only metadata, locking. Without them it is reported as any type change.
     */
    public StatementLinter learn(List<SqlStatement> earlier) {
        earlier.forEach(s -> known.learn(SqlText.normalise(s.sql())));
        return this;
    }

    /** A linter that knows what this one knows; what it then lints does not change this one (a down file). */
    public StatementLinter branch() {
        StatementLinter branch = new StatementLinter(dialect);
        branch.known = known.copy();
        return branch;
    }

    /**
     * Findings for the statements of one file, in statement order. What the file declares is learnt for the next
     * file this linter reads.
     */
    public List<Finding> lint(String file, List<SqlStatement> statements) {
        List<Finding> findings = new ArrayList<>();
        Set<String> createdHere = new HashSet<>();
        Set<String> notNullChecked = new HashSet<>();
        for (SqlStatement statement : statements) {
            String sql = SqlText.normalise(statement.sql());
            new Rules(file, statement, sql, findings, createdHere, notNullChecked).apply();
            known.learn(sql);
            Matcher created = CREATE_TABLE.matcher(sql);
            if (created.find()) {
                createdHere.add(SqlText.name(created.group(1)));
            }
        }
        return findings;
    }

    /** The rules applied to one statement. */
    private final class Rules {
        private final String file;
        private final SqlStatement statement;
        private final String sql;
        private final List<Finding> findings;
        private final Set<String> createdHere;
        /** table.column pairs with a CHECK (col IS NOT NULL) added earlier in the file: SET NOT NULL skips its scan. */
        private final Set<String> notNullChecked;

        Rules(String file, SqlStatement statement, String sql, List<Finding> findings, Set<String> createdHere,
              Set<String> notNullChecked) {
            this.file = file;
            this.statement = statement;
            this.sql = sql;
            this.findings = findings;
            this.createdHere = createdHere;
            this.notNullChecked = notNullChecked;
        }

        void apply() {
            if (sql.matches("^DROP (SCHEMA|DATABASE)\\b.*")) {
                add("SM101", Category.DESTRUCTIVE, "drops a whole schema and every table in it");
            } else if (sql.matches("^DROP TABLE\\b.*")) {
                add("SM102", Category.DESTRUCTIVE, "drops a table and all its rows");
            } else if (sql.matches("^TRUNCATE\\b.*") || sql.matches("^DELETE FROM [^ ]+$")) {
                add("SM104", Category.DESTRUCTIVE, "deletes every row of a table");
            } else if (sql.matches("^DROP SEQUENCE\\b.*")) {
                add("SM105", Category.DESTRUCTIVE, "drops a sequence: its current value is lost");
            } else if (sql.matches("^RENAME TABLE\\b.*")) {
                add("SM301", Category.BACKWARD_INCOMPATIBLE, "renames a table: the running application still uses"
                        + " the old name (add a view with the old name, or rename in a later release)");
            } else if (sql.startsWith("CREATE ")) {
                createIndex();
            } else if (sql.matches("^DROP INDEX\\b.*")) {
                lockRisk(dialect.dropIndex(sql));
            } else {
                Matcher alter = ALTER_TABLE.matcher(sql);
                if (alter.matches()) {
                    String table = SqlText.name(alter.group(1));
                    SqlText.topLevelParts(alter.group(2)).forEach(action -> alterAction(table, action));
                }
            }
        }

        private void createIndex() {
            Matcher index = CREATE_INDEX.matcher(sql);
            if (!index.find()) {
                return;
            }
            String table = SqlText.name(index.group(3));
            boolean newTable = createdHere.contains(table);
            if (index.group(1) != null && !newTable) {
                add("SM203", Category.DATA_DEPENDENT, "a unique index fails if existing rows have duplicates");
            }
            if (!newTable) {
                boolean concurrently = index.group(2) != null;
                lockRisk(known.partitioned(table) && !concurrently ? dialect.createPartitionedIndex()
                        : dialect.createIndex(concurrently));
            }
        }

        private void alterAction(String table, String action) {
            boolean newTable = createdHere.contains(table);
            Matcher drop = DROP_COLUMN.matcher(action);
            if (drop.find()) {
                String column = table + "." + SqlText.name(drop.group(1));
                add("SM103", Category.DESTRUCTIVE, "drops column " + column + " and its data");
                // like strong_migrations' remove_column: the version still running during the deploy maps it
                add("SM302", Category.BACKWARD_INCOMPATIBLE, "the application version running during the deploy"
                        + " may still read or write " + column + ": stop using it in one release, drop it in the next");
            } else if (action.matches("^RENAME (COLUMN )?.* TO .*") || action.matches("^RENAME (TO|AS) .*")) {
                add("SM301", Category.BACKWARD_INCOMPATIBLE, "renames " + (action.matches("^RENAME (TO|AS) .*")
                        ? "table " + table : "a column of " + table) + ": the running application still uses the"
                        + " old name");
            } else if (action.matches("^ADD (CONSTRAINT [^ ]+ )?(UNIQUE|PRIMARY KEY)\\b.*") && !newTable) {
                add("SM203", Category.DATA_DEPENDENT, "fails if " + table + " has duplicate values");
            } else if (action.matches("^ADD (CONSTRAINT [^ ]+ )?CHECK\\b.*") && !newTable) {
                Matcher notNull = NOT_NULL_CHECK.matcher(action);
                if (notNull.matches()) {
                    notNullChecked.add(table + "." + SqlText.name(notNull.group(1)));
                }
                constraint(table, action, "SM204", "a check fails if existing rows of " + table + " violate it");
            } else if (action.matches("^ADD (CONSTRAINT [^ ]+ )?FOREIGN KEY\\b.*") && !newTable) {
                constraint(table, action, "SM205", "a foreign key fails if rows of " + table
                        + " reference missing keys");
            } else if (action.matches("^ADD (COLUMN )?(?!CONSTRAINT|UNIQUE|PRIMARY|INDEX|KEY|FOREIGN|CHECK).*")) {
                addColumn(table, action, newTable);
            } else if (action.matches("^ALTER (COLUMN )?[^ ]+ SET NOT NULL$")) {
                add("SM202", Category.DATA_DEPENDENT, "fails if " + table + " has NULLs in the column");
                Matcher column = SET_NOT_NULL.matcher(action);
                boolean checked = column.matches()
                        && notNullChecked.contains(table + "." + SqlText.name(column.group(1)));
                if (!checked) {
                    lockRisk(dialect.setNotNull(table));
                }
            } else if (action.matches("^ALTER (COLUMN )?[^ ]+ (SET DATA )?TYPE .*")
                    || action.matches("^(MODIFY|CHANGE) .*")) {
                typeChange(table, action);
            }
        }

        private void addColumn(String table, String action, boolean newTable) {
            if (newTable) {
                return;
            }
            boolean notNull = action.contains(" NOT NULL");
            boolean hasDefault = action.contains(" DEFAULT ") || action.contains(" AUTO_INCREMENT")
                    || action.contains(" GENERATED ");
            if (notNull && !hasDefault) {
                add("SM201", Category.DATA_DEPENDENT, "adds a NOT NULL column without a default: fails if " + table
                        + " has rows");
            }
            lockRisk(dialect.addColumn(table, action));
        }

        private void constraint(String table, String action, String code, String explanation) {
            add(code, Category.DATA_DEPENDENT, explanation);
            lockRisk(dialect.addConstraint(table, action));
        }

        private void typeChange(String table, String action) {
            if (action.startsWith("CHANGE ")) {
                String[] words = action.split(" ");
                int first = words.length > 1 && words[1].equals("COLUMN") ? 2 : 1;
                if (words.length > first + 1 && !SqlText.name(words[first]).equals(SqlText.name(words[first + 1]))) {
                    add("SM301", Category.BACKWARD_INCOMPATIBLE, "renames a column of " + table
                            + ": the running application still uses the old name");
                }
            }
            ColumnTypes.Widening widening = known.widening(table, action);
            if (widening != null) {
                // every value fits the longer varchar: only the table's lock may be at stake
                lockRisk(dialect.widenVarchar(table, sql, widening.keepsLengthPrefix()));
                return;
            }
            add("SM206", Category.DATA_DEPENDENT, "changes a column of " + table + ": fails, or truncates, if"
                    + " existing values do not fit the new definition; destructive if it narrows the type");
            lockRisk(dialect.changeColumn(table, sql));
        }

        private void lockRisk(RunnerDialect.LockRisk risk) {
            if (risk != null) {
                add(risk.code(), Category.LOCKING, risk.explanation());
            }
        }

        private void add(String code, Category category, String explanation) {
            findings.add(new Finding(code, category, file, statement.number(), statement.line(),
                    abbreviate(statement.sql()), explanation));
        }
    }

    private static String abbreviate(String sql) {
        String oneLine = sql.strip().replaceAll("\\s+", " ");
        return oneLine.length() <= 120 ? oneLine : oneLine.substring(0, 117) + "...";
    }
}
