package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/**
 * A {@link SnapshotTable} with a hash index answers {@code get}, and {@code getAll} for many
 * keys at once, as the same table without one: for keys its slots hold whole, and for long and
 * wide ones compared by their text.
 */
class SnapshotTableHashIndexTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    private static final DivisionCode HEPING = DivisionCode.parse("210102");

    /** A value: a key and a version, so that a replacement can be told from the original. */
    private record Item(String key, int version) {}

    private static SnapshotTable<String, Item> table(boolean hashIndex) {
        return new SnapshotTable<>(Item::key, Comparator.naturalOrder(), String::hashCode, i -> HEPING,
                hashIndex ? k -> k : null);
    }

    private static void put(SnapshotTable<String, Item> t, List<Item> items) {
        t.write(s -> new SnapshotTable.Change<Item, Void>(items, null));
    }

    @Test
    void findsWhatWasPutAndTheLatestReplacement() {
        SnapshotTable<String, Item> t = table(true);
        put(t, List.of(new Item("h-1", 1), new Item("h-2", 1)));
        SnapshotTable.Snapshot<String, Item> before = t.snapshot();
        put(t, List.of(new Item("h-1", 2)));
        assertEquals(Optional.of(new Item("h-1", 2)), t.snapshot().get("h-1"));
        assertEquals(Optional.of(new Item("h-2", 1)), t.snapshot().get("h-2"));
        assertEquals(Optional.empty(), t.snapshot().get("h-3"));
        assertEquals(2, t.snapshot().size());
        // An older snapshot still answers as it did.
        assertEquals(Optional.of(new Item("h-1", 1)), before.get("h-1"));
    }

    @Test
    void answersAsTheTableWithoutAHashIndex() {
        qt().withFixedSeed(SEED).forAll(lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 300),
                lists().of(integers().between(0, 5_000)).ofSizeBetween(0, 300))
                .checkAssert((first, second) -> {
                    SnapshotTable<String, Item> hashed = table(true);
                    SnapshotTable<String, Item> plain = table(false);
                    Map<String, Item> expected = new HashMap<>();
                    for (List<Integer> batch : List.of(first, second)) {
                        Map<String, Item> distinct = new HashMap<>();
                        for (int k : batch) {
                            distinct.put(KeyTexts.of(k), new Item(KeyTexts.of(k), batch == first ? 1 : 2));
                        }
                        List<Item> items = new ArrayList<>(distinct.values());
                        put(hashed, items);
                        put(plain, items);
                        expected.putAll(distinct);
                    }
                    List<String> asked = new ArrayList<>();
                    for (int k = 0; k <= 5_000; k += 7) {
                        String key = KeyTexts.of(k);
                        asked.add(k % 10 == 0 ? null : key);
                        assertEquals(Optional.ofNullable(expected.get(key)), hashed.snapshot().get(key), key);
                        assertEquals(plain.snapshot().get(key), hashed.snapshot().get(key), key);
                    }
                    // Many at once, in groups of 32 as a batch asks, null texts among them.
                    for (int from = 0; from < asked.size(); from += 32) {
                        int count = Math.min(32, asked.size() - from);
                        String[] texts = asked.subList(from, from + count).toArray(new String[0]);
                        Object[] into = new Object[count];
                        hashed.snapshot().getAll(texts, count, new long[3 * count], new int[count], into);
                        for (int j = 0; j < count; j++) {
                            Object one = texts[j] == null ? null : hashed.snapshot().get(texts[j]).orElse(null);
                            assertEquals(one, into[j], String.valueOf(texts[j]));
                        }
                    }
                    for (String key : expected.keySet()) {
                        assertTrue(hashed.snapshot().get(key).isPresent(), key);
                    }
                    assertEquals(expected.size(), hashed.snapshot().size());
                });
    }
}
