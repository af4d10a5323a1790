package org.jobassist.api.spi;

import java.util.List;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.Referral;
import org.jobassist.api.time.DateRange;

/**
 * Storage of referrals (岗位推荐), keyed by the host's referral id, with optimistic concurrency
 * for outcomes: every stored referral carries a {@link Referral#version() version}, 1 when first
 * stored and one more with each change. {@link #saveAll} records new referrals; {@link #update}
 * records what became of one, naming the version it read, and is refused with
 * {@link StaleRecordException} ({@code store.stale-version}) if another writer got there first.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}.
 * Bad input of this store: {@code store.null-item} (path {@code referrals[i]}),
 * {@code store.duplicate-key} (two different referrals of one batch with one id, path
 * {@code referrals[i].id} of the later), {@code store.id-conflict} (a new referral whose id holds
 * a stored referral with other facts, path {@code referrals[i].id}; change a stored one with
 * {@link #update}), {@code store.unknown-id} (an update of a referral not stored, path
 * {@code id}), {@code store.fixed-field} (an update that changes anything but the outcome, its
 * day and the refusal reason, path names the field), {@code store.version-negative} (path
 * {@code expectedVersion}).
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.ReferralStoreContract} checks these
 * rules, with threads that update one referral by read–modify–write and retry.
 */
public interface ReferralStore {

    /**
     * Stores new referrals as one step; the stored ones get version 1. The versions the
     * referrals carry are ignored. A referral with the same facts as the stored one
     * ({@link Referral#sameContentAs}) changes nothing, whatever its version.
     *
     * @param referrals the referrals
     * @return the counts; {@link BatchResult#replaced()} is always 0
     * @throws InvalidInputException {@code store.null-item}, {@code store.duplicate-key},
     *     {@code store.id-conflict}; nothing is stored
     * @throws NullPointerException if {@code referrals} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    BatchResult saveAll(List<Referral> referrals);

    /**
     * Stores {@code referral} in place of the stored referral with its id if the stored version
     * is {@code expectedVersion}; the stored referral gets {@code expectedVersion + 1}. Only the
     * outcome, its day and the refusal reason may change.
     *
     * <p>Idempotent: if the stored referral holds the same facts, nothing changes and it is
     * returned, whatever {@code expectedVersion} says. Of two writers naming the same version
     * with different outcomes, exactly one succeeds.
     *
     * @param referral the changed referral
     * @param expectedVersion the version the caller read
     * @return the stored referral, with its version
     * @throws StaleRecordException {@code store.stale-version} if another version is stored and
     *     it holds other facts; nothing is written
     * @throws InvalidInputException {@code store.unknown-id}, {@code store.fixed-field},
     *     {@code store.version-negative}
     * @throws NullPointerException if {@code referral} is null
     * @throws StorageException if the storage fails
     */
    Referral update(Referral referral, long expectedVersion);

    /**
     * The referral with this id.
     *
     * @param id the id
     * @return the referral with its version, or empty
     * @throws NullPointerException if {@code id} is null
     * @throws StorageException if the storage fails
     */
    Optional<Referral> find(String id);

    /**
     * The referrals of {@code person}, sorted by date and then id.
     *
     * @param person the person
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code person} is null
     * @throws StorageException if the storage fails
     */
    List<Referral> byPerson(PersonId person);

    /**
     * The referrals of the vacancy with id {@code vacancyId}, sorted by date and then id.
     *
     * @param vacancyId the vacancy id
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code vacancyId} is null
     * @throws StorageException if the storage fails
     */
    List<Referral> byVacancy(String vacancyId);

    /**
     * The referrals dated within {@code period}, sorted by date and then id.
     *
     * @param period the period
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code period} is null
     * @throws StorageException if the storage fails
     */
    List<Referral> inPeriod(DateRange period);

    /**
     * How many referrals are stored.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
