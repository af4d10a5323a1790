package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.StaleRecordException;

/**
 * The lifecycle of a recognition (认定、复核、退出): application → decision (recognised or
 * rejected) → periodic re-verification → exit with a reason. Every step reads the person and
 * the record from the stores, checks the step, and saves the new record with the version it
 * read, so two concurrent steps on one person cannot both succeed.
 *
 * <p>Dates are explicit; every step is dated and may not be dated before the record's last
 * transition. The catalogue version in force on the step's date decides; a recognition keeps
 * the version it was decided under until its next review, unless the newer version's
 * {@link TransitionRule} is {@link TransitionRule#REASSESS_IMMEDIATELY}.
 *
 * <p>Error codes ({@link InvalidInputException}, nothing stored):
 * <ul>
 * <li>{@code lifecycle.already-applied} (path {@code person}): applying while an application
 *     or recognition is open;</li>
 * <li>{@code lifecycle.not-applied} (path {@code person}): deciding without an open
 *     application, or a step for a person with no record;</li>
 * <li>{@code lifecycle.not-recognised} (path {@code person}): re-verifying or exiting a
 *     record that is not recognised;</li>
 * <li>{@code lifecycle.already-exited} (path {@code person}): re-verifying or exiting an
 *     exited record;</li>
 * <li>{@code lifecycle.unknown-person} (path {@code person}): no person record stored;</li>
 * <li>{@code lifecycle.date-order} (path {@code date}, {@code refusals[i]},
 *     {@code lastContact}): a date before the record's last transition, or evidence dated
 *     after the step;</li>
 * <li>{@code lifecycle.no-catalogue} (path {@code date}): no catalogue version in force;</li>
 * <li>{@code lifecycle.exit-reason-inactive} (path {@code reason}): the pack does not make
 *     the reason active on the date;</li>
 * <li>{@code lifecycle.evidence-required} (path {@code reason}): {@link ExitReason#REFUSED_SERVICES}
 *     and {@link ExitReason#UNREACHABLE} go through their own methods, which check the pack's
 *     thresholds; {@link ExitReason#NO_LONGER_ELIGIBLE} is the engine's to decide;</li>
 * <li>{@code lifecycle.threshold-not-met} (path {@code refusals} or {@code lastContact}):
 *     the evidence does not reach the pack's threshold;</li>
 * <li>{@code lifecycle.unknown-exit-reason} (path {@code category.exit.active-reasons}): the
 *     pack names an exit reason the library does not know.</li>
 * </ul>
 *
 * <p>Implementations are thread-safe.
 */
public interface RecognitionLifecycle {

