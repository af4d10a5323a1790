package org.jobassist.api.crosscheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.subsidy.LedgerEntry;

/**
 * The evidence a {@link Discrepancy} rests on (比对依据): where it comes from, its reference
 * there, its as-of date, and for registry evidence the last valid day and the withdrawal day.
 * A ledger payment's reference is its grant reference, with kind, period and city in the
 * detail; a contribution month's is {@code employer-paid}; a retirement's is
 * {@code statutory-retirement}.
 *
 * <p>Error code: {@code evidence-ref.reference-blank} (path {@code reference}).
 *
 * <p>Personal data: none; references are record numbers and the detail holds codes and dates.
 *
 * <p>Immutable and thread-safe.
 */
public final class EvidenceRef {

    private final EvidenceSource source;
    private final String reference;
    private final LocalDate asOf;
    private final LocalDate validUntil;
    private final LocalDate withdrawnOn;
    private final String detail;

    private EvidenceRef(EvidenceSource source, String reference, LocalDate asOf, LocalDate validUntil,
                        LocalDate withdrawnOn, String detail) {
        this.source = Objects.requireNonNull(source, "source");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.validUntil = validUntil;
        this.withdrawnOn = withdrawnOn;
        this.detail = Objects.requireNonNull(detail, "detail");
        if (reference.isBlank()) {
            throw new InvalidInputException(new Violation("reference", "evidence-ref.reference-blank",
                    "an evidence reference must not be blank"));
        }
    }

    /**
     * Any evidence.
     *
     * @param source where it comes from
     * @param reference its reference there, not blank
     * @param asOf its as-of date
     * @param validUntil its last valid day, or null when open-ended or not applicable
     * @param withdrawnOn its withdrawal day, or null
     * @param detail codes and dates that say more, possibly empty
     * @return the reference
     * @throws InvalidInputException {@code evidence-ref.reference-blank}
     * @throws NullPointerException if {@code source}, {@code reference}, {@code asOf} or
     *     {@code detail} is null
     */
    public static EvidenceRef of(EvidenceSource source, String reference, LocalDate asOf, LocalDate validUntil,
                                 LocalDate withdrawnOn, String detail) {
        return new EvidenceRef(source, reference, asOf, validUntil, withdrawnOn, detail);
    }

    /**
     * Registry evidence: its source, reference, recorded day, last valid day and withdrawal.
     *
     * @param evidence the evidence
     * @return the reference, with the flag in the detail
     * @throws NullPointerException if {@code evidence} is null
     */
    public static EvidenceRef of(Evidence evidence) {
        return new EvidenceRef(EvidenceSource.of(evidence.source()), evidence.reference(), evidence.recordedOn(),
                evidence.valid().isOpenEnded() ? null : evidence.valid().end(), evidence.withdrawal().orElse(null),
                evidence.flag().name());
    }

    /**
     * A payment of the entitlement ledger.
     *
     * @param entry the entry
     * @return the reference: the grant reference, granted on, kind, period and city in the detail
     * @throws NullPointerException if {@code entry} is null
     */
    public static EvidenceRef of(LedgerEntry entry) {
        return new EvidenceRef(EvidenceSource.ENTITLEMENT_LEDGER, entry.grantReference(), entry.grantedOn(), null,
                null, entry.kind().code() + " " + entry.period() + " city " + entry.city().code());
    }

    /**
     * An employer-paid contribution month of the social-insurance registry.
     *
     * @param month the month
     * @return the reference {@code employer-paid}, as of the month's first day
     * @throws NullPointerException if {@code month} is null
     */
    public static EvidenceRef employerPaid(YearMonth month) {
        return new EvidenceRef(EvidenceSource.SOCIAL_INSURANCE, "employer-paid", month.atDay(1), null, null,
                "employer-paid " + month);
    }

    /**
     * The statutory retirement date read from the person's record.
     *
     * @param retirementDate the first day of retirement age
     * @return the reference {@code statutory-retirement}, as of that day
     * @throws NullPointerException if {@code retirementDate} is null
     */
    public static EvidenceRef retirement(LocalDate retirementDate) {
        return new EvidenceRef(EvidenceSource.PERSON_RECORD, "statutory-retirement", retirementDate, null, null,
                "retirement " + retirementDate);
    }

    /** @return where the evidence comes from */
    public EvidenceSource source() {
        return source;
    }

    /** @return the reference there: a record number, a grant reference or a fixed word */
    public String reference() {
        return reference;
    }

    /** @return the as-of date: recorded on, granted on, the month's first day or the retirement date */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the last valid day of registry evidence, empty when open-ended or not applicable */
    public Optional<LocalDate> validUntil() {
        return Optional.ofNullable(validUntil);
    }

    /** @return the withdrawal day of registry evidence, empty if not withdrawn */
    public Optional<LocalDate> withdrawnOn() {
        return Optional.ofNullable(withdrawnOn);
    }

    /** @return codes and dates that say more: the flag, or kind, period and city */
    public String detail() {
        return detail;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EvidenceRef e && source == e.source && reference.equals(e.reference)
                && asOf.equals(e.asOf) && Objects.equals(validUntil, e.validUntil)
                && Objects.equals(withdrawnOn, e.withdrawnOn) && detail.equals(e.detail);
    }

    @Override
    public int hashCode() {
        return Objects.hash(source, reference, asOf, validUntil, withdrawnOn, detail);
    }

    @Override
    public String toString() {
        return "EvidenceRef[" + source + " ref=" + reference + " as of " + asOf
                + (validUntil == null ? "" : " valid until " + validUntil)
                + (withdrawnOn == null ? "" : " withdrawn " + withdrawnOn)
                + (detail.isEmpty() ? "" : " " + detail) + "]";
    }
}
