package org.jobassist.api.spi;

import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.PersonId;

/**
 * Storage of kinship facts (亲属关系): people, marriages, parent–child relations, spells of
 * living together and residences. The store grows by batches; together its facts always form
 * a valid {@link KinshipGraph}, which {@link #snapshot()} returns for
 * {@code KinshipServices.of}.
 *
 * <p>Facts are append-only: a fact equal to a stored one is a no-op, and one that contradicts
 * the stored facts (a person id stored with another birth date, a second birth mother, a
 * cycle) is a violation. A batch that holds one fact twice is refused with
 * {@code store.duplicate-key} at the later one ({@code people[2]}). A batch is validated
 * together with the stored facts, with the codes of {@link KinshipGraph}
 * ({@code kinship.duplicate-person}, {@code kinship.cycle}, …). A
 * violation on a fact of the batch has its path into the batch ({@code parentages[2].parent});
 * one that the validator places on a stored fact (for example the later of two overlapping
 * marriages, when the stored one is later) has the path of that fact in {@link #snapshot()}
 * behind {@code stored.} ({@code stored.marriages[7].start}).
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * thread-safe, linearizable writes, all-or-nothing batches that readers see whole or not at
 * all, idempotent writes, {@link NullPointerException} for null arguments,
 * {@link InvalidInputException} for bad input with nothing changed,
 * {@link StorageException} for storage failures. The contract kit
 * {@code org.jobassist.testkit.spi.KinshipStoreContract} checks these rules.
 */
public interface KinshipStore {

    /**
     * Adds the facts of {@code batch}, all or nothing. Facts equal to stored ones are counted
     * unchanged; the others are validated together with every stored fact and inserted.
     *
     * <p>Thread-safe and atomic: the validation and the write happen as one step, so two
     * batches that are valid alone but contradict each other cannot both be stored; readers
     * see all of the batch or none of it. Idempotent: applying a batch again reports every
     * fact unchanged.
     *
     * @param batch the facts
     * @return how many facts were inserted and unchanged (never replaced); they add up to
     *     {@link KinshipBatch#size()}
     * @throws InvalidInputException listing every violation, with code
     *     {@code store.duplicate-key} or the codes of {@link KinshipGraph} and the paths
     *     described above; nothing is stored
     * @throws NullPointerException if {@code batch} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult apply(KinshipBatch batch);

    /**
     * Every stored fact as one graph, facts in the order they were first stored.
     *
     * <p>Thread-safe; one consistent snapshot holding each batch wholly or not at all. The
     * graph is immutable; later writes do not change it.
     *
     * @return the graph, empty if nothing is stored
     * @throws StorageException if the storage fails
     */
    KinshipGraph snapshot();

    /**
     * The stored person with id {@code id}.
     *
     * <p>Thread-safe; sees every write completed before the call.
     *
     * @param id the person's id
     * @return the person, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<KinPerson> person(PersonId id);

    /**
     * How many people are stored.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long personCount();
}
