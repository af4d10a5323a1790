package org.jobassist.api.identity;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;

/**
 * A unified social credit code (统一社会信用代码) of GB 32100-2015, the identifier of an
 * employer or other organisation: 18 characters, being the registration authority (1), the
 * organisation type (1), the GB/T 2260 code of the registering authority's division (6), the
 * organisation's own identifier (9) and a check character (1).
 *
 * <p>Every character comes from the alphabet {@code 0123456789ABCDEFGHJKLMNPQRTUWXY} (digits
 * and upper-case letters without I, O, S, V and Z). The check character is the one whose index
 * is (31 − S mod 31) mod 31, where S is the sum of the first 17 characters' indices times the
 * weights 1 3 9 27 19 26 16 17 20 29 25 13 8 24 10 30 28. Example: {@code 91350100M000100Y43}.
 *
 * <p>Lower-case letters are rejected, as the standard writes the code in upper case. A credit
 * code identifies an organisation, not a person, so {@link #toString()} shows it in clear.
 *
 * <p>Parsing reports the first rule broken with these error codes:
 * <ul>
 *   <li>{@code credit-code.length}: not 18 characters;</li>
 *   <li>{@code credit-code.character}: a character is not in the alphabet;</li>
 *   <li>{@code credit-code.division-code}: characters 3–8 are not a well-formed division code;</li>
 *   <li>{@code credit-code.check-character}: the check character is not the computed one.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class UnifiedSocialCreditCode implements Comparable<UnifiedSocialCreditCode> {

    private static final int LENGTH = 18;
    private static final String ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static final int[] WEIGHTS = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    /** Index of each ASCII character in the alphabet, or -1. */
    private static final byte[] INDEX = new byte[128];

    static {
        Arrays.fill(INDEX, (byte) -1);
        for (int i = 0; i < ALPHABET.length(); i++) {
            INDEX[ALPHABET.charAt(i)] = (byte) i;
        }
    }

    private static final int OK = 0;
    private static final int LENGTH_PROBLEM = 1;
    private static final int CHARACTER_PROBLEM = 2;
    private static final int DIVISION_PROBLEM = 3;
    private static final int CHECK_PROBLEM = 4;

    private final String value;

    private UnifiedSocialCreditCode(String value) {
        this.value = value;
    }

    /**
     * Parses a unified social credit code.
     *
     * @param text the code, in upper case
     * @return the code
     * @throws InvalidInputException if the text breaks a rule (codes {@code credit-code.length},
     *         {@code credit-code.character}, {@code credit-code.division-code},
     *         {@code credit-code.check-character})
     * @throws NullPointerException if {@code text} is null
     */
    public static UnifiedSocialCreditCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        int problem = validate(text);
        if (problem != OK) {
            throw new InvalidInputException(describe(problem, text));
        }
        return new UnifiedSocialCreditCode(text.toString());
    }

    /**
     * Parses a unified social credit code, or returns empty if it breaks a rule of
     * {@link #parse(CharSequence)}. Never throws.
     *
     * @param text the code; null gives empty
     * @return the code, or empty
     */
    public static Optional<UnifiedSocialCreditCode> tryParse(CharSequence text) {
        if (text == null || validate(text) != OK) {
            return Optional.empty();
        }
        return Optional.of(new UnifiedSocialCreditCode(text.toString()));
    }

    /**
     * Whether the text is a valid unified social credit code: the same test as
     * {@link #tryParse(CharSequence)}, without creating anything.
     *
     * @param text the text; null gives false
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isValid(CharSequence text) {
        return text != null && validate(text) == OK;
    }

    private static int validate(CharSequence text) {
        if (text.length() != LENGTH) {
            return LENGTH_PROBLEM;
        }
        int sum = 0;
        for (int i = 0; i < LENGTH - 1; i++) {
            int index = index(text.charAt(i));
            if (index < 0) {
                return CHARACTER_PROBLEM;
            }
            sum += index * WEIGHTS[i];
        }
        int last = index(text.charAt(LENGTH - 1));
        if (last < 0) {
            return CHARACTER_PROBLEM;
        }
        if (!isDivisionCode(text)) {
            return DIVISION_PROBLEM;
        }
        return last == checkIndex(sum) ? OK : CHECK_PROBLEM;
    }

    private static Violation describe(int problem, CharSequence text) {
        switch (problem) {
            case LENGTH_PROBLEM:
                return Violation.of("credit-code.length",
                        "a unified social credit code must have " + LENGTH + " characters, found " + text.length());
            case CHARACTER_PROBLEM:
                int position = 0;
                while (index(text.charAt(position)) >= 0) {
                    position++;
                }
                return Violation.of("credit-code.character", "character at position " + (position + 1)
                        + " is not one of the digits and upper-case letters other than I, O, S, V, Z");
            case DIVISION_PROBLEM:
                return Violation.of("credit-code.division-code",
                        "characters 3-8 are not a well-formed division code");
            case CHECK_PROBLEM:
                int sum = 0;
                for (int i = 0; i < LENGTH - 1; i++) {
                    sum += index(text.charAt(i)) * WEIGHTS[i];
                }
                return Violation.of("credit-code.check-character", "the check character is wrong: expected "
                        + ALPHABET.charAt(checkIndex(sum)) + ", found " + text.charAt(LENGTH - 1));
            default:
                throw new AssertionError(problem);
        }
    }

    /** The rule of {@link DivisionCode#isWellFormed} on characters 3-8, without a substring. */
    private static boolean isDivisionCode(CharSequence text) {
        for (int i = 2; i < 8; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return text.charAt(2) != '0' || text.charAt(3) != '0';
    }

    private static int index(char c) {
        return c < INDEX.length ? INDEX[c] : -1;
    }

    private static int checkIndex(int weightedSum) {
        return (31 - weightedSum % 31) % 31;
    }

    /**
     * The code: 18 upper-case characters.
     *
     * @return the code
     */
    public String value() {
        return value;
    }

    /**
     * The registration authority (登记管理部门), the first character; for example {@code 9}
     * for market regulation (industry and commerce), {@code 5} for civil affairs, {@code 1}
     * for institutional staffing.
     *
     * @return the character
     */
    public char registrationAuthority() {
        return value.charAt(0);
    }

    /**
     * The organisation type (机构类别) within the registration authority, the second
     * character; for example {@code 1} for an enterprise under authority {@code 9}.
     *
     * @return the character
     */
    public char organisationType() {
        return value.charAt(1);
    }

    /**
     * The division code of the registering authority, characters 3–8.
     *
     * @return the division code; well-formed, not necessarily in the built-in table
     */
    public DivisionCode divisionCode() {
        return DivisionCode.parse(value.subSequence(2, 8));
    }

    /**
     * Orders codes by their text.
     *
     * @param other the other code
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(UnifiedSocialCreditCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof UnifiedSocialCreditCode && ((UnifiedSocialCreditCode) obj).value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /**
     * The code in clear: it identifies an organisation, not a person.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return value;
    }
}