    /**
     * Records an application: stores the person's record (idempotently) and a new
     * {@link RecognitionStatus#APPLIED} record, or a new cycle of a rejected or exited one.
     *
     * @param person the applicant's record as the host holds it
     * @param date the day of application
     * @return the stored record
     * @throws InvalidInputException {@code lifecycle.already-applied},
     *     {@code lifecycle.date-order}
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    RecognitionRecord apply(PersonRecord person, LocalDate date);

    /**
     * Decides an open application under the catalogue version in force on {@code date}:
     * {@link RecognitionStatus#RECOGNISED} from {@code date} with the categories, the version
     * and the next review date (the pack's {@code category.review-interval} after
     * {@code date}), or {@link RecognitionStatus#REJECTED} with the "why not" of the
     * recognition.
     *
     * @param person the applicant
     * @param date the day of the decision, the effective date
     * @return the outcome, with the recognition
     * @throws InvalidInputException {@code lifecycle.not-applied},
     *     {@code lifecycle.unknown-person}, {@code lifecycle.date-order},
     *     {@code lifecycle.no-catalogue}
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    LifecycleOutcome decide(PersonId person, LocalDate date);

    /**
     * Re-verifies a recognition on {@code date} (复核): exits it automatically if the person
     * reached statutory retirement ({@link ExitReason#REACHED_RETIREMENT}) or is no longer
     * registered unemployed ({@link ExitReason#REGISTRATION_CANCELLED}), when the pack makes
     * those reasons active; otherwise runs recognition under the catalogue version in force
     * and keeps the recognition (perhaps with other categories, the new version and a new
     * next review) or exits it with {@link ExitReason#NO_LONGER_ELIGIBLE}.
     *
     * @param person the person
     * @param date the day
     * @return the outcome
     * @throws InvalidInputException {@code lifecycle.not-applied},
     *     {@code lifecycle.not-recognised}, {@code lifecycle.already-exited},
     *     {@code lifecycle.unknown-person}, {@code lifecycle.date-order},
     *     {@code lifecycle.no-catalogue}
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    LifecycleOutcome reverify(PersonId person, LocalDate date);

    /**
     * Applies the catalogue's transition rule on {@code date}: if the recognition is pinned to
     * an older version than the one in force and a version taking effect since then says
     * {@link TransitionRule#REASSESS_IMMEDIATELY}, re-verifies at once; otherwise keeps the
     * record unchanged until its next review (the store is not written).
     *
     * @param person the person
     * @param date the day
     * @return the outcome; {@link LifecycleOutcome#recognition()} is empty when kept
     * @throws InvalidInputException as {@link #reverify}
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    LifecycleOutcome applyTransition(PersonId person, LocalDate date);

    /**
     * Ends a recognition for a reason the host reports (DOMAIN §1.2, provisional).
     *
     * @param person the person
     * @param date the exit date
     * @param reason why; not {@link ExitReason#REFUSED_SERVICES}, {@link ExitReason#UNREACHABLE}
     *     or {@link ExitReason#NO_LONGER_ELIGIBLE}
     * @return the outcome
     * @throws InvalidInputException {@code lifecycle.not-applied}, {@code lifecycle.not-recognised},
     *     {@code lifecycle.already-exited}, {@code lifecycle.date-order},
     *     {@code lifecycle.exit-reason-inactive}, {@code lifecycle.evidence-required}
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    LifecycleOutcome exit(PersonId person, LocalDate date, ExitReason reason);

    /**
     * Ends a recognition because the person refused public employment services at least the
     * pack's number of times ({@code category.exit.refusal-threshold}, 3) within its window
     * ({@code category.exit.refusal-window}, 6 months) ending on {@code date}.
     *
     * @param person the person
     * @param date the exit date
     * @param refusals the days of the refusals the host recorded
     * @return the outcome, {@link ExitReason#REFUSED_SERVICES}
     * @throws InvalidInputException as {@link #exit}, and {@code lifecycle.threshold-not-met}
     *     (path {@code refusals}), {@code lifecycle.date-order} (a refusal after {@code date},
     *     path {@code refusals[i]})
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument or element is null
     */
    LifecycleOutcome exitForRefusedServices(PersonId person, LocalDate date, List<LocalDate> refusals);

    /**
     * Ends a recognition because the person could not be contacted for longer than the pack's
     * period ({@code category.exit.unreachable-after}, 6 months) before {@code date}.
     *
     * @param person the person
     * @param date the exit date
     * @param lastContact the last day the person was reached
     * @return the outcome, {@link ExitReason#UNREACHABLE}
     * @throws InvalidInputException as {@link #exit}, and {@code lifecycle.threshold-not-met}
     *     or {@code lifecycle.date-order} (path {@code lastContact})
     * @throws StaleRecordException if another writer changed the record meanwhile
     * @throws NullPointerException if an argument is null
     */
    LifecycleOutcome exitUnreachable(PersonId person, LocalDate date, LocalDate lastContact);

    /**
     * The recognised records to review on {@code date}: those whose next review is on or
     * before it, and those pinned to a catalogue version that a version with
     * {@link TransitionRule#REASSESS_IMMEDIATELY} has replaced by then. Sorted by person id.
     *
     * @param date the day
     * @return an immutable list
     * @throws NullPointerException if {@code date} is null
     */
    List<RecognitionRecord> dueForReview(LocalDate date);
}
