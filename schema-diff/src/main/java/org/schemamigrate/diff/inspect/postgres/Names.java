package org.schemamigrate.diff.inspect.postgres;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.schemamigrate.diff.model.CompositeType;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.model.DomainType;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.model.UserType;

/**
 * How the inspector names what it reads: the managed schema's objects by their own names, those of the other user
 * schemas ({@code others}) with their schema ({@link SchemaNames}); a column type or a referenced table of
 * another schema likewise, so that the planner writes it qualified.
 */
record Names(String managed, Set<String> others) {

    /** {@code name} of an object in {@code schema}. */
    String in(String schema, String name) {
        return schema.equals(managed) ? name : SchemaNames.of(schema, name);
    }

    /** A user-defined type's name: qualified when it lives in another user schema, else as before. */
    String type(String schema, String name) {
        return schema != null && others.contains(schema) ? SchemaNames.of(schema, name) : name;
    }

    /** A foreign key's referenced table, qualified when it lives outside the managed schema. */
    String referenced(String schema, String table) {
        return table == null || schema == null || schema.equals(managed) ? table : SchemaNames.of(schema, table);
    }

    /** Domains and composite types of another schema, named with it. */
    List<UserType> in(String schema, List<UserType> types) {
        return types.stream().map(t -> t instanceof DomainType d
                ? (UserType) new DomainType(in(schema, d.name()), d.baseType(), d.notNull(), d.defaultExpression(),
                        d.collation(), d.checks(), d.comment())
                : new CompositeType(in(schema, t.name()), ((CompositeType) t).attributes(), t.comment())).toList();
    }

    /** {@code into} with another schema's tables, types, objects, and the schema itself (CREATE SCHEMA, comment). */
    Schema merge(Schema into, Schema other, String schema, String comment) {
        List<DefinedObject> objects = new ArrayList<>(into.objects());
        objects.addAll(other.objects());
        objects.add(new DefinedObject(DefinedObject.Kind.SCHEMA, schema, null,
                List.of("CREATE SCHEMA \"" + schema.replace("\"", "\"\"") + "\""), comment, List.of()));
        return new Schema(into.name(), concat(into.tables(), other.tables()),
                concat(into.sequences(), other.sequences()), concat(into.enumTypes(), other.enumTypes()),
                into.casts(), concat(into.userTypes(), other.userTypes()), into.partitions(), objects);
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
