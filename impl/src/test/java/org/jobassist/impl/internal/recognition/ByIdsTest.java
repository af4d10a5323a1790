package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link ByIds} finds a value by the very ids it was kept for, in order, and by nothing else. */
class ByIdsTest {

    @Test
    void findsByTheIdsInOrder() {
        ByIds<String> t = new ByIds<>(2, 100);
        assertTrue(t.put(new int[] {3, 5}, "35"));
        assertEquals("35", t.get(new int[] {3, 5}));
        assertNull(t.get(new int[] {5, 3}));
        assertNull(t.get(new int[] {3, 6}));
        // Only the first n ids of the array are the key.
        assertEquals("35", t.get(new int[] {3, 5, 9}));
        // The last found is asked first; a different key after it is still told apart.
        assertEquals("35", t.get(new int[] {3, 5}));
        assertNull(t.get(new int[] {3, 4}));
    }

    @Test
    void theCallersArrayIsCopiedAndTheFirstValueKept() {
        ByIds<String> t = new ByIds<>(2, 100);
        int[] scratch = {1, 2};
        assertTrue(t.put(scratch, "12"));
        scratch[0] = 7;
        assertEquals("12", t.get(new int[] {1, 2}));
        assertNull(t.get(scratch));
        assertFalse(t.put(new int[] {1, 2}, "again"));
        assertEquals("12", t.get(new int[] {1, 2}));
        assertEquals(1, t.size());
    }

    @Test
    void keepsAtMostMaxAndFindsEveryOneKeptThroughGrowth() {
        ByIds<Integer> t = new ByIds<>(3, 5_000);
        Map<List<Integer>, Integer> expected = new HashMap<>();
        // Keys that differ in one position only, and keys whose ids are permutations of each other.
        for (int i = 0; i < 6_000; i++) {
            int[] k = {i % 17, i / 17, (i * 7) % 13};
            boolean kept = t.put(k, i);
            List<Integer> key = List.of(k[0], k[1], k[2]);
            if (expected.size() < 5_000 && !expected.containsKey(key)) {
                assertTrue(kept, "key " + key);
                expected.put(key, i);
            } else {
                assertFalse(kept, "key " + key);
            }
        }
        assertEquals(5_000, t.size());
        for (Map.Entry<List<Integer>, Integer> e : expected.entrySet()) {
            List<Integer> k = e.getKey();
            assertEquals(e.getValue(), t.get(new int[] {k.get(0), k.get(1), k.get(2)}), "key " + k);
        }
        assertNull(t.get(new int[] {16, 5_999, 12}));
    }

    @Test
    void aKeyHasAtLeastOneId() {
        assertThrows(IllegalArgumentException.class, () -> new ByIds<String>(0, 10));
    }
}
