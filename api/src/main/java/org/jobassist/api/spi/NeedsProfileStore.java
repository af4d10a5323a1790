package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.StreetCode;

/**
 * Storage of needs profiles (需求画像), keyed by {@code (person, recordedOn)}. A person's profiles
 * form a dated history; the one in force on a day is the latest recorded on or before it.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable, all-or-nothing batches, idempotent writes, null arguments throw
 * {@link NullPointerException}, immutable snapshots. Bad input of this store:
 * {@code store.null-item} (path {@code profiles[i]}) and {@code store.duplicate-key} (two
 * profiles of one batch with the same person and day, path {@code profiles[i]} of the later).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.NeedsProfileStoreContract} checks these
 * rules, with threads saving overlapping batches.
 */
public interface NeedsProfileStore {

    /**
     * Saves the profiles as one step: a profile whose key holds nothing is inserted, one whose
     * key holds a different profile replaces it (a correction of that day's record), one equal
     * to the stored profile changes nothing.
     *
     * @param profiles the profiles
     * @return the counts
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key};
     *     nothing is stored
     * @throws NullPointerException if {@code profiles} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<NeedsProfile> profiles);

    /**
     * Saves one profile, as a batch of one.
     *
     * @param profile the profile
     * @return the counts
     * @throws NullPointerException if {@code profile} is null
     * @throws StorageException if the storage fails
     */
    default BatchResult save(NeedsProfile profile) {
        return saveAll(List.of(profile));
    }

    /**
     * The profile of {@code person} in force on {@code date}: the latest recorded on or before
     * it.
     *
     * @param person the person
     * @param date the day
     * @return the profile, or empty if none was recorded by then
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    Optional<NeedsProfile> inForce(PersonId person, LocalDate date);

    /**
     * Every profile of {@code person}, oldest first.
     *
     * @param person the person
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails
     */
    List<NeedsProfile> history(PersonId person);

    /**
     * The profiles in force on {@code date} of the people whose profile in force names
     * {@code street}, sorted by person.
     *
     * @param street the street
     * @param date the day
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<NeedsProfile> inForceOnStreet(StreetCode street, LocalDate date);

    /**
     * Hands {@code action} the profile in force on {@code date} of every person whose profile in
     * force lives within {@code area} (the province, a city or a county: its street's county is
     * {@code area} or lies within it), once each, in unspecified order.
     *
     * <p>Weakly consistent, as {@link PersonStore#forEach}.
     *
     * @param area a division
     * @param date the day
     * @param action the action
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    void forEachInForce(DivisionCode area, LocalDate date, Consumer<? super NeedsProfile> action);

    /**
     * How many profiles are stored, counting every dated profile of every person.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
