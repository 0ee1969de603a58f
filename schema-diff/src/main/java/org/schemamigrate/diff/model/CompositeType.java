package org.schemamigrate.diff.model;

import java.util.List;

/** A PostgreSQL composite type ({@code CREATE TYPE … AS (…)}) with its attributes in order. */
public record CompositeType(String name, List<Attribute> attributes, String comment) implements UserType {

    public CompositeType {
        attributes = List.copyOf(attributes);
    }

    /** One attribute: its type as format_type prints it, its collation only where not the type's default. */
    public record Attribute(String name, String type, String collation) {
    }

    @Override
    public CompositeType withComment(String newComment) {
        return new CompositeType(name, attributes, newComment);
    }
}
