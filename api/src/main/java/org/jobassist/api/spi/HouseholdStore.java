package org.jobassist.api.spi;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.region.DivisionCode;

/**
 * Storage of household registers (户籍家庭户), keyed by {@link HouseholdRegister#id()}. A
 * register is a whole value: saving one replaces every fact of the stored register with the
 * same id (members, head, division, flags).
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. A register is valid by construction, so the
 * only bad input is in a batch: {@code store.null-item} ({@code registers[i]}) and
 * {@code store.duplicate-key} ({@code registers[i].id}, the later of two items with one id).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.HouseholdStoreContract} checks these
 * rules.
 */
public interface HouseholdStore {

    /**
     * Stores {@code register}, inserting it or replacing the stored register with the same id.
     * Saving a register equal to the stored one changes nothing.
     *
     * <p>Thread-safe and atomic: a concurrent reader sees the old register or the new one.
     * Idempotent.
     *
     * @param register the register
     * @throws NullPointerException if {@code register} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    void save(HouseholdRegister register);

    /**
     * Stores every register of {@code registers}, each as {@link #save} would, all or
     * nothing: if any item is bad, nothing is stored and one {@link InvalidInputException}
     * lists every bad item with path {@code registers[i]…}. Two items with the same id are bad
     * even if equal: a batch names each register once.
     *
     * <p>Thread-safe and atomic: concurrent readers see all of the batch or none of it.
     * Idempotent: saving the same batch again reports every item unchanged.
     *
     * @param registers the registers, possibly empty
     * @return how many were inserted, replaced and unchanged; they add up to the batch size
     * @throws InvalidInputException with codes {@code store.null-item} and
     *     {@code store.duplicate-key}; nothing is stored
     * @throws NullPointerException if {@code registers} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<HouseholdRegister> registers);

    /**
     * The stored register with id {@code id}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param id the id
     * @return the register, or empty if none is stored
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<HouseholdRegister> find(HouseholdId id);

    /**
     * The registers whose division {@code division} contains (see
     * {@link DivisionCode#contains}): a county gives its own, a city its counties' and its
     * own, a province everything under it. Sorted by id value ({@link String#compareTo}).
     *
     * <p>Thread-safe; the list is one consistent snapshot, holding each batch wholly or not
     * at all.
     *
     * @param division the division
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code division} is null
     * @throws StorageException if the storage fails
     */
    List<HouseholdRegister> findInDivision(DivisionCode division);

    /**
     * Hands every stored register to {@code action} once, in unspecified order.
     *
     * <p>Thread-safe and weakly consistent: sees every register stored before the call, no
     * register twice, and may or may not see later writes. The action may call this store's
     * methods, writes included. An exception thrown by the action ends the iteration and
     * propagates.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the storage fails
     */
    void forEach(Consumer<? super HouseholdRegister> action);

    /**
     * How many registers are stored.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
