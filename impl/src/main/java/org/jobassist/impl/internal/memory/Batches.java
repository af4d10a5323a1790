package org.jobassist.impl.internal.memory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jobassist.api.error.Violation;

/** The checks every batch write makes before it looks at the store: null items, repeated keys. */
final class Batches {

    private Batches() {}

    /**
     * The faults of {@code items} on their own.
     *
     * @param items the batch, possibly with null elements
     * @param name the batch's path, such as {@code registers}
     * @param key the key of an item
     * @param keySuffix the path of the key within an item, such as {@code .id}, or empty
     * @param <T> the item
     * @param <K> the key
     * @return the violations, in item order
     */
    static <T, K> List<Violation> check(List<T> items, String name, Function<T, K> key, String keySuffix) {
        List<Violation> faults = new ArrayList<>();
        Map<K, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                faults.add(new Violation(name + "[" + i + "]", "store.null-item", "a batch must not hold null items"));
                continue;
            }
            Integer first = seen.putIfAbsent(key.apply(item), i);
            if (first != null) {
                faults.add(new Violation(name + "[" + i + "]" + keySuffix, "store.duplicate-key",
                        "the batch already holds an item with this key at " + name + "[" + first + "]"));
            }
        }
        return faults;
    }
}
