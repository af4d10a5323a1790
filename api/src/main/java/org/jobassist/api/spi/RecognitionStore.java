package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;

/**
 * Storage of recognition records (就业困难人员认定记录), one per person, with optimistic
 * concurrency: every stored record carries a {@link RecognitionRecord#version() version},
 * 1 when first stored and one more with each change. A write names the version it read; if
 * another writer got there first, the write is refused with {@link StaleRecordException}
 * ({@code store.stale-version}) and the caller reads again and redoes its change.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, idempotent writes, {@link NullPointerException} for null
 * arguments, {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. The bad input of this store:
 * {@code store.version-negative} (path {@code expectedVersion}).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.RecognitionStoreContract} checks these
 * rules, with threads that update one record by read–modify–write and retry.
 */
public interface RecognitionStore {

    /**
     * Stores {@code record} as the person's record if the stored version is
     * {@code expectedVersion} (0: nothing is stored). The version {@code record} carries is
     * ignored; the stored record gets {@code expectedVersion + 1}.
     *
     * <p>Idempotent: if the stored record holds the same facts as {@code record}
     * ({@link RecognitionRecord#sameContentAs}), nothing changes and the stored record is
     * returned, whatever {@code expectedVersion} says, so that a host may retry a save whose
     * outcome it does not know.
     *
     * <p>Thread-safe and atomic: of two writers naming the same version with different
     * records, exactly one succeeds.
     *
     * @param record the new record
     * @param expectedVersion the version the caller read, 0 if it found none
     * @return the stored record, with its version
     * @throws StaleRecordException {@code store.stale-version} if another version is stored
     *     and it holds other facts; nothing is written
     * @throws InvalidInputException {@code store.version-negative} if
     *     {@code expectedVersion < 0}
     * @throws NullPointerException if {@code record} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    RecognitionRecord save(RecognitionRecord record, long expectedVersion);

    /**
     * The stored record of {@code person}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @return the record, or empty if none is stored
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails
     */
    Optional<RecognitionRecord> find(PersonId person);

    /**
     * The recognised records whose next review is on or before {@code date}
     * ({@link RecognitionRecord#isDueForReview}), sorted by person id
     * ({@link String#compareTo} of the value).
     *
     * <p>Thread-safe and weakly consistent: holds every matching record stored before the
     * call, each as stored at some moment during the call.
     *
     * @param date the day
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code date} is null
     * @throws StorageException if the storage fails
     */
    List<RecognitionRecord> findDueForReview(LocalDate date);

    /**
     * The records with {@code status}, sorted by person id.
     *
     * <p>Thread-safe and weakly consistent: holds every matching record stored before the
     * call, each as stored at some moment during the call.
     *
     * @param status the status
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code status} is null
     * @throws StorageException if the storage fails
     */
    List<RecognitionRecord> findByStatus(RecognitionStatus status);

    /**
     * Hands every stored record to {@code action} once, in unspecified order.
     *
     * <p>Thread-safe and weakly consistent, as {@link PersonStore#forEach}.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the storage fails
     */
    void forEach(Consumer<? super RecognitionRecord> action);

    /**
     * The people whose recognition records changed after position {@code sequence} of this store's change feed
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
     * How many records are stored.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
