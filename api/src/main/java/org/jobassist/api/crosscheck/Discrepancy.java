package org.jobassist.api.crosscheck;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;

/**
 * One disagreement the cross-check found (比对疑点): its kind, the person (host id and masked ID
 * number), the category concerned if any, the day it arose, the evidence it rests on, and a
 * suggested action with a text for the caseworker.
 *
 * <p>The day is: for expired evidence the day after its last valid day; for withdrawn evidence
 * the withdrawal day; for missing evidence the day checked; for a month paid or employed the
 * month's first day; for retirement the retirement date (when still recognised) or the paid
 * month's first day; for a death the day of death (when still recognised) or the paid month's
 * first day.
 *
 * <p>Error code: {@code discrepancy.no-evidence} (path {@code evidence}): a discrepancy rests
 * on at least one piece of evidence.
 *
 * <p>Immutable and thread-safe. Holds the ID number only masked; {@link #toString()} may be
 * logged.
 */
public final class Discrepancy {

    /** Kind, then person id, then day, then category: the order of a report. */
    public static final Comparator<Discrepancy> ORDER = Comparator.comparing(Discrepancy::kind)
            .thenComparing(Discrepancy::person).thenComparing(Discrepancy::date)
            .thenComparing(d -> d.category == null ? "" : d.category)
            .thenComparing(d -> d.evidence.get(0).detail());

    private final DiscrepancyKind kind;
    private final PersonId person;
    private final String maskedIdNumber;
    private final String category;
    private final LocalDate date;
    private final List<EvidenceRef> evidence;
    private final SuggestedAction action;
    private final String actionText;

    private Discrepancy(DiscrepancyKind kind, PersonId person, String maskedIdNumber, String category, LocalDate date,
                        List<EvidenceRef> evidence, SuggestedAction action, String actionText) {
        this.kind = kind;
        this.person = person;
        this.maskedIdNumber = maskedIdNumber;
        this.category = category;
        this.date = date;
        this.evidence = evidence;
        this.action = action;
        this.actionText = actionText;
    }

    /**
     * A discrepancy.
     *
     * @param kind the kind
     * @param person the host's id of the person
     * @param idNumber the person's ID number; only its masked form is kept
     * @param category the category code concerned, or null
     * @param date the day the discrepancy arose
     * @param evidence the evidence, at least one
     * @param action the suggested action
     * @param actionText the action in words for this case
     * @return the discrepancy
     * @throws InvalidInputException {@code discrepancy.no-evidence}
     * @throws NullPointerException if an argument other than {@code category} is null
     */
    public static Discrepancy of(DiscrepancyKind kind, PersonId person, ResidentIdNumber idNumber, String category,
                                 LocalDate date, List<EvidenceRef> evidence, SuggestedAction action,
                                 String actionText) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(actionText, "actionText");
        List<EvidenceRef> copy = List.copyOf(evidence);
        if (copy.isEmpty()) {
            throw new InvalidInputException(new Violation("evidence", "discrepancy.no-evidence",
                    "a discrepancy rests on at least one piece of evidence"));
        }
        return new Discrepancy(kind, person, idNumber.masked(), category, date, copy, action, actionText);
    }

    /** @return the kind */
    public DiscrepancyKind kind() {
        return kind;
    }

    /** @return the host's id of the person */
    public PersonId person() {
        return person;
    }

    /** @return the masked ID number (first 6, asterisks, last 4) */
    public String maskedIdNumber() {
        return maskedIdNumber;
    }

    /** @return the category code concerned, for the evidence kinds */
    public Optional<String> category() {
        return Optional.ofNullable(category);
    }

    /** @return the day the discrepancy arose (see the class javadoc) */
    public LocalDate date() {
        return date;
    }

    /** @return the evidence, an unmodifiable list of at least one */
    public List<EvidenceRef> evidence() {
        return evidence;
    }

    /** @return the suggested action */
    public SuggestedAction action() {
        return action;
    }

    /** @return the action in words for this case, free of personal data */
    public String actionText() {
        return actionText;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Discrepancy d && kind == d.kind && person.equals(d.person)
                && maskedIdNumber.equals(d.maskedIdNumber) && Objects.equals(category, d.category)
                && date.equals(d.date) && evidence.equals(d.evidence) && action == d.action
                && actionText.equals(d.actionText);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, person, category, date, evidence, action);
    }

    @Override
    public String toString() {
        return "Discrepancy[" + kind.code() + " " + person + " " + maskedIdNumber
                + (category == null ? "" : " " + category) + " on " + date + " " + evidence + " -> "
                + action.code() + "]";
    }
}
