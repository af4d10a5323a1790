package org.jobassist.impl.internal.service;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;
import java.util.function.Function;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/** The checks a batch write of this package makes before it looks at the store: null items, repeated keys. */
final class StoreChecks {

    private StoreChecks() {}

    /**
     * Checks {@code items} on their own and throws if any is bad. Two items with one key are a
     * {@code store.duplicate-key} unless {@code sameAllowed} says they may both stand (equal
     * values, which a retried append may carry twice).
     *
     * @param items the batch
     * @param name the batch's path, such as {@code vacancies}
     * @param key the key of an item
     * @param keySuffix the path of the key within an item, such as {@code .id}, or empty
     * @param sameAllowed whether two items with one key are acceptable
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key}
     * @throws NullPointerException if {@code items} is null
     */
    static <T, K> void check(List<T> items, String name, Function<T, K> key, String keySuffix,
            BiPredicate<T, T> sameAllowed) {
        Objects.requireNonNull(items, name);
        List<Violation> faults = new ArrayList<>();
        Map<K, Integer> seen = new HashMap<>();
        for (int i = 0; i < items.size(); i++) {
            T item = items.get(i);
            if (item == null) {
                faults.add(new Violation(name + "[" + i + "]", "store.null-item", "a batch must not hold null items"));
                continue;
            }
            Integer first = seen.putIfAbsent(key.apply(item), i);
            if (first != null && !sameAllowed.test(items.get(first), item)) {
                faults.add(new Violation(name + "[" + i + "]" + keySuffix, "store.duplicate-key",
                        "the batch already holds an item with this key at " + name + "[" + first + "]"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * Checks {@code items} allowing no repeated key at all.
     *
     * @param items the batch
     * @param name the batch's path
     * @param key the key of an item
     * @param keySuffix the key's path within an item
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key}
     */
    static <T, K> void check(List<T> items, String name, Function<T, K> key, String keySuffix) {
        check(items, name, key, keySuffix, (a, b) -> false);
    }

    /**
     * Refuses a batch for an append-only store when an item's key holds another value already
     * ({@code same} says which stored values an item may meet again unchanged). Called under
     * the store's write lock, before anything is written.
     *
     * @param stored the store's values by key
     * @param items the checked batch
     * @param name the batch's path, such as {@code records}
     * @param key the key of an item
     * @param same whether a stored value and an item are the same fact
     * @param message the violation's message
     * @throws InvalidInputException {@code store.id-conflict} at {@code name[i].id}
     */
    static <T, K> void refuseConflicts(Map<K, T> stored, List<T> items, String name, Function<T, K> key,
            BiPredicate<T, T> same, String message) {
        List<Violation> faults = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            T before = stored.get(key.apply(items.get(i)));
            if (before != null && !same.test(before, items.get(i))) {
                faults.add(new Violation(name + "[" + i + "].id", "store.id-conflict", message));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }
}
