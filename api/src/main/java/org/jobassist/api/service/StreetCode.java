package org.jobassist.api.service;

import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * A township or street code (乡镇街道代码): nine digits, the first six the county-level
 * {@link DivisionCode} it belongs to, the last three its number within the county.
 *
 * <p>Only the format is checked: the county part must be a well-formed county-level code and
 * the number must not be {@code 000}; whether the street exists is the host's knowledge.
 *
 * <p>Error codes of {@link #parse(CharSequence)}: {@code street.length} (not nine characters),
 * {@code street.character} (a character is not an ASCII digit), {@code street.county} (the
 * first six digits are not a county-level division code), {@code street.number} (the last
 * three digits are {@code 000}).
 *
 * <p>Immutable and thread-safe; ordered by code.
 */
public final class StreetCode implements Comparable<StreetCode> {

    private static final int LENGTH = 9;

    private final DivisionCode county;
    private final String code;

    private StreetCode(DivisionCode county, String code) {
        this.county = county;
        this.code = code;
    }

    /**
     * Parses a nine-digit street code.
     *
     * @param text the code, such as {@code "210102001"}
     * @return the code
     * @throws InvalidInputException {@code street.length}, {@code street.character},
     *     {@code street.county} or {@code street.number}
     * @throws NullPointerException if {@code text} is null
     */
    public static StreetCode parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        Violation v = problem(text);
        if (v != null) {
            throw new InvalidInputException(v);
        }
        String s = text.toString();
        return new StreetCode(DivisionCode.parse(s.substring(0, 6)), s);
    }

    /**
     * Parses a street code, or answers empty if it is not well-formed.
     *
     * @param text the code; null gives empty
     * @return the code, or empty
     */
    public static Optional<StreetCode> tryParse(CharSequence text) {
        return text == null || problem(text) != null ? Optional.empty() : Optional.of(parse(text));
    }

    /**
     * The same as {@link #parse(CharSequence)}.
     *
     * @param nineDigits the code
     * @return the code
     * @throws InvalidInputException if the code is not well-formed
     * @throws NullPointerException if {@code nineDigits} is null
     */
    public static StreetCode of(String nineDigits) {
        return parse(nineDigits);
    }

    /**
     * The street numbered {@code number} (1 to 999) within {@code county}.
     *
     * @param county a county-level division code
     * @param number the number within the county, 1 to 999
     * @return the code
     * @throws InvalidInputException {@code street.county} if {@code county} is not county-level,
     *     {@code street.number} if {@code number} is not 1 to 999
     * @throws NullPointerException if {@code county} is null
     */
    public static StreetCode of(DivisionCode county, int number) {
        Objects.requireNonNull(county, "county");
        if (number < 1 || number > 999) {
            throw new InvalidInputException(Violation.of("street.number", "a street number is 1 to 999"));
        }
        return parse(county.code() + String.format("%03d", number));
    }

    private static Violation problem(CharSequence text) {
        if (text.length() != LENGTH) {
            return Violation.of("street.length", "a street code must have 9 characters, found " + text.length());
        }
        for (int i = 0; i < LENGTH; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return Violation.of("street.character", "character at position " + (i + 1) + " is not a digit");
            }
        }
        Optional<DivisionCode> county = DivisionCode.tryParse(text.subSequence(0, 6));
        if (county.isEmpty() || county.get().level() != DivisionLevel.COUNTY) {
            return Violation.of("street.county", "the first six digits must be a county-level division code");
        }
        if (text.charAt(6) == '0' && text.charAt(7) == '0' && text.charAt(8) == '0') {
            return Violation.of("street.number", "the street number must not be 000");
        }
        return null;
    }

    /**
     * The county-level division this street belongs to.
     *
     * @return the county
     */
    public DivisionCode county() {
        return county;
    }

    /**
     * The nine digits.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    @Override
    public int compareTo(StreetCode other) {
        return code.compareTo(other.code);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StreetCode other && code.equals(other.code);
    }

    @Override
    public int hashCode() {
        return code.hashCode();
    }

    /** {@return the nine digits; a street code is public reference data} */
    @Override
    public String toString() {
        return code;
    }
}
