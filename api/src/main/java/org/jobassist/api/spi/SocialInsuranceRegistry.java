package org.jobassist.api.spi;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.RegistrySource;

/**
 * A mirror of the social-insurance registry (社会保险缴费数据): one
 * {@link ContributionHistory} per person, whose employer-paid months show employment. The
 * library reads it to test "unemployed at least 12 months" and to cross-check employment;
 * the host fills it with {@link #record} and {@link #recordAll}, each history replacing the
 * person's stored one whole.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. A history is valid by construction, so the
 * only bad input is in a batch: {@code store.null-item} ({@code histories[i]}) and
 * {@code store.duplicate-key} ({@code histories[i].person}, the later of two histories of one
 * person).
 *
 * <p>A person without a stored history never contributed: the fast paths answer as for an
 * empty history ({@link ContributionHistory#NEVER}, not employed), without allocating.
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.SocialInsuranceRegistryContract}
 * checks these rules.
 */
public interface SocialInsuranceRegistry {

    /**
     * The agency: always {@link RegistrySource#SOCIAL_INSURANCE}.
     *
     * @return the source
     */
    default RegistrySource source() {
        return RegistrySource.SOCIAL_INSURANCE;
    }

    /**
     * The stored history of {@code person}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @return the history, or empty if none is stored
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails
     */
    Optional<ContributionHistory> history(PersonId person);

    /**
     * {@link ContributionHistory#monthsWithoutEmployerContribution} of the person's stored
     * history, {@link ContributionHistory#NEVER} if none is stored. The fast path: it should
     * not allocate.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @param asOf the day asked about
     * @return the months without an employer-paid contribution
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    int monthsWithoutEmployerContribution(PersonId person, LocalDate asOf);

    /**
     * Whether an employer paid for {@code month} for {@code person}, which shows employment
     * that month. The fast path: it should not allocate.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @param month the month
     * @return true if the stored history has an employer-paid contribution for the month
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    boolean isEmployedIn(PersonId person, YearMonth month);

    /**
     * Stores {@code history}, inserting it or replacing the person's stored history. Storing
     * a history equal to the stored one changes nothing.
     *
     * <p>Thread-safe and atomic: a concurrent reader sees the old history or the new one.
     * Idempotent.
     *
     * @param history the history
     * @throws NullPointerException if {@code history} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    void record(ContributionHistory history);

    /**
     * Stores every history of {@code histories}, each as {@link #record} would, all or
     * nothing: if any item is bad, nothing is stored and one {@link InvalidInputException}
     * lists every bad item with path {@code histories[i]…}.
     *
     * <p>Thread-safe and atomic: concurrent readers see all of the batch or none of it.
     * Idempotent: recording the same batch again reports every item unchanged.
     *
     * @param histories the histories, possibly empty
     * @return how many were inserted, replaced and unchanged; they add up to the batch size
     * @throws InvalidInputException with codes {@code store.null-item} and
     *     {@code store.duplicate-key}; nothing is stored
     * @throws NullPointerException if {@code histories} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult recordAll(List<ContributionHistory> histories);

    /**
     * The people whose contribution histories changed after position {@code sequence} of this store's change feed
     * ({@link Changes}), for an incremental cross-check: at least every PersonId whose stored
     * data a write changed after that position.
     *
     * <p>Thread-safe. The default cannot tell and answers {@link Changes#everything} at
     * {@code sequence}; the in-memory implementation names what it wrote.
     *
     * @param sequence the {@link Changes#sequence()} of an earlier answer, or 0
     * @return the changes
     * @throws org.jobassist.api.error.InvalidInputException {@code changes.sequence-negative}
     * @throws StorageException if the storage fails
     */
    default Changes<PersonId> changedSince(long sequence) {
        return Changes.everything(Changes.checked(sequence));
    }

    /**
     * How many people have a stored history.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
