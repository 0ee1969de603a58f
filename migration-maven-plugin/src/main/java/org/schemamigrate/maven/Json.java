package org.schemamigrate.maven;

import org.schemamigrate.core.internal.json.JsonStrings;

/** The little JSON the plugin writes (core's JsonStrings); a library would be one more jar in every user's realm. */
final class Json {
    private Json() {
    }

    static String string(String s) {
        return JsonStrings.quote(s);
    }
}
