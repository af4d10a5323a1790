package org.jobassist.api.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.time.DateRange;

/**
 * Append-only storage of service records (服务记录), keyed by the host's record id. A record is
 * never changed: appending one equal to the stored record changes nothing, and appending a
 * different record under a stored id is refused.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}.
 * Bad input of this store: {@code store.null-item} (path {@code records[i]}),
 * {@code store.duplicate-key} (two different records of one batch with the same id, path
 * {@code records[i].id} of the later; two equal ones count once, as unchanged), and
 * {@code store.id-conflict} (a record whose id holds a different stored record, path
 * {@code records[i].id}).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.ServiceRecordStoreContract} checks these
 * rules, with threads appending overlapping batches.
 */
public interface ServiceRecordStore {

    /**
     * Appends the records as one step.
     *
     * @param records the records
     * @return the counts; {@link BatchResult#replaced()} is always 0
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key},
     *     {@code store.id-conflict}; nothing is stored
     * @throws NullPointerException if {@code records} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult appendAll(List<ServiceRecord> records);

    /**
     * The record with this id.
     *
     * @param id the id
     * @return the record, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<ServiceRecord> find(String id);

    /**
     * The records of {@code person} dated within {@code period}, sorted by date and then id.
     *
     * @param person the person
     * @param period the period
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<ServiceRecord> byPerson(PersonId person, DateRange period);

    /**
     * Hands {@code action} every record dated within {@code period}, once each, in unspecified
     * order. Weakly consistent, as {@link PersonStore#forEach}.
     *
     * @param period the period
     * @param action the action
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    void forEachIn(DateRange period, Consumer<? super ServiceRecord> action);

    /**
     * How many records are stored.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
