package org.jobassist.api.region;

import java.util.Optional;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A well-formed administrative division code (行政区划代码) of GB/T 2260: six digits, the first
 * two naming the province, the next two the prefecture, the last two the county.
 *
 * <p>A code is well-formed when it has exactly six ASCII digits and its province part is not
 * {@code 00}. Being well-formed says nothing about whether the division exists: ask
 * {@link Divisions#isKnown(DivisionCode)} for that. The level is read from the digits
 * ({@code xx0000} province, {@code xxxx00} prefecture, anything else county), and so is the
 * parent.
 *
 * <p>Error codes thrown by {@link #parse(CharSequence)}:
 * <ul>
 *   <li>{@code division-code.length}: not exactly six characters;</li>
 *   <li>{@code division-code.character}: a character is not an ASCII digit;</li>
 *   <li>{@code division-code.province}: the province part is {@code 00}.</li>
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DivisionCode implements Comparable<DivisionCode> {

    /** Liaoning Province (辽宁省), {@code 210000}. */
    public static final DivisionCode LIAONING = new DivisionCode(210000);

    private static final int LENGTH = 6;

    private final int value;

    private DivisionCode(int value) {
        this.value = value;
    }

    /**
     * Parses a six-digit division code. Only the format is checked.
     *
     * @param text the code, such as {@code "210115"}
     * @return the code
     * @throws InvalidInputException if the text is not a well-formed code (codes
     *         {@code division-code.length}, {@code division-code.character},
     *         {@code division-code.province})
     * @throws NullPointerException if {@code text} is null
     */
    public static DivisionCode parse(CharSequence text) {
        int value = digits(text);
        if (value < 0) {
            throw new InvalidInputException(problem(text));
        }
        return new DivisionCode(value);
    }

    /**
     * Parses a six-digit division code, or returns empty if it is not well-formed.
     *
     * @param text the code; null gives empty
     * @return the code, or empty
     */
    public static Optional<DivisionCode> tryParse(CharSequence text) {
        if (text == null) {
            return Optional.empty();
        }
        int value = digits(text);
        return value < 0 ? Optional.empty() : Optional.of(new DivisionCode(value));
    }

    /**
     * Whether the text is a well-formed division code; the same test as
     * {@link #tryParse(CharSequence)} without creating the code.
     *
     * @param text the text; null gives false
     * @return true if {@link #parse(CharSequence)} would succeed
     */
    public static boolean isWellFormed(CharSequence text) {
        return text != null && digits(text) >= 0;
    }

    /**
     * The same as {@link #parse(CharSequence)}.
     *
     * @param sixDigits the code
     * @return the code
     * @throws InvalidInputException if the text is not a well-formed code
     * @throws NullPointerException if {@code sixDigits} is null
     */
    public static DivisionCode of(String sixDigits) {
        return parse(sixDigits);
    }

    /** The six digits as a number, or -1 if the text is not a well-formed code. */
    static int digits(CharSequence text) {
        if (text.length() != LENGTH) {
            return -1;
        }
        int value = 0;
        for (int i = 0; i < LENGTH; i++) {
            int d = text.charAt(i) - '0';
            if (d < 0 || d > 9) {
                return -1;
            }
            value = value * 10 + d;
        }
        return value < 10000 ? -1 : value;
    }

    private static Violation problem(CharSequence text) {
        if (text.length() != LENGTH) {
            return Violation.of("division-code.length",
                    "a division code must have 6 characters, found " + text.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Violation.of("division-code.character",
                        "character at position " + (i + 1) + " is not a digit");
            }
        }
        return Violation.of("division-code.province", "the province part of a division code must not be 00");
    }

    /**
     * The six digits.
     *
     * @return the code, such as {@code "210115"}
     */
    public String code() {
        char[] chars = new char[LENGTH];
        int rest = value;
        for (int i = LENGTH - 1; i >= 0; i--) {
            chars[i] = (char) ('0' + rest % 10);
            rest /= 10;
        }
        return new String(chars);
    }

    /**
     * The level, read from the digits.
     *
     * @return {@link DivisionLevel#PROVINCE} for {@code xx0000}, {@link DivisionLevel#PREFECTURE}
     *         for {@code xxxx00}, else {@link DivisionLevel#COUNTY}
     */
    public DivisionLevel level() {
        if (value % 10000 == 0) {
            return DivisionLevel.PROVINCE;
        }
        return value % 100 == 0 ? DivisionLevel.PREFECTURE : DivisionLevel.COUNTY;
    }

    /**
     * The code of the enclosing division, read from the digits: a county's prefecture
     * ({@code xxxx00}), a prefecture's province ({@code xx0000}). The parent is well-formed
     * but need not be in any table.
     *
     * @return the parent, or empty for a province
     */
    public Optional<DivisionCode> parent() {
        switch (level()) {
            case PROVINCE:
                return Optional.empty();
            case PREFECTURE:
                return Optional.of(new DivisionCode(value / 10000 * 10000));
            default:
                // A county directly under its province (prefecture part 00) has the province as parent.
                return Optional.of(new DivisionCode(value / 100 * 100));
        }
    }

    /**
     * Whether {@code other} lies within this division, or is this division.
     *
     * @param other the other code
     * @return true if this is {@code other} or one of its ancestors
     * @throws NullPointerException if {@code other} is null
     */
    public boolean contains(DivisionCode other) {
        switch (level()) {
            case PROVINCE:
                return value / 10000 == other.value / 10000;
            case PREFECTURE:
                return value / 100 == other.value / 100;
            default:
                return value == other.value;
        }
    }

    /**
     * Orders codes by their digits, so that a division comes before those it contains.
     *
     * @param other the other code
     * @return negative, zero or positive
     */
    @Override
    public int compareTo(DivisionCode other) {
        return Integer.compare(value, other.value);
    }

    @Override
    public boolean equals(Object obj) {
        return obj instanceof DivisionCode && ((DivisionCode) obj).value == value;
    }

    @Override
    public int hashCode() {
        return Integer.hashCode(value);
    }

    /**
     * The six digits, as {@link #code()}.
     *
     * @return the code
     */
    @Override
    public String toString() {
        return code();
    }
}
