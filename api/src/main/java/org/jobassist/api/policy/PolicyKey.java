package org.jobassist.api.policy;

import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;

/**
 * The typed name of a policy value, such as {@code minimum-wage.monthly} (a {@link Money}).
 * The type parameter is the Java type the value resolves to, so
 * {@code pack.resolve(PolicyKeys.MINIMUM_WAGE_MONTHLY, ...)} yields a {@code Money} without a
 * cast.
 *
 * <p>A name is lower-case ASCII words joined by {@code -}, in dot-separated segments. Two keys
 * are equal when their names and types are equal. The library's catalogue is
 * {@link PolicyKeys}; a pack document may only use keys from it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of the key's values
 */
public final class PolicyKey<T> {

    private static final Pattern NAME =
            Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*(?:\\.[a-z0-9]+(?:-[a-z0-9]+)*)*");

    private final String name;
    private final ValueType type;
    private final Function<Object, T> caster;

    private PolicyKey(String name, ValueType type, Function<Object, T> caster) {
        Objects.requireNonNull(name, "name");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException(
                    "a key name is lower-case words joined by '-' in '.'-separated segments");
        }
        this.name = name;
        this.type = type;
        this.caster = caster;
    }

    /**
     * A key for an amount of money.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<Money> money(String name) {
        return new PolicyKey<>(name, ValueType.MONEY, Money.class::cast);
    }

    /**
     * A key for a rate or share.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<Ratio> ratio(String name) {
        return new PolicyKey<>(name, ValueType.RATIO, Ratio.class::cast);
    }

    /**
     * A key for a count.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<Integer> count(String name) {
        return new PolicyKey<>(name, ValueType.COUNT, Integer.class::cast);
    }

    /**
     * A key for a length of time.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<Period> duration(String name) {
        return new PolicyKey<>(name, ValueType.DURATION, Period.class::cast);
    }

    /**
     * A key for a calendar date.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<LocalDate> date(String name) {
        return new PolicyKey<>(name, ValueType.DATE, LocalDate.class::cast);
    }

    /**
     * A key for a yearly recurring day.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<MonthDay> monthDay(String name) {
        return new PolicyKey<>(name, ValueType.MONTH_DAY, MonthDay.class::cast);
    }

    /**
     * A key for a set of codes.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<Set<String>> codeSet(String name) {
        return new PolicyKey<>(name, ValueType.CODE_SET, PolicyKey::toCodeSet);
    }

    /**
     * A key for free text.
     *
     * @param name the key's name
     * @return the key
     * @throws IllegalArgumentException if the name is not well formed
     * @throws NullPointerException if {@code name} is null
     */
    public static PolicyKey<String> text(String name) {
        return new PolicyKey<>(name, ValueType.TEXT, String.class::cast);
    }

    /**
     * The key's name, such as {@code minimum-wage.monthly}.
     *
     * @return the name
     */
    public String name() {
        return name;
    }

    /**
     * The kind of value the key holds.
     *
     * @return the value type
     */
    public ValueType type() {
        return type;
    }

    /**
     * Checks that {@code value} has this key's Java type and returns it as that type; a code
     * set comes back as an unmodifiable copy.
     *
     * @param value the value
     * @return {@code value}, typed
     * @throws ClassCastException if {@code value} is not of this key's type
     * @throws NullPointerException if {@code value} or, for a code set, an element is null
     */
    public T cast(Object value) {
        return caster.apply(Objects.requireNonNull(value, "value"));
    }

    private static Set<String> toCodeSet(Object value) {
        Set<?> raw = (Set<?>) value;
        Set<String> codes = new LinkedHashSet<>();
        for (Object code : raw) {
            codes.add((String) Objects.requireNonNull(code, "code"));
        }
        return Collections.unmodifiableSet(codes);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyKey<?> that && name.equals(that.name) && type == that.type;
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + type.hashCode();
    }

    /**
     * The key's name.
     *
     * @return the name
     */
    @Override
    public String toString() {
        return name;
    }
}
