package org.jobassist.impl.internal.memory;

/**
 * Texts of the three shapes a text-keyed table tells apart differently, for tests: held whole
 * in a key (short, one byte a character), longer than a key holds, and with characters wider
 * than a byte.
 */
final class KeyTexts {

    private KeyTexts() {}

    /**
     * Text {@code k}, of shape {@code k % 3}: short, long or wide; distinct texts for distinct {@code k}.
     *
     * @param k the number
     * @return the text
     */
    static String of(int k) {
        return switch (Math.floorMod(k, 3)) {
            case 0 -> "h" + k;
            case 1 -> "210102-a-text-longer-than-a-key-" + k;
            default -> "沈阳户籍" + k;
        };
    }
}
