package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pairs named objects of two lists by definition, so that generated names never cause churn: same name and same
 * definition first, then same definition under another name. What stays unpaired is dropped or added.
 */
final class Matcher {

    private Matcher() {
    }

    static <T> void match(List<T> from, List<T> to, Function<T, String> name, BiPredicate<T, T> sameDefinition,
                          Consumer<T> drop, Consumer<T> add) {
        List<T> unmatched = new ArrayList<>(from);
        List<T> wanted = new ArrayList<>(to);
        pair(unmatched, wanted, (a, b) -> sameDefinition.test(a, b) && Objects.equals(name.apply(a), name.apply(b)));
        // an object whose name the target gives to something else cannot stay, or the new one could not be created
        Set<String> claimed = new HashSet<>();
        wanted.forEach(w -> claimed.add(name.apply(w)));
        // names that differ only in case were chosen (quoted) by someone, never generated: the name is the change
        pair(unmatched, wanted, (a, b) -> sameDefinition.test(a, b) && !claimed.contains(name.apply(a))
                && !onlyCaseDiffers(name.apply(a), name.apply(b)));
        unmatched.forEach(drop);
        wanted.forEach(add);
    }

    private static boolean onlyCaseDiffers(String a, String b) {
        return a != null && b != null && !a.equals(b) && a.equalsIgnoreCase(b);
    }

    /** Removes each pair it finds from both lists, in the order of {@code wanted}. */
    private static <T> void pair(List<T> unmatched, List<T> wanted, BiPredicate<T, T> matches) {
        wanted.removeIf(w -> {
            for (T candidate : unmatched) {
                if (matches.test(candidate, w)) {
                    unmatched.remove(candidate);
                    return true;
                }
            }
            return false;
        });
    }
}
