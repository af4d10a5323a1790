package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.region.DivisionCode;

/**
 * Storage of zero-employment family cases (零就业家庭动态清零台账). A case is identified by its
 * household and its identified date: a household identified again after an earlier case was
 * cleared has a second case. Saving a case inserts it or replaces the stored case with the
 * same key (adding services, clearing it).
 *
 * <p>Clearing is final: once a stored case is cleared, it cannot be saved uncleared
 * ({@code zero-employment-case.uncleared}) nor with another cleared date or employed member
 * ({@code zero-employment-case.clearing-changed}); services may still be added. The other
 * codes are those of the {@link org.jobassist.api.spi package}: {@code store.null-item}
 * ({@code cases[i]}) and {@code store.duplicate-key} ({@code cases[i]}, the later of two
 * items with one key).
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. The contract kit
 * {@code org.jobassist.testkit.spi.ZeroEmploymentCaseStoreContract} checks these rules.
 */
public interface ZeroEmploymentCaseStore {

    /**
     * Stores {@code zeroEmploymentCase}, inserting it or replacing the stored case with the
     * same household and identified date. Saving a case equal to the stored one changes
     * nothing.
     *
     * <p>Thread-safe and atomic: the check that clearing is final and the write happen as
     * one step, so two writers cannot together unclear a case. Idempotent.
     *
     * @param zeroEmploymentCase the case
     * @throws InvalidInputException with code {@code zero-employment-case.uncleared} or
     *     {@code zero-employment-case.clearing-changed} (empty path); nothing is stored
     * @throws NullPointerException if {@code zeroEmploymentCase} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    void save(ZeroEmploymentCase zeroEmploymentCase);

    /**
     * Stores every case of {@code cases}, each as {@link #save} would, all or nothing: if any
     * item is bad, nothing is stored and one {@link InvalidInputException} lists every bad
     * item with path {@code cases[i]}.
     *
     * <p>Thread-safe and atomic: concurrent readers see all of the batch or none of it.
     * Idempotent.
     *
     * @param cases the cases, possibly empty
     * @return how many were inserted, replaced and unchanged; they add up to the batch size
     * @throws InvalidInputException with codes {@code store.null-item},
     *     {@code store.duplicate-key}, {@code zero-employment-case.uncleared} and
     *     {@code zero-employment-case.clearing-changed}; nothing is stored
     * @throws NullPointerException if {@code cases} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<ZeroEmploymentCase> cases);

    /**
     * The stored case of {@code household} identified on {@code identifiedDate}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param household the household
     * @param identifiedDate the day the case was identified
     * @return the case, or empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    Optional<ZeroEmploymentCase> find(HouseholdId household, LocalDate identifiedDate);

    /**
     * Every stored case of {@code household}, oldest identified date first.
     *
     * <p>Thread-safe; one consistent snapshot.
     *
     * @param household the household
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code household} is null
     * @throws StorageException if the storage fails
     */
    List<ZeroEmploymentCase> find(HouseholdId household);

    /**
     * The cases whose city {@code division} contains: a city gives its own cases, the province
     * every case under it, a county none (cases belong to cities). Sorted by household id
     * value, then identified date.
     *
     * <p>Thread-safe; one consistent snapshot, holding each batch wholly or not at all.
     *
     * @param division the division, usually a city
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code division} is null
     * @throws StorageException if the storage fails
     */
    List<ZeroEmploymentCase> findInCity(DivisionCode division);

    /**
     * Hands every stored case to {@code action} once, in unspecified order.
     *
     * <p>Thread-safe and weakly consistent, as {@link HouseholdStore#forEach}.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the storage fails
     */
    void forEach(Consumer<? super ZeroEmploymentCase> action);

    /**
     * How many cases are stored.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
