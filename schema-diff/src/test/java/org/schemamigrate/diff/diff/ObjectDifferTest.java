package org.schemamigrate.diff.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.schemamigrate.core.CoreErrorCode;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.change.SchemaChange;
import org.schemamigrate.diff.diff.postgres.PostgresDiffHooks;
import org.schemamigrate.diff.model.DefinedObject;
import org.schemamigrate.diff.model.DefinedObject.Kind;
import org.schemamigrate.diff.model.Schema;

/** Objects compared by definition: what is dropped and created, in which order, without a database. */
class ObjectDifferTest {
    private final SchemaDiffer differ = new SchemaDiffer(new PostgresDiffHooks());

    private static DefinedObject view(String name, String text, String... dependsOn) {
        return new DefinedObject(Kind.VIEW, name, null, List.of("CREATE VIEW " + name + " AS " + text), null,
                List.of(dependsOn));
    }

    private static Schema schema(DefinedObject... objects) {
        return Schema.empty("public").withObjects(List.of(objects));
    }

    private static List<String> summary(List<SchemaChange> changes) {
        return changes.stream().map(c -> c instanceof SchemaChange.DropObject d ? "drop " + d.object().name()
                : "create " + ((SchemaChange.CreateObject) c).object().name()).toList();
    }

    @Test
    void aChangedViewTakesTheViewsOverItAlongDependentsFirstAndBackAfter() {
        DefinedObject base = view("a_base", "SELECT 1");
        DefinedObject over = view("b_over", "SELECT * FROM a_base", "VIEW a_base");
        DefinedObject top = view("c_top", "SELECT * FROM b_over", "VIEW b_over");
        DefinedObject unrelated = view("d_other", "SELECT 2");

        List<SchemaChange> changes = differ.diff(schema(base, over, top, unrelated),
                schema(view("a_base", "SELECT 2"), over, top, unrelated));

        assertThat(summary(changes)).containsExactly("drop c_top", "drop b_over", "drop a_base",
                "create a_base", "create b_over", "create c_top");
        assertThat(differ.diff(schema(base, over, top), schema(base, over, top))).isEmpty();
    }

    @Test
    void aDependencyCycleIsReportedNotGuessed() {
        DefinedObject a = view("a", "SELECT * FROM b", "VIEW b");
        DefinedObject b = view("b", "SELECT * FROM a", "VIEW a");

        assertThatThrownBy(() -> differ.diff(schema(), schema(a, b)))
                .isInstanceOfSatisfying(MigrationException.class, e -> {
                    assertThat(e.code()).isEqualTo(CoreErrorCode.CONFIGURATION);
                    assertThat(e.getMessage()).contains("view a", "view b", "cycle");
                });
    }

    @Test
    void aFunctionWhoseBodyAloneChangesIsReplacedInPlaceAndWhatUsesItStays() {
        DefinedObject v1 = function("add_one(x integer)", "RETURNS integer", "select x + 1");
        DefinedObject v2 = function("add_one(x integer)", "RETURNS integer", "select x + 2");
        DefinedObject retyped = function("add_one(x integer)", "RETURNS bigint", "select x + 2");
        DefinedObject view = view("v", "SELECT add_one(1)", "FUNCTION add_one(x integer)");

        assertThat(summary(differ.diff(schema(v1, view), schema(v2, view)))).containsExactly("create add_one(x integer)");
        assertThat(summary(differ.diff(schema(v1, view), schema(retyped, view))))
                .as("a new result type cannot be replaced: drop, with the view over it")
                .containsExactly("drop v", "drop add_one(x integer)", "create add_one(x integer)", "create v");
    }

    private static DefinedObject function(String signature, String returns, String body) {
        return new DefinedObject(Kind.FUNCTION, signature, null, List.of("CREATE OR REPLACE FUNCTION " + signature
                + "\n " + returns + "\n LANGUAGE sql\nAS $function$" + body + "$function$"), null, List.of());
    }
}
