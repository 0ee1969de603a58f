package org.schemamigrate.diff.prove;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.schemamigrate.core.db.DatabaseKind;
import org.schemamigrate.diff.inspect.InspectOptions;

/**
 * Everything the server prints for the managed objects of one schema, as a sorted list of lines
 * ({@code <kind> <owner>: <text>}), with the schema's own name taken out so two scratch namespaces compare. It is
 * the proof's oracle: independent of the model, so what the inspector does not read still shows as a residual.
 */
public record CatalogFingerprint(List<String> lines) {

    public CatalogFingerprint {
        lines = lines.stream().sorted().toList();
    }

    /** Reads one dialect's fingerprint of a schema. */
    public interface Reader {
        CatalogFingerprint read(Connection connection, InspectOptions options) throws SQLException;
    }

    public static Reader reader(DatabaseKind kind) {
        return switch (kind) {
            case POSTGRESQL -> new PostgresFingerprint();
            case MYSQL, MARIADB -> new MysqlFingerprint();
        };
    }

    /**
     * The lines that differ from {@code expected}: {@code - line} where expected has a line this one lacks,
     * {@code + line} where this one has a line expected lacks (each counted, so duplicates matter).
     */
    public List<String> residual(CatalogFingerprint expected) {
        Map<String, Integer> counts = new HashMap<>();
        expected.lines.forEach(line -> counts.merge(line, 1, Integer::sum));
        lines.forEach(line -> counts.merge(line, -1, Integer::sum));
        List<String> residual = new ArrayList<>();
        counts.forEach((line, count) -> {
            for (int i = 0; i < Math.abs(count); i++) {
                residual.add((count > 0 ? "- " : "+ ") + line);
            }
        });
        residual.sort((a, b) -> {
            int byLine = a.substring(2).compareTo(b.substring(2));
            return byLine != 0 ? byLine : a.compareTo(b);
        });
        return residual;
    }

    /** Replaces whole-word occurrences of the schema's name (plain or quoted, followed by a dot) with nothing. */
    public static String unqualify(String text, String schema, char quote) {
        String quoted = quote + schema.replace(String.valueOf(quote), String.valueOf(quote) + quote) + quote + ".";
        String result = text.replace(quoted, "");
        StringBuilder out = new StringBuilder(result.length());
        String plain = schema + ".";
        int from = 0;
        int at;
        while ((at = result.indexOf(plain, from)) >= 0) {
            boolean wordStart = at == 0 || !(Character.isLetterOrDigit(result.charAt(at - 1))
                    || result.charAt(at - 1) == '_' || result.charAt(at - 1) == '$');
            out.append(result, from, at);
            if (!wordStart) {
                out.append(plain);
            }
            from = at + plain.length();
        }
        return out.append(result.substring(from)).toString();
    }
}
