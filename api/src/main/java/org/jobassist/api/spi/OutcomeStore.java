package org.jobassist.api.spi;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeTally;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.region.DivisionCode;

/**
 * Storage of employment outcomes (帮扶就业实名台账), keyed by the host's outcome id, and of the
 * number of outcomes rejected when recorded. The store keeps the rules that need the stored
 * state — one id, one outcome; a person counted once a year — as one step with the write; the
 * engine ({@code org.jobassist.impl.Assessments}) checks everything else before it writes.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package},
 * with one declared difference: {@link #recordAll} is <em>not</em> all-or-nothing per item, it
 * answers a status for each outcome, because a monthly batch from a city must not be refused
 * whole for one duplicate. The batch is still applied as one step: readers see all of its
 * stored outcomes or none, and two concurrent batches behave as if run one after the other
 * (so a person is never counted twice in a year by two writers at once).
 * <ul>
 *   <li><b>Idempotency.</b> Recording an outcome equal to a stored one (same id, same content)
 *       stores nothing and answers {@link WriteStatus#ALREADY_STORED}.</li>
 *   <li><b>Null policy.</b> A null argument throws {@link NullPointerException}; a null
 *       element of a batch is bad input {@code store.null-item} (path {@code outcomes[i]}),
 *       and then nothing is stored.</li>
 *   <li><b>Reads.</b> {@link #tally} and {@link #find} answer from one consistent state.</li>
 *   <li><b>Storage failure.</b> {@link StorageException}; the batch took effect entirely or
 *       not at all.</li>
 * </ul>
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.OutcomeStoreContract} checks these
 * rules, with threads recording overlapping batches.
 */
public interface OutcomeStore {

    /** What {@link #recordAll} did with one outcome. */
    enum WriteStatus {
        /** Stored. */
        STORED,
        /** An equal outcome (same id and content) was stored already; nothing changed. */
        ALREADY_STORED,
        /** Another outcome with this id is stored, or came earlier in the batch; refused. */
        ID_CONFLICT,
        /**
         * Under {@link CountRule#ONCE_PER_PERSON_PER_YEAR}, the person already has an outcome
         * dated in the same year, stored or earlier in the batch; refused.
         */
        PERSON_ALREADY_COUNTED
    }

    /**
     * Records the outcomes as if one after the other, in list order, and answers what it did
     * with each. The batch is one step for readers and other writers.
     *
     * @param outcomes the outcomes
     * @param rule whether a person may count more than once a year
     * @return one status per outcome, in list order
     * @throws InvalidInputException {@code store.null-item} for a null element; nothing is
     *     stored
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    List<WriteStatus> recordAll(List<EmploymentOutcome> outcomes, CountRule rule);

    /**
     * The stored outcome with this id.
     *
     * @param id the host's outcome id
     * @return the outcome, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<EmploymentOutcome> find(String id);

    /**
     * The number of stored outcomes.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long size();

    /**
     * The stored outcomes dated in {@code year}, counted by month, city and channel, and by
     * month and city for each subset (an outcome belongs to a subset when it holds any of the
     * subset's category codes). Outcomes of cities not in {@code cities} are not counted.
     *
     * @param year the year
     * @param cities the cities, in the order of the tally's indexes
     * @param subsets the subsets, in the order of the tally's indexes
     * @return the tally, from one consistent state
     * @throws NullPointerException if an argument or element is null
     * @throws StorageException if the storage fails
     */
    OutcomeTally tally(int year, List<DivisionCode> cities, List<CategorySubset> subsets);

    /**
     * Adds to the counts of outcomes of {@code year} rejected when recorded, by reason code.
     *
     * @param year the year of the rejected outcomes' dates
     * @param countsByReason counts to add, each not negative
     * @throws InvalidInputException {@code store.negative-count} for a negative count; nothing
     *     is changed
     * @throws NullPointerException if the map, a key or a value is null
     * @throws StorageException if the storage fails
     */
    void addRejections(int year, Map<String, Integer> countsByReason);

    /**
     * The counts of outcomes of {@code year} rejected when recorded, by reason code.
     *
     * @param year the year
     * @return an immutable map sorted by code, empty if none
     * @throws StorageException if the storage fails
     */
    Map<String, Long> rejections(int year);
}
