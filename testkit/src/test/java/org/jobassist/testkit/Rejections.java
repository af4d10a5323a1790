package org.jobassist.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.function.Executable;

/** Assertions on rejected input shared by the tests. */
public final class Rejections {

    private Rejections() {}

    /**
     * Asserts that {@code parse} rejects {@code miss.text()} with exactly one violation of the
     * expected code, whose message does not repeat the text.
     */
    public static void assertRejected(NearMiss miss, Executable parse) {
        InvalidInputException e = assertThrows(InvalidInputException.class, parse, miss::toString);
        assertEquals(1, e.violations().size(), miss::toString);
        assertEquals(miss.expectedCode(), e.code(), miss::toString);
        assertFalse(e.getMessage().contains(miss.text()), () -> "message repeats the input: " + miss);
    }
}
