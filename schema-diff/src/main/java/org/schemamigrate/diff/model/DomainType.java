package org.schemamigrate.diff.model;

import java.util.List;

/**
 * A PostgreSQL domain: {@code baseType} as format_type prints it (a type of the same schema unqualified),
 * {@code defaultExpression} as the catalog stores it, {@code collation} only where it is not the base type's;
 * each check's expression is the whole {@code CHECK (…)} text of pg_get_constraintdef.
 */
public record DomainType(String name, String baseType, boolean notNull, String defaultExpression, String collation,
                         List<Check> checks, String comment) implements UserType {

    public DomainType {
        checks = List.copyOf(checks);
    }

    /** Base type and collation cannot change in place: the domain would be rebuilt. */
    public boolean sameBase(DomainType other) {
        return baseType.equals(other.baseType) && java.util.Objects.equals(collation, other.collation);
    }

    @Override
    public DomainType withComment(String newComment) {
        return new DomainType(name, baseType, notNull, defaultExpression, collation, checks, newComment);
    }
}
