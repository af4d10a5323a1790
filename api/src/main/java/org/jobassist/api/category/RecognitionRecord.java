package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;

/**
 * One person's recognition as a person with employment difficulties (就业困难人员认定
 * 记录) through its lifecycle: application, decision, re-verifications and exit. Transitions
 * produce new records; the store keeps the latest with its {@link #version() version} for
 * optimistic concurrency.
 *
 * <p>A record holds the recognised categories' codes and the catalogue version they were
 * recognised under (pinned: a later catalogue change does not alter them until the
 * catalogue's {@link TransitionRule} says so), the next review date, and on exit the exit date
 * and {@link ExitReason}. The {@link #history() history} lists every transition with its date.
 *
 * <p>Kept compact, since a province holds millions: dates are stored as epoch days and the
 * history as packed integers; the accessors build the {@link LocalDate}s when asked.
 *
 * <p>Error codes of the transition methods (path {@code date}, or {@code categories}):
 * {@code lifecycle.date-order} (a transition dated before the last one),
 * {@code lifecycle.status} (a transition not allowed from the current status),
 * {@code lifecycle.no-categories} (recognised without a category). The lifecycle engine
 * checks its own, more specific codes first.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecognitionRecord {

    private static final int NONE = Integer.MIN_VALUE;
    private static final RecognitionStatus[] STATUSES = RecognitionStatus.values();

    private final PersonId person;
    private final RecognitionStatus status;
    private final int applied;
    private final int recognised;
    private final int nextReview;
    private final int exited;
    private final ExitReason exitReason;
    private final String catalogueVersion;
    private final List<String> categories;
    private final int[] history;
    private final long version;

    private RecognitionRecord(PersonId person, RecognitionStatus status, int applied, int recognised, int nextReview,
                              int exited, ExitReason exitReason, String catalogueVersion, List<String> categories,
                              int[] history, long version) {
        this.person = person;
        this.status = status;
        this.applied = applied;
        this.recognised = recognised;
        this.nextReview = nextReview;
        this.exited = exited;
        this.exitReason = exitReason;
        this.catalogueVersion = catalogueVersion;
        this.categories = categories;
        this.history = history;
        this.version = version;
    }

    /**
     * A new application, not yet stored (version 0).
     *
     * @param person the applicant
     * @param date the day of application
     * @return the record, {@link RecognitionStatus#APPLIED}
     * @throws NullPointerException if an argument is null
     */
    public static RecognitionRecord applied(PersonId person, LocalDate date) {
        Objects.requireNonNull(person, "person");
        int day = day(Objects.requireNonNull(date, "date"));
        return new RecognitionRecord(person, RecognitionStatus.APPLIED, day, NONE, NONE, NONE, null, null, List.of(),
                new int[] {pack(day, RecognitionStatus.APPLIED)}, 0);
    }

    /**
     * This record applied for again after a rejection or an exit: a new cycle whose history
     * continues this one's. The version stays, so the store replaces this record.
     *
     * @param date the day of the new application, not before the last transition
     * @return the new record
     * @throws InvalidInputException {@code lifecycle.status} unless this record is rejected or
     *     exited; {@code lifecycle.date-order}
     * @throws NullPointerException if {@code date} is null
     */
    public RecognitionRecord reapplied(LocalDate date) {
        int day = checkNext(date, status.isClosed());
        return new RecognitionRecord(person, RecognitionStatus.APPLIED, day, NONE, NONE, NONE, null, null, List.of(),
                append(day, RecognitionStatus.APPLIED), version);
    }

    /**
     * This application decided positively, or this recognition confirmed or changed by a
     * re-verification.
     *
     * @param date the day of the decision (the effective date on a first decision)
     * @param catalogueVersion the catalogue version decided under
     * @param categoryCodes the recognised categories, at least one
     * @param nextReview the day of the next review, after {@code date}
     * @return the new record
     * @throws InvalidInputException {@code lifecycle.status} unless applied or recognised;
     *     {@code lifecycle.date-order} (also for a next review not after {@code date});
     *     {@code lifecycle.no-categories}
     * @throws NullPointerException if an argument is null
     */
    public RecognitionRecord recognised(LocalDate date, String catalogueVersion, Set<String> categoryCodes,
                                        LocalDate nextReview) {
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        Objects.requireNonNull(nextReview, "nextReview");
        List<String> codes = sorted(categoryCodes);
        int day = checkNext(date, status == RecognitionStatus.APPLIED || status == RecognitionStatus.RECOGNISED);
        List<Violation> faults = new ArrayList<>();
        if (!nextReview.isAfter(date)) {
            faults.add(new Violation("nextReview", "lifecycle.date-order", "the next review must be after the decision"));
        }
        if (codes.isEmpty()) {
            faults.add(new Violation("categories", "lifecycle.no-categories", "a recognition needs a category"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        int effective = status == RecognitionStatus.RECOGNISED ? recognised : day;
        return new RecognitionRecord(person, RecognitionStatus.RECOGNISED, applied, effective, day(nextReview), NONE,
                null, catalogueVersion, codes, append(day, RecognitionStatus.RECOGNISED), version);
    }

    /**
     * This application decided negatively.
     *
     * @param date the day of the decision
     * @param catalogueVersion the catalogue version decided under
     * @return the new record
     * @throws InvalidInputException {@code lifecycle.status} unless applied;
     *     {@code lifecycle.date-order}
     * @throws NullPointerException if an argument is null
     */
    public RecognitionRecord rejected(LocalDate date, String catalogueVersion) {
        Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        int day = checkNext(date, status == RecognitionStatus.APPLIED);
        return new RecognitionRecord(person, RecognitionStatus.REJECTED, applied, NONE, NONE, NONE, null,
                catalogueVersion, List.of(), append(day, RecognitionStatus.REJECTED), version);
    }

    /**
     * This recognition ended. The categories and catalogue version stay, as a record of what
     * ended.
     *
     * @param date the exit date
     * @param reason why
     * @return the new record
     * @throws InvalidInputException {@code lifecycle.status} unless recognised;
     *     {@code lifecycle.date-order}
     * @throws NullPointerException if an argument is null
     */
    public RecognitionRecord exited(LocalDate date, ExitReason reason) {
        Objects.requireNonNull(reason, "reason");
        int day = checkNext(date, status == RecognitionStatus.RECOGNISED);
        return new RecognitionRecord(person, RecognitionStatus.EXITED, applied, recognised, NONE, day, reason,
                catalogueVersion, categories, append(day, RecognitionStatus.EXITED), version);
    }

    /**
     * This record with another version number; only a store calls this.
     *
     * @param version the version, not negative
     * @return the record with that version
     * @throws IllegalArgumentException if {@code version} is negative
     */
    public RecognitionRecord withVersion(long version) {
        if (version < 0) {
            throw new IllegalArgumentException("a version is not negative");
        }
        return version == this.version ? this : new RecognitionRecord(person, status, applied, recognised, nextReview,
                exited, exitReason, catalogueVersion, categories, history, version);
    }

    private int checkNext(LocalDate date, boolean allowed) {
        int day = day(Objects.requireNonNull(date, "date"));
        List<Violation> faults = new ArrayList<>();
        if (!allowed) {
            faults.add(new Violation("status", "lifecycle.status", "the transition is not allowed from " + status));
        }
        if (day < lastDay()) {
            faults.add(new Violation("date", "lifecycle.date-order", "the date is before the record's last transition"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return day;
    }

    private int[] append(int day, RecognitionStatus s) {
        int[] next = Arrays.copyOf(history, history.length + 1);
        next[history.length] = pack(day, s);
        return next;
    }

    private static int pack(int day, RecognitionStatus s) {
        return day * 4 + s.ordinal();
    }

    private static int day(LocalDate date) {
        return Math.toIntExact(date.toEpochDay());
    }

    private static LocalDate date(int day) {
        return day == NONE ? null : LocalDate.ofEpochDay(day);
    }

    private static List<String> sorted(Set<String> codes) {
        SortedSet<String> copy = new TreeSet<>();
        for (String c : codes) {
            copy.add(Objects.requireNonNull(c, "category code"));
        }
        // A list of one or two codes is a 16- to 24-byte object; a sorted set would be several.
        return List.copyOf(copy);
    }

    private int lastDay() {
        return Math.floorDiv(history[history.length - 1], 4);
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
     * The current status.
     *
     * @return the status
     */
    public RecognitionStatus status() {
        return status;
    }

    /**
     * The day of the current cycle's application.
     *
     * @return the day
     */
    public LocalDate appliedOn() {
        return date(applied);
    }

    /**
     * The day the recognition took effect (the first positive decision of this cycle).
     *
     * @return the day, or empty if never recognised in this cycle
     */
    public Optional<LocalDate> recognisedOn() {
        return Optional.ofNullable(date(recognised));
    }

    /**
     * The day of the next periodic review.
     *
     * @return the day, or empty unless recognised
     */
    public Optional<LocalDate> nextReview() {
        return Optional.ofNullable(date(nextReview));
    }

    /**
     * Whether this record is recognised with a next review on or before {@code date}.
     *
     * @param date the day
     * @return true if due
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isDueForReview(LocalDate date) {
        return status == RecognitionStatus.RECOGNISED && nextReview <= day(Objects.requireNonNull(date, "date"));
    }

    /**
     * Whether the person held the status {@link RecognitionStatus#RECOGNISED} on {@code date}:
     * at the start of the day, or reached during it. A person who exits on the day they start
     * work (exit reason "employed") was still recognised that day, so the placement counts.
     *
     * @param date the day
     * @return true if recognised on that day
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isRecognisedOn(LocalDate date) {
        int day = day(Objects.requireNonNull(date, "date"));
        boolean atStart = false;
        for (int h : history) {
            int on = Math.floorDiv(h, 4);
            RecognitionStatus to = STATUSES[Math.floorMod(h, 4)];
            if (on < day) {
                atStart = to == RecognitionStatus.RECOGNISED;
            } else if (on == day && to == RecognitionStatus.RECOGNISED) {
                return true;
            }
        }
        return atStart;
    }

    /**
     * The exit date.
     *
     * @return the day, or empty unless exited
     */
    public Optional<LocalDate> exitedOn() {
        return Optional.ofNullable(date(exited));
    }

    /**
     * Why the recognition ended.
     *
     * @return the reason, or empty unless exited
     */
    public Optional<ExitReason> exitReason() {
        return Optional.ofNullable(exitReason);
    }

    /**
     * The catalogue version of the last decision, pinned until a review or transition.
     *
     * @return the version, or empty while applied
     */
    public Optional<String> catalogueVersion() {
        return Optional.ofNullable(catalogueVersion);
    }

    /**
     * The recognised categories' codes, sorted and distinct; kept on exit as a record of what
     * ended.
     *
     * @return an unmodifiable list, empty while applied and when rejected
     */
    public List<String> categories() {
        return categories;
    }

    /**
     * Every transition, oldest first; a re-verification that keeps the recognition is a
     * {@link RecognitionStatus#RECOGNISED} entry of its own.
     *
     * @return an unmodifiable list, never empty
     */
    public List<Transition> history() {
        List<Transition> list = new ArrayList<>(history.length);
        for (int h : history) {
            list.add(new Transition(STATUSES[Math.floorMod(h, 4)], LocalDate.ofEpochDay(Math.floorDiv(h, 4))));
        }
        return Collections.unmodifiableList(list);
    }

    /**
     * The day of the last transition.
     *
     * @return the day
     */
    public LocalDate lastTransitionOn() {
        return LocalDate.ofEpochDay(lastDay());
    }

    /**
     * The store's version of this record: 0 until first stored, then one more with every
     * stored change (optimistic concurrency).
     *
     * @return the version
     */
    public long version() {
        return version;
    }

    /**
     * Whether {@code other} holds the same facts as this record, whatever the versions: the
     * test a store uses for idempotent saves.
     *
     * @param other the other record
     * @return true if equal but for the version
     * @throws NullPointerException if {@code other} is null
     */
    public boolean sameContentAs(RecognitionRecord other) {
        return person.equals(other.person) && status == other.status && applied == other.applied
                && recognised == other.recognised && nextReview == other.nextReview && exited == other.exited
                && exitReason == other.exitReason && Objects.equals(catalogueVersion, other.catalogueVersion)
                && categories.equals(other.categories) && Arrays.equals(history, other.history);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RecognitionRecord that && version == that.version && sameContentAs(that);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, status, applied, recognised, nextReview, exited, exitReason, catalogueVersion,
                categories, Arrays.hashCode(history), version);
    }

    @Override
    public String toString() {
        return "RecognitionRecord[" + person + " " + status + " v" + version
                + (catalogueVersion == null ? "" : " " + catalogueVersion + categories)
                + (exitReason == null ? "" : " " + exitReason.code()) + "]";
    }

    /**
     * One transition of a record's history.
     *
     * <p>Immutable and thread-safe.
     *
     * @param status the status entered
     * @param date the day
     */
    public record Transition(RecognitionStatus status, LocalDate date) {

        /**
         * Checks the components.
         *
         * @throws NullPointerException if a component is null
         */
        public Transition {
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(date, "date");
        }
    }
}
