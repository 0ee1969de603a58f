package org.schemamigrate.diff.model;

import java.util.Objects;

/**
 * A PostgreSQL cast between two types of which at least one belongs to the schema, such as the implicit
 * {@code varchar <-> enum} casts Hibernate creates for {@code SqlTypes.NAMED_ENUM}. Casts live in the database
 * (pg_cast), not in a schema, so they are kept with the schema whose types they convert.
 *
 * @param source   the source type
 * @param target   the target type
 * @param method   how the value is converted
 * @param function the function's signature ({@code regprocedure} text) when {@code method} is FUNCTION, else null
 * @param context  where the server applies the cast without being asked
 */
public record Cast(TypeName source, TypeName target, Method method, String function, Context context) {

    /**
     * A type of the schema ({@code local}: its unqualified name, quoted when written) or any other type as
     * {@code format_type} prints it ({@code character varying}), written as it is.
     */
    public record TypeName(String name, boolean local) {
        public TypeName {
            Objects.requireNonNull(name, "name");
        }

        @Override
        public String toString() {
            return local ? '"' + name.replace("\"", "\"\"") + '"' : name;
        }
    }

    public enum Method { INOUT, BINARY, FUNCTION }

    public enum Context { EXPLICIT, ASSIGNMENT, IMPLICIT }

    public Cast {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        if ((method == Method.FUNCTION) != (function != null)) {
            throw new IllegalArgumentException("A cast names a function exactly when it converts with one: "
                    + source + " AS " + target);
        }
    }

    /** What identifies a cast, as SQL: at most one exists per pair of types. */
    public String key() {
        return source + " AS " + target;
    }

    /** True when the cast converts from or to the schema's type {@code typeName}. */
    public boolean involves(String typeName) {
        return source.equals(new TypeName(typeName, true)) || target.equals(new TypeName(typeName, true));
    }
}
