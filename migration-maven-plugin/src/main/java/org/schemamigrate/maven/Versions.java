package org.schemamigrate.maven;

/** Reads the version numbers given as -Dto / -Dversion and the -Dsteps count. */
final class Versions {
    private Versions() {
    }

    static long parse(String text, String property) {
        try {
            long v = Long.parseLong(text.trim());
            if (v >= 0) {
                return v;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(property + " must be a migration version: the number at the start of"
                + " the file name (e.g. 20260101120000 or 0003); got '" + text + "'.");
    }

    static long required(String text, String property, String goal) {
        if (text == null || text.isBlank()) {
            throw new ConfigurationException(goal + " needs a version: -D" + property + "=<version> (the number at"
                    + " the start of a migration's file name; migration:status lists them).");
        }
        return parse(text, property);
    }

    static void onlyOne(Integer steps, String to) {
        if (steps != null && to != null && !to.isBlank()) {
            throw new ConfigurationException("Give either -Dsteps or -Dto, not both.");
        }
    }
}
