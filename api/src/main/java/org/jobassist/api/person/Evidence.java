package org.jobassist.api.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.time.DateRange;

/**
 * One dated record (部门认定记录) in which a registry certifies a {@link RegistryFlag} about a
 * person: who, what, the registry's own record number, when the registry recorded it, the
 * days it is valid, and the day it was withdrawn, if it was.
 *
 * <p>Evidence <em>holds</em> on a day when the day lies in {@link #valid()} (both ends
 * included) and is before the withdrawal day: withdrawn evidence no longer holds from the day
 * of its withdrawal on. Open-ended validity ({@link DateRange#startingOn}) means "until
 * withdrawn".
 *
 * <p>Identity: a registry keys evidence by person, flag and {@link #reference()}; storing
 * evidence with the same key replaces the stored one (for example when the registry extends
 * its validity). The source is always {@code flag().source()}.
 *
 * <p>Personal data: none. {@link PersonId} is the host's opaque key and the reference is the
 * registry's record number, so {@link #toString()} may be logged.
 *
 * <p>Error codes:
 * <ul>
 *   <li>{@code evidence.reference-blank} (path {@code reference}): a blank reference;</li>
 *   <li>{@code evidence.reference-format} (path {@code reference}): a reference longer than
 *       {@value #MAX_REFERENCE_LENGTH} characters or with white space or control
 *       characters;</li>
 *   <li>{@code evidence.withdrawn-before-valid} (path {@code withdrawnOn}): a withdrawal day
 *       before the first valid day.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class Evidence {

    /** The longest reference accepted. */
    public static final int MAX_REFERENCE_LENGTH = 64;

    private final PersonId person;
    private final RegistryFlag flag;
    private final String reference;
    private final LocalDate recordedOn;
    private final DateRange valid;
    /** Null while not withdrawn; kept nullable so that the fast path reads a field, not an Optional. */
    private final LocalDate withdrawnOn;

    private Evidence(PersonId person, RegistryFlag flag, String reference, LocalDate recordedOn, DateRange valid,
                     LocalDate withdrawnOn) {
        this.person = Objects.requireNonNull(person, "person");
        this.flag = Objects.requireNonNull(flag, "flag");
        this.reference = Objects.requireNonNull(reference, "reference");
        this.recordedOn = Objects.requireNonNull(recordedOn, "recordedOn");
        this.valid = Objects.requireNonNull(valid, "valid");
        this.withdrawnOn = withdrawnOn;
        List<Violation> faults = new ArrayList<>();
        if (reference.isBlank()) {
            faults.add(new Violation("reference", "evidence.reference-blank", "a reference must not be blank"));
        } else if (reference.length() > MAX_REFERENCE_LENGTH || reference.codePoints()
                .anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
            faults.add(new Violation("reference", "evidence.reference-format",
                    "a reference is at most " + MAX_REFERENCE_LENGTH + " characters without white space"));
        }
        if (withdrawnOn != null && withdrawnOn.isBefore(valid.start())) {
            faults.add(new Violation("withdrawnOn", "evidence.withdrawn-before-valid",
                    "evidence cannot be withdrawn before its first valid day"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * Evidence that has not been withdrawn.
     *
     * @param person the person
     * @param flag the fact certified
     * @param reference the registry's own record number, not personal data
     * @param recordedOn the registry's as-of date of the record
     * @param valid the days on which the fact holds, open-ended for "until withdrawn"
     * @return the evidence
     * @throws InvalidInputException with code {@code evidence.reference-blank} or
     *     {@code evidence.reference-format}
     * @throws NullPointerException if an argument is null
     */
    public static Evidence of(PersonId person, RegistryFlag flag, String reference, LocalDate recordedOn,
                              DateRange valid) {
        return new Evidence(person, flag, reference, recordedOn, valid, null);
    }

    /**
     * This evidence withdrawn on {@code day}: it no longer holds from that day on.
     *
     * @param day the day of withdrawal, not before the first valid day
     * @return a copy with the withdrawal day set (replacing any earlier one)
     * @throws InvalidInputException with code {@code evidence.withdrawn-before-valid}
     * @throws NullPointerException if {@code day} is null
     */
    public Evidence withdrawnOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return new Evidence(person, flag, reference, recordedOn, valid, day);
    }

    /**
     * The person.
     *
     * @return the person
     */
    public PersonId person() {
        return person;
    }

    /**
     * The fact certified.
     *
     * @return the flag
     */
    public RegistryFlag flag() {
        return flag;
    }

    /**
     * The registry that certifies it: {@code flag().source()}.
     *
     * @return the source
     */
    public RegistrySource source() {
        return flag.source();
    }

    /**
     * The registry's own record number.
     *
     * @return the reference
     */
    public String reference() {
        return reference;
    }

    /**
     * The registry's as-of date of this record.
     *
     * @return the date
     */
    public LocalDate recordedOn() {
        return recordedOn;
    }

    /**
     * The days on which the fact holds, unless withdrawn earlier; open-ended means "until
     * withdrawn".
     *
     * @return the range
     */
    public DateRange valid() {
        return valid;
    }

    /**
     * The day of withdrawal, from which the evidence no longer holds.
     *
     * @return the day, or empty if not withdrawn
     */
    public Optional<LocalDate> withdrawal() {
        return Optional.ofNullable(withdrawnOn);
    }

    /**
     * Whether the evidence holds on {@code day}: the day lies in {@link #valid()} and is
     * before any withdrawal day. Allocation-free.
     *
     * @param day the day
     * @return true if it holds
     * @throws NullPointerException if {@code day} is null
     */
    public boolean isValidOn(LocalDate day) {
        return valid.contains(day) && (withdrawnOn == null || day.isBefore(withdrawnOn));
    }

    /**
     * The last day on which the evidence holds, taking withdrawal into account:
     * {@link LocalDate#MAX} when open-ended and not withdrawn, and the day before the first
     * valid day if it was withdrawn on that first day (it never held).
     *
     * @return the day
     */
    public LocalDate lastValidDay() {
        if (withdrawnOn == null || withdrawnOn.isAfter(valid.end())) {
            return valid.end();
        }
        return withdrawnOn.minusDays(1);
    }

    /**
     * Whether {@code other} has the same key: person, flag and reference.
     *
     * @param other the other evidence
     * @return true if a registry stores them in one place
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sameRecordAs(Evidence other) {
        return person.equals(other.person) && flag == other.flag && reference.equals(other.reference);
    }

    /**
     * Equal when every field is equal, the withdrawal included.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Evidence e && sameRecordAs(e) && recordedOn.equals(e.recordedOn)
                && valid.equals(e.valid) && Objects.equals(withdrawnOn, e.withdrawnOn);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, flag, reference, recordedOn, valid, withdrawnOn);
    }

    /**
     * A text such as {@code Evidence[P1 DISABILITY_CERTIFICATE ref=DPF-7 recorded 2021-03-01 valid 2021-03-01/..]}.
     *
     * @return the text, free of personal data
     */
    @Override
    public String toString() {
        return "Evidence[" + person + " " + flag + " ref=" + reference + " recorded " + recordedOn + " valid " + valid
                + (withdrawnOn == null ? "" : " withdrawn " + withdrawnOn) + "]";
    }
}
