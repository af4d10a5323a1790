package org.jobassist.api.spi;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.PersonRecord;

/**
 * Storage of registered unemployed people's records (登记失业人员), keyed by
 * {@link PersonRecord#id()}. A record is a whole value: saving one replaces the stored record
 * with the same id. The recognition lifecycle reads the person from here when it decides and
 * re-verifies; the host keeps it current (registrations, referrals).
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. A record is valid by construction, so the
 * only bad input is in a batch: {@code store.null-item} ({@code people[i]}) and
 * {@code store.duplicate-key} ({@code people[i].id}, the later of two items with one id).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.PersonStoreContract} checks these
 * rules.
 */
public interface PersonStore {

    /**
     * Stores {@code person}, inserting it or replacing the stored record with the same id.
     *
     * <p>Thread-safe and atomic. Idempotent: saving a record equal to the stored one changes
     * nothing.
     *
     * @param person the record
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    void save(PersonRecord person);

    /**
     * Stores every record of {@code people}, each as {@link #save} would, all or nothing.
     *
     * <p>Thread-safe and atomic: concurrent readers see all of the batch or none of it.
     * Idempotent: saving the same batch again reports every item unchanged.
     *
     * @param people the records, possibly empty
     * @return how many were inserted, replaced and unchanged; they add up to the batch size
     * @throws InvalidInputException with codes {@code store.null-item} ({@code people[i]}) and
     *     {@code store.duplicate-key} ({@code people[i].id}); nothing is stored
     * @throws NullPointerException if {@code people} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<PersonRecord> people);

    /**
     * The stored record of {@code id}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param id the person
     * @return the record, or empty if none is stored
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<PersonRecord> find(PersonId id);

    /**
     * The stored record whose ID number is {@code idNumber}. If several records share the
     * number (a fault in the host's data), the one with the least id
     * ({@link PersonId#compareTo}) is returned, so the answer does not depend on storage order.
     *
     * <p>Thread-safe; weakly consistent, as {@link #forEach}.
     *
     * <p>The default implementation scans every record with {@link #forEach}: it is linear in
     * the number of records. A store with an index on the number (a database column) should
     * override it.
     *
     * @param idNumber the resident ID number
     * @return the record, or empty if none holds the number
     * @throws NullPointerException if {@code idNumber} is null
     * @throws StorageException if the storage fails
     */
    default Optional<PersonRecord> findByIdNumber(ResidentIdNumber idNumber) {
        Objects.requireNonNull(idNumber, "idNumber");
        PersonRecord[] found = new PersonRecord[1];
        forEach(p -> {
            if (p.idNumber().equals(idNumber) && (found[0] == null || p.id().compareTo(found[0].id()) < 0)) {
                found[0] = p;
            }
        });
        return Optional.ofNullable(found[0]);
    }

    /**
     * Hands every stored record to {@code action} once, in unspecified order.
     *
     * <p>Thread-safe and weakly consistent: sees every record stored before the call, none
     * twice, and may or may not see later writes. The action may call this store, writes
     * included. An exception thrown by the action ends the iteration and propagates.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the storage fails
     */
    void forEach(Consumer<? super PersonRecord> action);

    /**
     * The people whose records changed after position {@code sequence} of this store's change feed
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
