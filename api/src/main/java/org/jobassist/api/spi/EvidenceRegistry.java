package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;

/**
 * A mirror of one agency's registry (部门数据): the {@link Evidence} that the agency of
 * {@link #source()} certifies about people, each dated and keyed by person, flag and
 * reference. The library only reads it, for millions of people per recognition run; the host
 * fills it from the agency's data feed with {@link #record}, {@link #recordAll} and
 * {@link #withdraw}.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures.
 *
 * <p><b>Holding.</b> Evidence holds on a day as {@link Evidence#isValidOn} says: the day lies
 * in its validity, both ends included, and is before its withdrawal day. A person holds a
 * flag on a day when some stored evidence for that person and flag holds on it.
 *
 * <p><b>One source per registry.</b> A registry answers only for the flags whose
 * {@link RegistryFlag#source()} is its own {@link #source()}. Asking it about, or recording,
 * a flag of another source is a wiring error, not a "no": it throws
 * {@link InvalidInputException} with code {@code registry.wrong-source} (path {@code flag},
 * or {@code evidence[i].flag} in a batch). The check is one comparison, so the fast path
 * keeps it.
 *
 * <p><b>Speed.</b> {@link #holds} is the recognition engine's inner loop: implementations
 * should answer it from an index by person without allocating, as the in-memory default
 * does (a hash lookup and a few comparisons). {@link #find} and {@link #evidence} serve
 * explanations.
 *
 * <p><b>Order.</b> Lists of evidence are sorted by flag (declaration order), then by the
 * first valid day, then by reference ({@link String#compareTo}).
 *
 * <p>Codes: {@code registry.wrong-source} as above; {@code store.null-item}
 * ({@code evidence[i]}) and {@code store.duplicate-key} ({@code evidence[i]}, the later of two
 * items with one person, flag and reference) in a batch; {@code registry.unknown-evidence}
 * for a withdrawal of evidence that is not stored; {@code evidence.withdrawn-before-valid}
 * (path {@code withdrawnOn}) for a withdrawal before the first valid day.
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.EvidenceRegistryContract} checks these
 * rules.
 */
public interface EvidenceRegistry {

    /**
     * The agency whose registry this is; the same on every call.
     *
     * @return the source, never {@link RegistrySource#SOCIAL_INSURANCE} (see
     *     {@link SocialInsuranceRegistry})
     */
    RegistrySource source();

    /**
     * Whether {@code person} holds {@code flag} on {@code day}. The fast path: it should not
     * allocate.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @param flag a flag of this registry's source
     * @param day the day
     * @return true if some stored evidence for the person and flag holds on the day
     * @throws InvalidInputException with code {@code registry.wrong-source}
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    boolean holds(PersonId person, RegistryFlag flag, LocalDate day);

    /**
     * The flags of this registry's source that {@code person} holds on {@code day}, as a bit
     * mask: bit {@code 1 << flag.ordinal()} is set for each flag {@link #holds} would answer
     * true for. The fast path of recognition asks once per person and registry rather than
     * once per flag; it should not allocate. The default asks {@link #holds} for each flag of
     * the source; an implementation that can read a person's evidence once should override it.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @param day the day
     * @return the mask, 0 when the person holds no flag of this source on the day
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    default int flagsHeld(PersonId person, LocalDate day) {
        int mask = 0;
        for (RegistryFlag flag : RegistryFlag.values()) {
            if (flag.source() == source() && holds(person, flag, day)) {
                mask |= 1 << flag.ordinal();
            }
        }
        return mask;
    }

    /**
     * The evidence by which {@code person} holds {@code flag} on {@code day}, for
     * explanations: the first such evidence in the documented order.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param person the person
     * @param flag a flag of this registry's source
     * @param day the day
     * @return the evidence, present exactly when {@link #holds} is true
     * @throws InvalidInputException with code {@code registry.wrong-source}
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day);

    /**
     * The evidence about {@code person} that holds on {@code day}, every flag, in the
     * documented order.
     *
     * <p>Thread-safe; one consistent snapshot.
     *
     * @param person the person
     * @param day the day
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<Evidence> evidence(PersonId person, LocalDate day);

    /**
     * Every stored piece of evidence about {@code person}, expired and withdrawn included, in
     * the documented order.
     *
     * <p>Thread-safe; one consistent snapshot.
     *
     * @param person the person
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails
     */
    List<Evidence> history(PersonId person);

    /**
     * Stores {@code evidence}, inserting it or replacing the stored evidence with the same
     * person, flag and reference (the registry corrected or extended its record). Storing
     * evidence equal to the stored one changes nothing.
     *
     * <p>Thread-safe and atomic. Idempotent.
     *
     * @param evidence the evidence, of this registry's source
     * @throws InvalidInputException with code {@code registry.wrong-source} (path
     *     {@code flag}); nothing is stored
     * @throws NullPointerException if {@code evidence} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    void record(Evidence evidence);

    /**
     * Stores every item of {@code evidence}, each as {@link #record} would, all or nothing:
     * if any item is bad, nothing is stored and one {@link InvalidInputException} lists every
     * bad item with path {@code evidence[i]…}. Two items with one key are bad even if equal.
     *
     * <p>Thread-safe and atomic: concurrent readers see all of the batch or none of it.
     * Idempotent: recording the same batch again reports every item unchanged.
     *
     * @param evidence the evidence, possibly empty
     * @return how many were inserted, replaced and unchanged; they add up to the batch size
     * @throws InvalidInputException with codes {@code store.null-item},
     *     {@code store.duplicate-key} and {@code registry.wrong-source}; nothing is stored
     * @throws NullPointerException if {@code evidence} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult recordAll(List<Evidence> evidence);

    /**
     * Withdraws the stored evidence with this key from {@code day} on: it no longer holds on
     * that day or later. A withdrawal never makes evidence hold on more days: if the stored
     * evidence is already withdrawn on {@code day} or earlier, nothing changes. (To restore
     * withdrawn evidence, {@link #record} the registry's corrected record.)
     *
     * <p>Thread-safe and atomic. Idempotent.
     *
     * @param person the person
     * @param flag the flag, of this registry's source
     * @param reference the registry's record number
     * @param day the first day on which the evidence no longer holds
     * @return true if the stored evidence changed, false if it was already withdrawn by then
     * @throws InvalidInputException with code {@code registry.wrong-source} (path
     *     {@code flag}), {@code registry.unknown-evidence} (no evidence with this key) or
     *     {@code evidence.withdrawn-before-valid} (path {@code withdrawnOn}); nothing changes
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    boolean withdraw(PersonId person, RegistryFlag flag, String reference, LocalDate day);

    /**
     * The people whose evidence changed after position {@code sequence} of this store's change feed
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
     * How many pieces of evidence are stored, expired and withdrawn included.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
