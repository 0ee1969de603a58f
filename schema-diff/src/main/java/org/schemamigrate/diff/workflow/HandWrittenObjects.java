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
import org.schemamigrate.diff.model.Schema;

/**
 * Ownership with entities as the desired schema: entities cannot express views, functions, triggers, policies,
 * extensions or events, so those the migrations created by hand belong to the migrations. They are created in the
 * desired namespace too (from the text the server printed for them), so the diff never drops them and rebuilds a
 * dependent one around an entity change that needs it; the proof then compares like with like.
 *
 * @param desired the desired schema with the kept objects
 * @param kept    the objects kept from the current schema
 */
record HandWrittenObjects(Schema desired, List<DefinedObject> kept) {

    static HandWrittenObjects none(Schema desired) {
        return new HandWrittenObjects(desired, List.of());
    }

    /** Creates the current schema's objects that the desired one lacks in {@code space}, and reads it again. */
    static HandWrittenObjects keep(ScratchSpace scratch, DiffDialect dialect, String space, Schema desired,
                                   Schema current) {
        Set<String> present = desired.objects().stream().map(DefinedObject::key).collect(Collectors.toSet());
        List<DefinedObject> kept = current.objects().stream().filter(o -> !present.contains(o.key())).toList();
        if (kept.isEmpty()) {
            return none(desired);
        }
        List<DefinedObject> all = new ArrayList<>(desired.objects());
        all.addAll(kept);
        List<SchemaChange> creates = dialect.differ().diff(desired, desired.withObjects(all));
        try {
            scratch.executeEach(space, dialect.planner().plan(creates).script(), "the hand-written objects");
        } catch (ScratchSpace.ScriptFailure e) {
            throw new MigrationException(CoreErrorCode.CONFIGURATION, "Objects written by hand in the migrations ("
                    + String.join(", ", kept.stream().map(DefinedObject::label).toList()) + ") cannot stay on the"
                    + " schema the entities describe: " + e.getMessage() + "\nChange or drop them in a migration"
                    + " written by hand (migration:create) together with the entity change. Nothing was written.",
                    e);
        }
        return new HandWrittenObjects(scratch.inspect(space, dialect::inspector), kept);
    }

    /** Creates {@code current}'s extensions in {@code space} before the entities' DDL runs there; returns it. */
    static Schema withExtensionsIn(ScratchSpace scratch, DiffDialect dialect, String space, Schema current) {
        List<DefinedObject> extensions = current.objects().stream()
                .filter(o -> o.kind() == DefinedObject.Kind.EXTENSION).toList();
        if (!extensions.isEmpty()) {
            Schema none = Schema.empty(current.name());
            scratch.executeEach(space, dialect.planner().plan(dialect.differ().diff(none,
                    none.withObjects(extensions))).script(), "the extensions of the migrations");
        }
        return current;
    }

    /** The kept objects that {@code changes} drop and create again, for the file header. */
    List<String> rebuiltBy(List<SchemaChange> changes) {
        Set<String> dropped = changes.stream().filter(c -> c instanceof SchemaChange.DropObject)
                .map(c -> ((SchemaChange.DropObject) c).object().key()).collect(Collectors.toSet());
        return kept.stream().filter(o -> dropped.contains(o.key())).map(DefinedObject::label).toList();
    }
}
