package org.jobassist.api.identity;

/**
 * Gender (性别) as recorded on the resident identity number: the 17th character is odd for
 * a man and even for a woman (GB 11643-1999).
 *
 * <p>National field code {@code aac004}: 1 male, 2 female.
 */
public enum Gender {
    /** 男. */
    MALE,
    /** 女. */
    FEMALE;

    /**
     * The gender a GB 11643-1999 sequence digit stands for.
     *
     * @param sequenceDigit the 17th character of an identity number, 0–9
     * @return {@link #MALE} for odd, {@link #FEMALE} for even
     * @throws IllegalArgumentException if the digit is not 0–9
     */
    public static Gender ofSequenceDigit(int sequenceDigit) {
        if (sequenceDigit < 0 || sequenceDigit > 9) {
            throw new IllegalArgumentException("sequence digit must be 0-9, was " + sequenceDigit);
        }
        return sequenceDigit % 2 == 1 ? MALE : FEMALE;
    }
}
