package org.jobassist.api.policy;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;

/**
 * One dated entry of a policy pack: the value a key takes in one jurisdiction from
 * {@code effectiveFrom} to {@code effectiveTo} (both inclusive; no end means in force until
 * further notice), with the legal basis that sets it.
 *
 * <p>A value may be <em>unknown</em>: the jurisdiction sets its own figure for that period but
 * the pack does not know it. Asking for it fails rather than falling back to the enclosing
 * jurisdiction's figure, which would be wrong. An unknown value needs a note saying why.
 *
 * <p>Error codes: {@code policy.negative} (an amount, rate, count or period below zero),
 * {@code policy.date-order} ({@code effectiveFrom} after {@code effectiveTo}),
 * {@code policy.required} (a blank note on an unknown value), {@code policy.type} (a code set
 * with a blank code). Violation paths name the field: {@code value}, {@code effectiveTo},
 * {@code note}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 */
public final class PolicyValue<T> {

    private final PolicyKey<T> key;
    private final DivisionCode jurisdiction;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final T value;
    private final LegalBasis legalBasis;
    private final String note;
    /** The hash, computed on first use: 0 until then (racy but idempotent, as String does). */
    private int hash;

    private PolicyValue(PolicyKey<T> key, DivisionCode jurisdiction, LocalDate effectiveFrom,
            LocalDate effectiveTo, T value, LegalBasis legalBasis, String note) {
        this.key = Objects.requireNonNull(key, "key");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.effectiveFrom = Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        this.effectiveTo = effectiveTo;
        this.value = value == null ? null : key.cast(value);
        this.legalBasis = legalBasis;
        this.note = note;
        if (effectiveTo != null && effectiveFrom.isAfter(effectiveTo)) {
            throw new InvalidInputException(new Violation("effectiveTo", "policy.date-order",
                    "effectiveTo is before effectiveFrom"));
        }
        if (this.value != null) {
            checkValue(this.value);
        }
    }

    /**
     * A known value.
     *
     * @param <T> the value's type
     * @param key the key
     * @param jurisdiction the province, city or county it applies in
     * @param effectiveFrom the first day in force
     * @param effectiveTo the last day in force, or null if in force until further notice
     * @param value the value
     * @param legalBasis the document that sets it
     * @return the value
     * @throws InvalidInputException {@code policy.negative} if the value is below zero,
     *     {@code policy.date-order} if {@code effectiveFrom} is after {@code effectiveTo},
     *     {@code policy.type} if a code set holds a blank code
     * @throws NullPointerException if any argument except {@code effectiveTo} is null
     * @throws ClassCastException if {@code value} is not of the key's type (only possible
     *     through raw types)
     */
    public static <T> PolicyValue<T> of(PolicyKey<T> key, DivisionCode jurisdiction,
            LocalDate effectiveFrom, LocalDate effectiveTo, T value, LegalBasis legalBasis) {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(legalBasis, "legalBasis");
        return new PolicyValue<>(key, jurisdiction, effectiveFrom, effectiveTo, value, legalBasis, null);
    }

    /**
     * An unknown value: the jurisdiction sets its own figure for the period but the pack does
     * not know it.
     *
     * @param <T> the value's type
     * @param key the key
     * @param jurisdiction the province, city or county it applies in
     * @param effectiveFrom the first day of the period
     * @param effectiveTo the last day of the period, or null if open-ended
     * @param note why the value is unknown; not blank
     * @return the value
     * @throws InvalidInputException {@code policy.required} if {@code note} is blank,
     *     {@code policy.date-order} if {@code effectiveFrom} is after {@code effectiveTo}
     * @throws NullPointerException if any argument except {@code effectiveTo} is null
     */
    public static <T> PolicyValue<T> unknown(PolicyKey<T> key, DivisionCode jurisdiction,
            LocalDate effectiveFrom, LocalDate effectiveTo, String note) {
        requireNote(note);
        return new PolicyValue<>(key, jurisdiction, effectiveFrom, effectiveTo, null, null, note);
    }

