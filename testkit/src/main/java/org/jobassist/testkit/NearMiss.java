package org.jobassist.testkit;

import java.util.Objects;

/**
 * An almost valid text that breaks exactly one rule of a parser, with the error code the
 * parser must report for it: a near miss (差一点合法的输入). Near misses come from the
 * generators of the test kit, for example
 * {@link org.jobassist.testkit.identity.Identities#residentIdNearMisses()}; a test asserts
 * that parsing {@link #text()} fails with {@link #expectedCode()}.
 *
 * <p>The texts are synthetic (made from generated, not real, identifiers), so they are shown
 * in clear by {@link #toString()} to make a falsified property readable.
 *
 * <p>Immutable and thread-safe.
 *
 * @param text the invalid text; never null
 * @param expectedCode the stable error code of the one rule the text breaks, such as
 *     {@code resident-id.check-character}; never blank
 */
public record NearMiss(String text, String expectedCode) {

    /**
     * Creates a near miss.
     *
     * @param text the invalid text
     * @param expectedCode the error code the parser must report
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if {@code expectedCode} is blank
     */
    public NearMiss {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(expectedCode, "expectedCode");
        if (expectedCode.isBlank()) {
            throw new IllegalArgumentException("expectedCode must not be blank");
        }
    }

    /**
     * The text, quoted, and the code it must be rejected with.
     *
     * @return for example {@code "11010519491231002Y" -> resident-id.character}
     */
    @Override
    public String toString() {
        return '"' + text + "\" -> " + expectedCode;
    }
}
