package org.jobassist.api.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.region.DivisionCode;

/**
 * A key of the catalogue that has no usable value in a jurisdiction on a date: either the
 * most specific value in force is marked unknown ({@value PolicyValueUnavailableException#VALUE_UNKNOWN},
 * with the note saying why), or no value at all is in force
 * ({@value PolicyValueUnavailableException#VALUE_MISSING}, for instance a date before the
 * pack's first value). Part of a {@link PolicyParameters} view.
 *
 * <p>Immutable and thread-safe.
 */
public final class UnsetParameter {

    private final PolicyKey<?> key;
    private final DivisionCode requestedJurisdiction;
    private final LocalDate date;
    private final PolicyValue<?> unknownEntry;

    UnsetParameter(PolicyKey<?> key, DivisionCode requestedJurisdiction, LocalDate date, PolicyValue<?> unknownEntry) {
        this.key = Objects.requireNonNull(key, "key");
        this.requestedJurisdiction = Objects.requireNonNull(requestedJurisdiction, "requestedJurisdiction");
        this.date = Objects.requireNonNull(date, "date");
        if (unknownEntry != null && !unknownEntry.isUnknown()) {
            throw new IllegalArgumentException("a known value does not leave a key unset");
        }
        this.unknownEntry = unknownEntry;
    }

    /**
     * The key.
     *
     * @return the key
     */
    public PolicyKey<?> key() {
        return key;
    }

    /**
     * Why the key is unset, as the stable code {@link PolicyPack#resolve} would throw.
     *
     * @return {@value PolicyValueUnavailableException#VALUE_UNKNOWN} or
     *     {@value PolicyValueUnavailableException#VALUE_MISSING}
     */
    public String code() {
        return unknownEntry == null ? PolicyValueUnavailableException.VALUE_MISSING
                : PolicyValueUnavailableException.VALUE_UNKNOWN;
    }

    /**
     * Whether the pack marks the value unknown, rather than having none in force.
     *
     * @return true if marked unknown
     */
    public boolean isMarkedUnknown() {
        return unknownEntry != null;
    }

    /**
     * The pack entry that marks the value unknown.
     *
     * @return the entry, or empty when no value is in force
     */
    public Optional<PolicyValue<?>> unknownEntry() {
        return Optional.ofNullable(unknownEntry);
    }

    /**
     * The jurisdiction whose entry marks the value unknown: the one asked about or one that
     * contains it.
     *
     * @return the jurisdiction, or empty when no value is in force
     */
    public Optional<DivisionCode> markedUnknownBy() {
        return unknownEntry == null ? Optional.empty() : Optional.of(unknownEntry.jurisdiction());
    }

    /**
     * The note of the entry that marks the value unknown, saying why.
     *
     * @return the note, or empty when no value is in force
     */
    public Optional<String> note() {
        return unknownEntry == null ? Optional.empty() : unknownEntry.note();
    }

    /**
     * The jurisdiction asked about.
     *
     * @return the jurisdiction
     */
    public DivisionCode requestedJurisdiction() {
        return requestedJurisdiction;
    }

    /**
     * The date asked about.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The exception {@link PolicyPack#resolve} throws for this key, jurisdiction and date.
     *
     * @return a new exception, not thrown
     */
    public PolicyValueUnavailableException toException() {
        return new PolicyValueUnavailableException(key, requestedJurisdiction, date, unknownEntry);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof UnsetParameter that
                && key.equals(that.key)
                && requestedJurisdiction.equals(that.requestedJurisdiction)
                && date.equals(that.date)
                && Objects.equals(unknownEntry, that.unknownEntry);
    }

    @Override
    public int hashCode() {
        return Objects.hash(key, requestedJurisdiction, date, unknownEntry);
    }

    @Override
    public String toString() {
        return key + "@" + requestedJurisdiction + " on " + date + " unset [" + code() + "]"
                + markedUnknownBy().map(j -> " (marked unknown by " + j + ")").orElse("");
    }
}
