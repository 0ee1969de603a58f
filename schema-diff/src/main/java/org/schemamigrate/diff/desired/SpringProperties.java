package org.schemamigrate.diff.desired;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.schemamigrate.core.FailureDetails;
import org.schemamigrate.core.MigrationException;
import org.schemamigrate.diff.DiffErrorCode;

/**
 * The application's properties as Spring Boot's environment resolves them: the command line (system and Maven
 * user properties) over environment variables over the files (later documents over earlier ones); names bound
 * relaxed ({@code physical-strategy}, {@code physicalStrategy}, {@code physical_strategy},
 * {@code SPRING_JPA_HIBERNATE_NAMING_PHYSICALSTRATEGY} or {@code …_PHYSICAL_STRATEGY} are one property);
 * {@code ${name}} and {@code ${name:default}} placeholders resolved from all of them.
 */
final class SpringProperties {
    private static final int MAX_DEPTH = 32;

    /** A property's text as written and where it came from (a file, an environment variable, the command line). */
    record Value(String text, String origin, boolean external) {
    }

    private final Map<String, Value> commandLine = new LinkedHashMap<>();
    private final Map<String, Value> environment = new LinkedHashMap<>();
    // insertion order is precedence: a later document's key is moved to the end
    private final Map<String, Value> files = new LinkedHashMap<>();

    SpringProperties(SettingsSources sources, List<SpringConfigFiles.Document> documents) {
        sources.commandLine().forEach((k, v) -> commandLine.put(k, new Value(v, "system property " + k, true)));
        sources.environment().forEach((k, v) -> environment.put(k, new Value(v, "environment variable " + k, true)));
        for (SpringConfigFiles.Document document : documents) {
            document.properties().forEach((k, v) -> {
                files.remove(k);
                files.put(k, new Value(v, document.origin(), false));
            });
        }
    }

    /** A Boot property named in its kebab-case form, placeholders resolved; null when set nowhere. */
    Value get(String name) {
        String canonical = canonical(name);
        Value value = lastCanonical(commandLine, canonical);
        if (value == null) {
            value = environment.get(envName(canonical));
        }
        if (value == null) {
            value = environment.get(name.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_'));
        }
        if (value == null) {
            value = lastCanonical(files, canonical);
        }
        return value == null ? null : resolved(value, name);
    }

    /**
     * The entries of a {@code Map<String, String>} property such as {@code spring.jpa.properties}: keys as written
     * ({@code [key]} brackets dropped); from environment variables, as Boot binds them, the rest of the name in
     * lower case with {@code _} read as {@code .}.
     */
    Map<String, Value> map(String prefix) {
        Map<String, Value> map = new TreeMap<>();
        putEntries(files, prefix, map);
        String envPrefix = envName(canonical(prefix)) + "_";
        environment.forEach((k, v) -> {
            if (k.toUpperCase(Locale.ROOT).startsWith(envPrefix) && k.length() > envPrefix.length()) {
                map.put(k.substring(envPrefix.length()).toLowerCase(Locale.ROOT).replace('_', '.'), v);
            }
        });
        putEntries(commandLine, prefix, map);
        map.replaceAll((key, value) -> resolved(value, prefix + "." + key));
        return map;
    }

    /** {@code text} with its placeholders resolved; {@code key} and {@code origin} name it in an error. */
    String resolve(String text, String key, String origin) {
        return resolve(text, key, origin, 0);
    }

    private Value resolved(Value value, String key) {
        return new Value(resolve(value.text(), key, value.origin(), 0), value.origin(), value.external());
    }

    private String resolve(String text, String key, String origin, int depth) {
        if (depth > MAX_DEPTH) {
            throw failure("The setting " + key + " (" + origin + ") has placeholders that refer to each other in a"
                    + " circle; the application would not start with it. Break the circle.", origin);
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int start;
        while ((start = text.indexOf("${", from)) >= 0) {
            int end = closingBrace(text, start + 2);
            if (end < 0) {
                break; // Spring leaves an unclosed placeholder as it is
            }
            out.append(text, from, start);
            String inner = text.substring(start + 2, end);
            int colon = separator(inner);
            String name = resolve(colon < 0 ? inner : inner.substring(0, colon), key, origin, depth + 1);
            Value found = lookup(name);
            if (found != null) {
                out.append(resolve(found.text(), name, found.origin(), depth + 1));
            } else if (colon >= 0) {
                out.append(resolve(inner.substring(colon + 1), key, origin, depth + 1));
            } else {
                throw failure("The setting " + key + " (" + origin + ") uses ${" + name + "}, which is set neither"
                        + " in the application's settings files, nor as an environment variable or system property;"
                        + " the application would not start with it. Set it, or give a default: ${" + name
                        + ":value}. Nothing was started.", origin);
            }
            from = end + 1;
        }
        return out.append(text.substring(from)).toString();
    }

    /** A placeholder's name as Spring's environment looks it up: exactly, then relaxed. */
    private Value lookup(String name) {
        Value value = commandLine.get(name);
        if (value == null) {
            value = lastCanonical(commandLine, canonical(name));
        }
        for (String variant : List.of(name, name.replace('.', '_'), name.replace('-', '_'),
                name.replace('.', '_').replace('-', '_'))) {
            if (value == null) {
                value = environment.get(variant);
            }
            if (value == null) {
                value = environment.get(variant.toUpperCase(Locale.ROOT));
            }
        }
        if (value == null) {
            value = files.containsKey(name) ? files.get(name) : lastCanonical(files, canonical(name));
        }
        return value;
    }

    private static void putEntries(Map<String, Value> source, String prefix, Map<String, Value> into) {
        String lower = prefix.toLowerCase(Locale.ROOT);
        source.forEach((k, v) -> {
            String key = k.toLowerCase(Locale.ROOT);
            if ((key.startsWith(lower + ".") || key.startsWith(lower + "[")) && k.length() > prefix.length() + 1) {
                into.put(k.substring(prefix.length() + 1).replace("[", "").replace("]", ""), v);
            }
        });
    }

    private static Value lastCanonical(Map<String, Value> source, String canonical) {
        Value last = null;
        for (Map.Entry<String, Value> entry : source.entrySet()) {
            if (canonical(entry.getKey()).equals(canonical)) {
                last = entry.getValue();
            }
        }
        return last;
    }

    /** Boot's canonical form: lower case, without dashes or underscores inside the dotted elements. */
    static String canonical(String name) {
        return name.toLowerCase(Locale.ROOT).replace("-", "").replace("_", "");
    }

    private static String envName(String canonical) {
        return canonical.toUpperCase(Locale.ROOT).replace('.', '_');
    }

    private static int closingBrace(String text, int from) {
        int nested = 0;
        for (int i = from; i < text.length(); i++) {
            if (text.startsWith("${", i)) {
                nested++;
                i++;
            } else if (text.charAt(i) == '}') {
                if (nested == 0) {
                    return i;
                }
                nested--;
            }
        }
        return -1;
    }

    private static int separator(String inner) {
        int nested = 0;
        for (int i = 0; i < inner.length(); i++) {
            if (inner.startsWith("${", i)) {
                nested++;
                i++;
            } else if (inner.charAt(i) == '}') {
                nested--;
            } else if (inner.charAt(i) == ':' && nested == 0) {
                return i;
            }
        }
        return -1;
    }

    private static MigrationException failure(String message, String origin) {
        return new MigrationException(DiffErrorCode.SETTINGS_UNREADABLE, message,
                new FailureDetails.DesiredSchemaFailed(origin, 0), null);
    }
}
