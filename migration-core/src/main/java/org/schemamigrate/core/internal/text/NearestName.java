package org.schemamigrate.core.internal.text;

import java.util.Collection;
import java.util.Comparator;
import java.util.Locale;

/**
 * The known name closest to a misspelled one, for "did you mean" in unknown-property errors of the Maven plugin
 * and the Spring Boot starter. Case-insensitive Levenshtein distance; ties go to the first name in iteration order.
 */
public final class NearestName {
    private NearestName() {
    }

    /** The closest of {@code known} to {@code name}, or "none" when nothing is known. */
    public static String among(String name, Collection<String> known) {
        String lower = name.toLowerCase(Locale.ROOT);
        return known.stream().min(Comparator.comparingInt((String k) -> distance(lower, k.toLowerCase(Locale.ROOT))))
                .orElse("none");
    }

    /** How many single-letter insertions, deletions or substitutions turn a into b. */
    public static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
