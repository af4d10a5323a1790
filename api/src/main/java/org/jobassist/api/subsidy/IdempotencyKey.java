package org.jobassist.api.subsidy;

import java.time.Year;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The idempotency key of an entitlement-ledger entry (台账幂等键): the subject, the subsidy
 * kind and the period granted. Recording a second entry under a key already held pays
 * nothing twice: the ledger returns the stored entry, or refuses the second one if its content
 * differs.
 *
 * <p>The <em>subject</em> is the person the subsidy concerns when there is one, else the
 * beneficiary unit: an employer's social-insurance subsidy for person P in month M is keyed on
 * P, so two employers cannot both be paid for P in M, while a job-stabilisation refund is keyed
 * on the enterprise. The <em>period</em> is a month ({@code 2021-03}) for a monthly kind, and
 * for a one-time kind either a year ({@code 2021}) or a grant reference ({@code once:} and the
 * reference, such as {@code once:CERT-0001}).
 *
 * <p>Error codes of the factories: {@code idempotency-key.kind} (a monthly kind keyed by year or
 * reference, or a one-time kind keyed by month; path {@code kind}) and
 * {@code idempotency-key.reference} (a reference that is blank, longer than
 * {@value #MAX_REFERENCE_LENGTH} characters or holds control characters; path
 * {@code reference}). Messages never repeat the input.
 *
 * <p>Immutable and thread-safe. {@link #toString()} masks a person's ID number; only
 * {@link #subjectKey()} holds it in clear.
 */
public final class IdempotencyKey {

    /** The longest grant reference accepted, in characters. */
    public static final int MAX_REFERENCE_LENGTH = 64;

    private static final String ONCE = "once:";

    private final Beneficiary subject;
    private final SubsidyKind kind;
    private final String period;
    private final YearMonth month;

    private IdempotencyKey(Beneficiary subject, SubsidyKind kind, String period, YearMonth month) {
        this.subject = subject;
        this.kind = kind;
        this.period = period;
        this.month = month;
    }

    /**
     * The key of one month of a monthly kind.
     *
     * @param subject the person the subsidy concerns, or the unit when it concerns none
     * @param kind a monthly kind
     * @param month the month granted
     * @return the key, with period {@code yyyy-MM}
     * @throws InvalidInputException {@code idempotency-key.kind} if {@code kind} is not monthly
     * @throws NullPointerException if an argument is null
     */
    public static IdempotencyKey monthly(Beneficiary subject, SubsidyKind kind, YearMonth month) {
        check(subject, kind, true);
        Objects.requireNonNull(month, "month");
        return new IdempotencyKey(subject, kind, month.toString(), month);
    }

    /**
     * The key of a one-time kind granted once per year, such as a job-stabilisation refund.
     *
     * @param subject the person the subsidy concerns, or the unit when it concerns none
     * @param kind a one-time kind
     * @param year the year the grant is for
     * @return the key, with period {@code yyyy}
     * @throws InvalidInputException {@code idempotency-key.kind} if {@code kind} is monthly
     * @throws NullPointerException if an argument is null
     */
    public static IdempotencyKey yearly(Beneficiary subject, SubsidyKind kind, Year year) {
        check(subject, kind, false);
        Objects.requireNonNull(year, "year");
        return new IdempotencyKey(subject, kind, year.toString(), null);
    }

    /**
     * The key of a one-time grant identified by its reference, such as a training certificate.
     *
     * @param subject the person the subsidy concerns, or the unit when it concerns none
     * @param kind a one-time kind
     * @param reference the grant's reference (approval, certificate, loan id)
     * @return the key, with period {@code once:} and the reference
     * @throws InvalidInputException {@code idempotency-key.kind} if {@code kind} is monthly,
     *     {@code idempotency-key.reference} if the reference is blank, too long or holds control
     *     characters
     * @throws NullPointerException if an argument is null
     */
    public static IdempotencyKey once(Beneficiary subject, SubsidyKind kind, String reference) {
        check(subject, kind, false);
        Objects.requireNonNull(reference, "reference");
        if (!isWellFormedReference(reference)) {
            throw new InvalidInputException(new Violation("reference", "idempotency-key.reference",
                    "a reference is 1 to " + MAX_REFERENCE_LENGTH + " characters, not blank, without control characters"));
        }
        return new IdempotencyKey(subject, kind, ONCE + reference, null);
    }

    /**
     * Whether {@code reference} is usable as a grant reference: 1 to
     * {@value #MAX_REFERENCE_LENGTH} characters, not blank, no control characters.
     *
     * @param reference the text; null gives false
     * @return true if well formed
     */
    public static boolean isWellFormedReference(String reference) {
        if (reference == null || reference.isBlank() || reference.length() > MAX_REFERENCE_LENGTH) {
            return false;
        }
        for (int i = 0; i < reference.length(); i++) {
            if (Character.isISOControl(reference.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static void check(Beneficiary subject, SubsidyKind kind, boolean monthly) {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(kind, "kind");
        if (kind.isMonthly() != monthly) {
            throw new InvalidInputException(new Violation("kind", "idempotency-key.kind", monthly
                    ? "only a monthly kind is keyed by month"
                    : "a monthly kind is keyed by month, not by year or reference"));
        }
    }

    /** @return the subject: the person the subsidy concerns, or the unit */
    public Beneficiary subject() {
        return subject;
    }

    /**
     * The subject's storage key ({@link Beneficiary#key()}). It holds an ID number in clear:
     * never log it.
     *
     * @return the subject key
     */
    public String subjectKey() {
        return subject.key();
    }

    /** @return the subsidy kind */
    public SubsidyKind kind() {
        return kind;
    }

    /** @return the period: {@code yyyy-MM}, {@code yyyy} or {@code once:} and a reference */
    public String period() {
        return period;
    }

    /** @return the month, for a monthly kind's key */
    public Optional<YearMonth> month() {
        return Optional.ofNullable(month);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IdempotencyKey k && kind == k.kind && period.equals(k.period) && subject.equals(k.subject);
    }

    @Override
    public int hashCode() {
        return (subject.hashCode() * 31 + kind.hashCode()) * 31 + period.hashCode();
    }

    /** {@return the key with the subject's ID number masked} */
    @Override
    public String toString() {
        return "IdempotencyKey[" + subject + ", " + kind.code() + ", " + period + "]";
    }
}
