package org.schemamigrate.diff.prove;

import java.sql.SQLException;

/**
 * A generated type change that PostgreSQL cannot cast (SQLSTATE 42846, e.g. numeric to interval): not a planner
 * bug but a conversion only the user can define, since the values' meaning is not in the schema. Found in the
 * PostgreSQL trial: switching Hibernate's Duration from numeric to interval failed "as a bug in the planner".
 */
public final class NoCast {
    public static final String ADVICE = "PostgreSQL has no cast between the column's old and new type, so only you know"
            + " how its values convert. Write this change by hand (mvn migration:create -Dmigration.name=<name>,"
            + " with ALTER COLUMN … TYPE … USING <an expression that converts the values>, or a new column filled"
            + " from the old one), then run migration:check, which passes once the migrations reach the entities.";
    /** Hibernate stores a Duration as numeric(21,0) nanoseconds unless told to use interval. */
    static final String DURATION = " Hibernate's numeric Duration holds nanoseconds: USING make_interval(secs =>"
            + " <column> / 1e9).";

    private NoCast() {
    }

    /** The advice when {@code failure} is a missing cast, else null. */
    static String advice(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException e && "42846".equals(e.getSQLState())) {
                String message = String.valueOf(e.getMessage());
                return ADVICE + (message.contains("numeric to interval") ? DURATION : "");
            }
        }
        return null;
    }
}