    /**
     * This value with a note, such as the assumption behind it; an unknown value's note can
     * be replaced but not removed.
     *
     * @param note the note, or null for none
     * @return a new value
     * @throws InvalidInputException {@code policy.required} if this value is unknown and
     *     {@code note} is null or blank
     */
    public PolicyValue<T> withNote(String note) {
        if (value == null) {
            requireNote(note);
        }
        return new PolicyValue<>(key, jurisdiction, effectiveFrom, effectiveTo, value, legalBasis,
                note == null || note.isBlank() ? null : note);
    }

    /**
     * This value for a key that is equal to its own, typed by that key; how a pack hands out
     * values stored without their type.
     */
    <U> PolicyValue<U> as(PolicyKey<U> otherKey) {
        if (!key.equals(otherKey)) {
            throw new IllegalArgumentException("not a value of " + otherKey);
        }
        return new PolicyValue<>(otherKey, jurisdiction, effectiveFrom, effectiveTo,
                value == null ? null : otherKey.cast(value), legalBasis, note);
    }

    private static void requireNote(String note) {
        if (note == null || note.isBlank()) {
            throw new InvalidInputException(new Violation("note", "policy.required",
                    "an unknown value needs a note saying why it is unknown"));
        }
    }

    private static void checkValue(Object value) {
        boolean negative = value instanceof Money money && money.isNegative()
                || value instanceof Ratio ratio && ratio.isNegative()
                || value instanceof Integer count && count < 0
                || value instanceof Period period && period.isNegative();
        if (negative) {
            throw new InvalidInputException(new Violation("value", "policy.negative",
                    "a policy amount, rate, count or period must not be negative"));
        }
        if (value instanceof Set<?> codes) {
            for (Object code : codes) {
                if (code.toString().isBlank()) {
                    throw new InvalidInputException(new Violation("value", "policy.type",
                            "a code set must not contain a blank code"));
                }
            }
        }
    }

    /**
     * The key.
     *
     * @return the key
     */
    public PolicyKey<T> key() {
        return key;
    }

    /**
     * The province, city or county this value applies in (and in every division inside it
     * that has no value of its own).
     *
     * @return the jurisdiction
     */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /**
     * The first day in force.
     *
     * @return the date
     */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /**
     * The last day in force, inclusive.
     *
     * @return the date, or empty if in force until further notice
     */
    public Optional<LocalDate> effectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    /**
     * Whether {@code date} falls within this value's period, both ends inclusive.
     *
     * @param date the date
     * @return whether the value is in force that day
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /**
     * Whether the pack marks this value unknown.
     *
     * @return true if unknown
     */
    public boolean isUnknown() {
        return value == null;
    }

    /**
     * The value.
     *
     * @return the value, or empty if it is unknown
     */
    public Optional<T> value() {
        return Optional.ofNullable(value);
    }

    /**
     * The document that sets the value.
     *
     * @return the legal basis; always present for a known value, optional for an unknown one
     */
    public Optional<LegalBasis> legalBasis() {
        return Optional.ofNullable(legalBasis);
    }

    /**
     * A note on the value: an assumption it rests on, or why it is unknown.
     *
     * @return the note; always present for an unknown value
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    @Override
    public boolean equals(Object other) {
        if (other == this) {
            return true;
        }
        return other instanceof PolicyValue<?> that
                && key.equals(that.key)
                && jurisdiction.equals(that.jurisdiction)
                && effectiveFrom.equals(that.effectiveFrom)
                && Objects.equals(effectiveTo, that.effectiveTo)
                && Objects.equals(value, that.value)
                && Objects.equals(legalBasis, that.legalBasis)
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        int h = hash;
        if (h == 0) {
            h = Objects.hash(key, jurisdiction, effectiveFrom, effectiveTo, value, legalBasis, note);
            hash = h;
        }
        return h;
    }

    @Override
    public String toString() {
        return key + "@" + jurisdiction + "[" + effectiveFrom + ".."
                + (effectiveTo == null ? "" : effectiveTo) + "]="
                + (value == null ? "unknown" : value);
    }
}
