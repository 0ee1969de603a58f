package org.schemamigrate.diff.diff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.BiConsumer;
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
        match(from, to, name, sameDefinition, drop, add, null, false);
    }

    /**
     * As above; with {@code paired} (kinds that can be renamed), every pair is reported, and a pair whose names
     * differ is a rename: never onto a name another current object holds (renames run before drops), and to a
     * name differing only in case only where {@code caseRenames} (the server can rename to another case).
     */
    static <T> void match(List<T> from, List<T> to, Function<T, String> name, BiPredicate<T, T> sameDefinition,
                          Consumer<T> drop, Consumer<T> add, BiConsumer<T, T> paired, boolean caseRenames) {
        List<T> unmatched = new ArrayList<>(from);
        List<T> wanted = new ArrayList<>(to);
        List<T> pairs = new ArrayList<>();
        pair(unmatched, wanted, (a, b) -> sameDefinition.test(a, b) && Objects.equals(name.apply(a), name.apply(b)),
                pairs);
        // an object whose name the target gives to something else cannot stay, or the new one could not be created
        Set<String> claimed = new HashSet<>();
        wanted.forEach(w -> claimed.add(name.apply(w)));
        Set<String> held = new HashSet<>();
        from.forEach(f -> held.add(name.apply(f)));
        // names that differ only in case were chosen (quoted) by someone, never generated: the name is the change
        pair(unmatched, wanted, (a, b) -> sameDefinition.test(a, b) && !claimed.contains(name.apply(a))
                && (caseRenames || !onlyCaseDiffers(name.apply(a), name.apply(b)))
                && (paired == null || !held.contains(name.apply(b))),
                pairs);
        unmatched.forEach(drop);
        wanted.forEach(add);
        if (paired != null) {
            for (int i = 0; i < pairs.size(); i += 2) {
                paired.accept(pairs.get(i), pairs.get(i + 1));
            }
        }
    }

    private static boolean onlyCaseDiffers(String a, String b) {
        return a != null && b != null && !a.equals(b) && a.equalsIgnoreCase(b);
    }

    /** Removes each pair it finds from both lists, in the order of {@code wanted}; appends it to {@code pairs}. */
    private static <T> void pair(List<T> unmatched, List<T> wanted, BiPredicate<T, T> matches, List<T> pairs) {
        wanted.removeIf(w -> {
            for (T candidate : unmatched) {
                if (matches.test(candidate, w)) {
                    unmatched.remove(candidate);
                    pairs.add(candidate);
                    pairs.add(w);
                    return true;
                }
            }
            return false;
        });
    }
}
