package org.schemamigrate.diff.model;

/** A PostgreSQL type the model plans besides enums: a domain or a composite type. */
public sealed interface UserType permits DomainType, CompositeType {

    String name();

    /** COMMENT ON TYPE/DOMAIN, or null. */
    String comment();

    /** The same type with another comment (a comment alone is changed in place). */
    UserType withComment(String newComment);
}
