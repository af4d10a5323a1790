package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.law.Explanation;
import org.junit.jupiter.api.Test;

/** {@link ByIdentity} finds a value by the very explanations it was kept for, and by nothing else. */
class ByIdentityTest {

    private static Explanation leaf(boolean holds) {
        return Explanation.builder("category.condition.registered-unemployed").satisfied(holds).build();
    }

    @Test
    void findsByIdentityNotByEquality() {
        ByIdentity<String> t = new ByIdentity<>(100);
        Explanation a = leaf(true);
        Explanation b = leaf(false);
        Explanation aAgain = leaf(true);
        assertEquals(a, aAgain);
        t.put(new Explanation[] {a, b}, 2, "ab");
        assertEquals("ab", t.get(new Explanation[] {a, b}, 2));
        assertNull(t.get(new Explanation[] {aAgain, b}, 2));
        assertNull(t.get(new Explanation[] {b, a}, 2));
        // Only the first n elements of the array are the key.
        assertEquals("ab", t.get(new Explanation[] {a, b, leaf(true)}, 2));
        assertNull(t.get(new Explanation[] {a, b}, 1));
    }

    @Test
    void theCallersArrayIsCopied() {
        ByIdentity<String> t = new ByIdentity<>(100);
        Explanation a = leaf(true);
        Explanation b = leaf(false);
        Explanation[] scratch = {a, b};
        t.put(scratch, 2, "ab");
        scratch[0] = b;
        assertEquals("ab", t.get(new Explanation[] {a, b}, 2));
        assertNull(t.get(scratch, 2));
    }

    @Test
    void keepsTheFirstValueAndAtMostMax() {
        ByIdentity<String> t = new ByIdentity<>(50);
        List<Explanation> xs = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            xs.add(leaf(i % 2 == 0));
        }
        for (int i = 0; i < 80; i++) {
            t.put(new Explanation[] {xs.get(i)}, 1, "v" + i);
        }
        assertEquals(50, t.size());
        for (int i = 0; i < 50; i++) {
            assertEquals("v" + i, t.get(new Explanation[] {xs.get(i)}, 1), "kept " + i);
        }
        for (int i = 50; i < 80; i++) {
            assertNull(t.get(new Explanation[] {xs.get(i)}, 1), "past the limit " + i);
        }
        t.put(new Explanation[] {xs.get(0)}, 1, "again");
        assertEquals("v0", t.get(new Explanation[] {xs.get(0)}, 1));
        assertEquals(50, t.size());
    }

    @Test
    void theLastFoundKeyAnswersOnlyForTheSameExplanations() {
        ByIdentity<String> t = new ByIdentity<>(10);
        Explanation a = leaf(true);
        Explanation b = leaf(false);
        t.put(new Explanation[] {a}, 1, "a");
        t.put(new Explanation[] {b}, 1, "b");
        t.put(new Explanation[] {a, b}, 2, "ab");
        for (int i = 0; i < 3; i++) {
            assertEquals("a", t.get(new Explanation[] {a}, 1));
            assertEquals("a", t.get(new Explanation[] {a, b}, 1));
            assertEquals("ab", t.get(new Explanation[] {a, b}, 2));
            assertEquals("b", t.get(new Explanation[] {b}, 1));
            assertNull(t.get(new Explanation[] {leaf(false)}, 1));
            assertNull(t.get(new Explanation[] {b, a}, 2));
        }
    }

    @Test
    void aRepeatedPutIsNotCounted() {
        ByIdentity<Explanation> t = new ByIdentity<>(10);
        Explanation a = leaf(true);
        t.put(new Explanation[] {a}, 1, a);
        t.put(new Explanation[] {a}, 1, leaf(false));
        assertEquals(1, t.size());
        assertSame(a, t.get(new Explanation[] {a}, 1));
    }
}
