package org.jobassist.api.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.region.DivisionCode;

/**
 * The answer to "what is this key's value in this jurisdiction on this date", with where it
 * came from, so that a caller can explain a number: the pack and its version, the
 * jurisdiction that set the value (perhaps an enclosing one), its period and its legal basis.
 *
 * <p>Immutable and thread-safe.
 *
 * @param <T> the Java type of the value
 */
public final class ResolvedValue<T> {

    private final PolicyValue<T> source;
    private final DivisionCode requestedJurisdiction;
    private final LocalDate date;
    private final String packId;
    private final String packVersion;

    /**
     * Creates a resolved value.
     *
     * @param source the pack entry that answered; must be known and in force on {@code date}
     * @param requestedJurisdiction the jurisdiction asked about
     * @param date the date asked about
     * @param packId the answering pack's id
     * @param packVersion the answering pack's version
     * @throws IllegalArgumentException if {@code source} is unknown, not in force on
     *     {@code date}, or set by a jurisdiction that does not contain the requested one
     * @throws NullPointerException if any argument is null
     */
    public ResolvedValue(PolicyValue<T> source, DivisionCode requestedJurisdiction, LocalDate date,
            String packId, String packVersion) {
        this.source = Objects.requireNonNull(source, "source");
        this.requestedJurisdiction = Objects.requireNonNull(requestedJurisdiction, "requestedJurisdiction");
        this.date = Objects.requireNonNull(date, "date");
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        if (source.isUnknown() || !source.isInForceOn(date)
                || !source.jurisdiction().contains(requestedJurisdiction)) {
            throw new IllegalArgumentException("the source value does not answer this question");
        }
    }

    /**
     * The key.
     *
     * @return the key
     */
    public PolicyKey<T> key() {
        return source.key();
    }

    /**
     * The value.
     *
     * @return the value
     */
    public T value() {
        return source.value().orElseThrow();
    }

    /**
     * The jurisdiction that set the value: the one asked about or one that contains it.
     *
     * @return the jurisdiction
     */
    public DivisionCode jurisdiction() {
        return source.jurisdiction();
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
     * The first day the value is in force.
     *
     * @return the date
     */
    public LocalDate effectiveFrom() {
        return source.effectiveFrom();
    }

    /**
     * The last day the value is in force, inclusive.
     *
     * @return the date, or empty if in force until further notice
     */
    public Optional<LocalDate> effectiveTo() {
        return source.effectiveTo();
    }

    /**
     * The document that sets the value.
     *
     * @return the legal basis
     */
    public LegalBasis legalBasis() {
        return source.legalBasis().orElseThrow();
    }

    /**
     * The note on the value, such as an assumption it rests on.
     *
     * @return the note, if any
     */
    public Optional<String> note() {
        return source.note();
    }

    /**
     * The pack entry that answered.
     *
     * @return the entry
     */
    public PolicyValue<T> source() {
        return source;
    }

    /**
     * The id of the pack that answered.
     *
     * @return the pack id
     */
    public String packId() {
        return packId;
    }

    /**
     * The version of the pack that answered.
     *
     * @return the pack version
     */
    public String packVersion() {
        return packVersion;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ResolvedValue<?> that
                && source.equals(that.source)
                && requestedJurisdiction.equals(that.requestedJurisdiction)
                && date.equals(that.date)
                && packId.equals(that.packId)
                && packVersion.equals(that.packVersion);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, requestedJurisdiction, date, packId, packVersion);
    }

    @Override
    public String toString() {
        return key() + "@" + requestedJurisdiction + " on " + date + " = " + value()
                + " (set by " + jurisdiction() + ", pack " + packId + " " + packVersion + ")";
    }
}
