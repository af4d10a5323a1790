package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jobassist.api.internal.PersonKeys;
import org.jobassist.testkit.Properties;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.SourceDSL;

/**
 * The open-addressing shard keyed by text: what is put is found, a second put replaces, a copy
 * grows without losing anything, and the shared empty shard and a published shard never change.
 */
class TextSlotsTest {

    private static long[] key(String text) {
        long[] w = new long[3];
        PersonKeys.of(text, w, 0);
        return w;
    }

    private static TextSlots<Integer> with(TextSlots<Integer> shard, Map<String, Integer> puts) {
        TextSlots<Integer> copy = shard.copyFor(puts.size());
        puts.forEach((text, v) -> copy.put(text, key(text), 0, v));
        return copy;
    }

    @Test
    void findsEveryTextPutAndTheLatestValueAndNothingElse() {
        Properties.qt().withExamples(200).forAll(SourceDSL.lists().of(SourceDSL.integers().between(0, 3_000)).ofSizeBetween(0, 400))
                .checkAssert(ks -> {
                    Map<String, Integer> expected = new LinkedHashMap<>();
                    TextSlots<Integer> shard = TextSlots.empty();
                    // Three writes, so that copies grow from small shards and values are replaced.
                    for (int round = 0; round < 3; round++) {
                        Map<String, Integer> puts = new LinkedHashMap<>();
                        for (int i = round; i < ks.size(); i += 3) {
                            puts.put(KeyTexts.of(ks.get(i)), round * 10_000 + ks.get(i));
                        }
                        TextSlots<Integer> before = shard;
                        Map<String, Integer> beforeExpected = new LinkedHashMap<>(expected);
                        shard = with(shard, puts);
                        expected.putAll(puts);
                        // The shard copied from is as it was.
                        for (Map.Entry<String, Integer> e : beforeExpected.entrySet()) {
                            assertEquals(e.getValue(), before.get(e.getKey(), key(e.getKey()), 0), e.getKey());
                        }
                        assertEquals(beforeExpected.size(), before.size());
                    }
                    for (Map.Entry<String, Integer> e : expected.entrySet()) {
                        String t = e.getKey();
                        assertEquals(e.getValue(), shard.get(t, key(t), 0), t);
                        // A text held whole is found without it.
                        if ((int) key(t)[0] != 0) {
                            assertEquals(e.getValue(), shard.valueAt(shard.find(key(t), 0, null)), t);
                        }
                    }
                    assertEquals(expected.size(), shard.size());
                    for (int k = 3_001; k < 3_031; k++) {
                        assertEquals(-1, shard.find(key(KeyTexts.of(k)), 0, KeyTexts.of(k)), KeyTexts.of(k));
                    }
                    assertNull(TextSlots.<Integer>empty().get("p1", key("p1"), 0));
                    assertEquals(0, TextSlots.empty().size());
                });
    }
}
