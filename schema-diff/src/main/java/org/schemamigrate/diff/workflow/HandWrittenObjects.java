package org.schemamigrate.diff.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.dialect.DiffDialect;
import org.schemamigrate.diff.inspect.ScratchSpace;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.model.DomainType;
import org.schemamigrate.diff.model.Schema;
import org.schemamigrate.diff.model.SchemaNames;
import org.schemamigrate.diff.model.Table;
import org.schemamigrate.diff.model.TableOptions;
import org.schemamigrate.diff.model.UserType;

/**
 * Ownership with entities as the desired schema: entities cannot express views, functions, triggers, policies,
 * extensions or events, nor domains, composite types or row-level-security flags, so those the migrations created
 * by hand belong to the migrations. They are created in the desired namespace too (from the text the server
 * printed for them; types and extensions before the entities' DDL, which may use them), so the diff never drops
 * them and rebuilds a dependent one around an entity change that needs it; the proof then compares like with like.
 *
 * @param desired the desired schema with the kept objects
 * @param kept    the objects kept from the current schema
 * @param types   the domains and composite types kept from the current schema
 * @param indexes the indexes kept from the current schema ({@link KeptIndexes}), as table.index
 */
record HandWrittenObjects(Schema desired, List<DefinedObject> kept, List<UserType> types, List<String> indexes) {

    HandWrittenObjects(Schema desired, List<DefinedObject> kept, List<UserType> types) {
        this(desired, kept, types, List.of());
    }

    static HandWrittenObjects none(Schema desired) {
        return new HandWrittenObjects(desired, List.of(), List.of());
    }

    /** These objects on {@code newDesired}, which also holds the kept {@code keptIndexes}. */
    HandWrittenObjects withIndexes(Schema newDesired, List<String> keptIndexes) {
        return new HandWrittenObjects(newDesired, kept, types, keptIndexes);
    }

    /** Creates the current schema's objects that the desired one lacks in {@code space}, and reads it again. */
    static HandWrittenObjects keep(ScratchSpace scratch, DiffDialect dialect, String space, Schema desired,
                                   Schema current) {
        Set<String> present = desired.objects().stream().map(DefinedObject::key).collect(Collectors.toSet());
        List<DefinedObject> kept = current.objects().stream().filter(o -> !present.contains(o.key())).toList();
        List<DefinedObject> all = new ArrayList<>(desired.objects());
        all.addAll(kept);
        // domains came first (withExtensionsIn); composite types after the entities' DDL, which creates those
        // of @Struct embeddables itself: the others are the migrations' own
        Set<String> made = desired.userTypes().stream().map(UserType::name).collect(Collectors.toSet());
        List<UserType> types = new ArrayList<>(domains(current));
        current.userTypes().stream().filter(t -> !(t instanceof DomainType) && !made.contains(t.name()))
                .forEach(types::add);
        List<UserType> allTypes = new ArrayList<>(desired.userTypes());
        types.stream().filter(t -> !made.contains(t.name())).forEach(allTypes::add);
        Schema target = withRowSecurityOf(desired.withObjects(all), current)
                .withStructures(allTypes, desired.partitions());
        if (target.equals(desired)) {
            return new HandWrittenObjects(desired, List.of(), types);
        }
        List<SchemaChange> creates = dialect.differ().diff(desired, target);
        try {
            scratch.executeEach(space, dialect.planner().plan(creates).script(), "the hand-written objects");
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Objects written by hand in the migrations ("
                    + String.join(", ", kept.stream().map(DefinedObject::label).toList()) + ") cannot stay on the"
                    + " schema the entities describe: " + e.getMessage() + "\nChange or drop them in a migration"
                    + " written by hand (migration:create) together with the entity change. Nothing was written.",
                    e);
        }
        return new HandWrittenObjects(scratch.inspect(space, dialect::inspector), kept, types);
    }

    /** Whether {@code current} has extensions or domains that go into the desired namespace before its DDL. */
    static boolean comeFirst(Schema current) {
        return !domains(current).isEmpty()
                || current.objects().stream().anyMatch(o -> o.kind() == DefinedObject.Kind.EXTENSION);
    }

    /**
     * Creates {@code current}'s extensions and domains in {@code space} before the entities' DDL runs there (an
     * entity column may use them through its column definition; Hibernate creates neither); returns
     * {@code current}.
     */
    static Schema withExtensionsIn(ScratchSpace scratch, DiffDialect dialect, String space, Schema current) {
        List<DefinedObject> extensions = current.objects().stream()
                .filter(o -> o.kind() == DefinedObject.Kind.EXTENSION).toList();
        if (comeFirst(current)) {
            Schema none = Schema.empty(current.name());
            scratch.executeEach(space, dialect.planner().plan(dialect.differ().diff(none,
                    none.withObjects(extensions).withStructures(domains(current), List.of()))).script(),
                    "the extensions and domains of the migrations");
        }
        return current;
    }

    private static List<UserType> domains(Schema schema) {
        return schema.userTypes().stream().filter(t -> t instanceof DomainType
                && SchemaNames.schemaOf(t.name()) == null).toList();
    }

    /** {@code desired} with the row-level-security flags the current schema's table of the same name has. */
    private static Schema withRowSecurityOf(Schema desired, Schema current) {
        return desired.withTables(desired.tables().stream().map(t -> current.table(t.name())
                .map(Table::options).filter(o -> o.rowSecurity() || o.forceRowSecurity())
                .map(o -> t.withOptions(withRowSecurity(t.options(), o))).orElse(t)).toList());
    }

    private static TableOptions withRowSecurity(TableOptions options, TableOptions from) {
        TableOptions base = options == null ? new TableOptions(null, null) : options;
        return new TableOptions(base.engine(), base.collation(), base.rowFormat(), base.keyBlockSize(),
                base.partitioning(), from.rowSecurity(), from.forceRowSecurity());
    }

    /** The kept objects, types and indexes that {@code changes} drop and create again, for the file header. */
    List<String> rebuiltBy(List<SchemaChange> changes) {
        Set<String> dropped = changes.stream().filter(c -> c instanceof SchemaChange.DropObject)
                .map(c -> ((SchemaChange.DropObject) c).object().key()).collect(Collectors.toSet());
        Set<String> droppedTypes = changes.stream().filter(c -> c instanceof SchemaChange.DropType)
                .map(c -> ((SchemaChange.DropType) c).type().name()).collect(Collectors.toSet());
        List<String> rebuilt = new ArrayList<>(kept.stream().filter(o -> dropped.contains(o.key()))
                .map(DefinedObject::label).toList());
        types.stream().filter(t -> droppedTypes.contains(t.name()))
                .forEach(t -> rebuilt.add((t instanceof DomainType ? "domain " : "type ") + t.name()));
        changes.stream().filter(c -> c instanceof SchemaChange.DropIndex).map(c -> (SchemaChange.DropIndex) c)
                .filter(d -> indexes.contains(KeptIndexes.key(d.table(), d.index().name())))
                .forEach(d -> rebuilt.add("index " + d.index().name() + " on " + d.table()));
        return rebuilt;
    }
}
