package org.jobassist.api.time;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * An age in whole years and months (周岁 plus months), as statutory retirement ages are given
 * since the 2024 reform: "60 years and 3 months".
 *
 * <p>Error code: {@code retirement-age.range} for negative years, or months outside 0–11.
 *
 * <p>Natural order: by total months. Immutable and thread-safe.
 *
 * @param years the whole years, not negative
 * @param months the months beyond the whole years, 0 to 11
 */
public record RetirementAge(int years, int months) implements Comparable<RetirementAge> {

    /**
     * Validates the fields.
     *
     * @param years the whole years, not negative
     * @param months the months beyond the whole years, 0 to 11
     * @throws InvalidInputException with code {@code retirement-age.range} if {@code years}
     *     is negative or {@code months} is outside 0–11
     */
    public RetirementAge {
        if (years < 0 || months < 0 || months > 11) {
            throw new InvalidInputException(Violation.of("retirement-age.range",
                    "an age needs years >= 0 and months from 0 to 11"));
        }
    }

    /**
     * The age of {@code totalMonths} months.
     *
     * @param totalMonths the age in months, not negative
     * @return the age in years and months
     * @throws InvalidInputException with code {@code retirement-age.range} if negative
     */
    public static RetirementAge ofMonths(int totalMonths) {
        if (totalMonths < 0) {
            throw new InvalidInputException(Violation.of("retirement-age.range", "an age must not be negative"));
        }
        return new RetirementAge(totalMonths / 12, totalMonths % 12);
    }

    /**
     * The age in months.
     *
     * @return {@code years × 12 + months}
     */
    public int totalMonths() {
        return years * 12 + months;
    }

    /**
     * Compares by total months.
     *
     * @param other the age to compare with
     * @return negative, zero or positive as this age is lower, equal or higher
     */
    @Override
    public int compareTo(RetirementAge other) {
        return Integer.compare(totalMonths(), other.totalMonths());
    }

    /**
     * The compact form {@code 60y3m}; whole years keep the months, as in {@code 60y0m}.
     *
     * @return the text
     */
    @Override
    public String toString() {
        return years + "y" + months + "m";
    }
}
