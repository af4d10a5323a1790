package org.jobassist.api.policy;

/**
 * The kinds of value a policy pack holds, each with the Java type a {@link PolicyKey} of that
 * kind resolves to and the form it takes in a pack document.
 *
 * <p>Every kind except {@link #TEXT} and {@link #DATE} and {@link #MONTH_DAY} is
 * non-negative: a government does not set a negative amount, rate, count or period.
 */
public enum ValueType {
    /** An amount of money: {@link org.jobassist.api.money.Money}; in JSON a string such as {@code "1910.00"}. */
    MONEY,
    /** A rate or share: {@link org.jobassist.api.money.Ratio}; in JSON {@code "0.7%"}, {@code "0.007"} or {@code "2/3"}. */
    RATIO,
    /** A whole number of things or times: {@link Integer}, at least 0; in JSON a number. */
    COUNT,
    /** A length of time: {@link java.time.Period}; in JSON ISO-8601 such as {@code "P20D"} or {@code "P3Y"}. */
    DURATION,
    /** A calendar date: {@link java.time.LocalDate}; in JSON {@code "2021-01-01"}. */
    DATE,
    /** A yearly recurring day: {@link java.time.MonthDay}; in JSON {@code "--01-02"}. */
    MONTH_DAY,
    /**
     * A set of codes, such as county division codes: an unmodifiable {@code Set<String>}; in
     * JSON an array of strings.
     */
    CODE_SET,
    /** Free text: {@link String}; in JSON a string. */
    TEXT
}
