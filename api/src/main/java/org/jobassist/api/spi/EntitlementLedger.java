package org.jobassist.api.spi;

import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.LedgerBatchResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.RecordResult;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;

/**
 * The entitlement ledger (补贴发放台账): every granted payment, once, under its
 * {@linkplain org.jobassist.api.subsidy.IdempotencyKey idempotency key}. Entries are never
 * changed or removed. An implementation enforces the {@link LedgerRules} it was built with,
 * by calling {@link LedgerRules#check} with the stored entries of the subjects a write touches.
 *
 * <p>Implementations keep the general contract of the {@link org.jobassist.api.spi package}:
 * <ul>
 *   <li><b>Thread-safety.</b> Safe for any number of threads; writes are linearizable. The
 *       rules are checked against what is stored <em>at the moment of the write</em>, as one
 *       step with it: two writers can never together pass a cap that each alone respects.</li>
 *   <li><b>Atomicity.</b> A batch is all or nothing, and readers see it whole or not at
 *       all.</li>
 *   <li><b>Idempotency.</b> Recording an entry equal to a held one stores nothing and reports
 *       it as already present: nothing is paid twice, and a host may retry a write whose
 *       outcome it does not know. Re-running a recorded batch changes nothing.</li>
 *   <li><b>Null policy.</b> A null argument throws {@link NullPointerException} before
 *       anything changes; a null element of a batch is bad input {@code store.null-item}.
 *       Methods never return null.</li>
 *   <li><b>Bad input.</b> A write breaking a rule throws {@link InvalidInputException} with
 *       every violation, path {@code entries[i]} ({@code entry} for {@link #record}) and codes
 *       {@code ledger.key-conflict}, {@code ledger.exclusive-overlap},
 *       {@code ledger.duration-cap}, {@code ledger.grant-cap} (see {@link LedgerRules}) and
 *       {@code store.null-item}; nothing is stored. Messages hold no ID number.</li>
 *   <li><b>Storage failure.</b> {@link StorageException}; the write took effect entirely or
 *       not at all.</li>
 *   <li><b>Reads.</b> Every query answers from one consistent state holding each batch whole
 *       or not at all, and returns an immutable snapshot.</li>
 * </ul>
 *
 * <p><b>Periods.</b> A query by period takes the entries whose
 * {@linkplain LedgerEntry#accountingDate() accounting date} (the first day of the month paid,
 * or the day of a one-time grant) lies in the period. Lists are sorted by accounting date,
 * then kind, then {@linkplain LedgerEntry#period() period}, then subject key.
 *
 * <p>The contract kit {@code org.jobassist.testkit.spi.EntitlementLedgerContract} checks these
 * rules, with threads recording overlapping batches and the same keys.
 */
public interface EntitlementLedger {

    /**
     * Records one entry: stores it, or returns the equal entry already held.
     *
     * <p>Thread-safe and atomic: of threads recording the same new entry, exactly one gets
     * {@code created == true}. Idempotent.
     *
     * @param entry the entry
     * @return the entry as held, and whether this call stored it
     * @throws InvalidInputException {@code ledger.key-conflict}, {@code ledger.exclusive-overlap},
     *     {@code ledger.duration-cap} or {@code ledger.grant-cap}, path {@code entry}; nothing
     *     is stored
     * @throws NullPointerException if {@code entry} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    RecordResult record(LedgerEntry entry);

    /**
     * Records every entry of {@code entries}, as if one after the other, all or nothing: if any
     * entry breaks a rule, nothing is stored and one {@link InvalidInputException} lists every
     * violation with path {@code entries[i]}. An entry equal to one held, or to one earlier in
     * the batch, is already present.
     *
     * <p>Thread-safe and atomic: readers see the whole batch or none of it; the rules are
     * checked against the entries stored when the batch is written. Idempotent: recording the
     * same batch again records nothing.
     *
     * @param entries the entries, possibly empty
     * @return how many were recorded and how many were already present; they add up to the
     *     batch size
     * @throws InvalidInputException with the codes of {@link #record} and
     *     {@code store.null-item}; nothing is stored
     * @throws NullPointerException if {@code entries} is null
     * @throws StorageException if the storage fails; nothing or everything was written
     */
    LedgerBatchResult recordAll(List<LedgerEntry> entries);

    /**
     * The entries that pay {@code beneficiary} or, for a person, concern them (an employer's
     * subsidy for hiring them).
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param beneficiary a person or unit
     * @return an immutable list in the order of this interface, possibly empty
     * @throws NullPointerException if {@code beneficiary} is null
     * @throws StorageException if the storage fails
     */
    List<LedgerEntry> byBeneficiary(Beneficiary beneficiary);

    /**
     * The entries of the cities {@code division} contains (the province: every city; a city:
     * its own; a county: none, entries belong to cities) in {@code period}.
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param division a city, or the province
     * @param period the period
     * @return an immutable list in the order of this interface, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<LedgerEntry> byCity(DivisionCode division, DateRange period);

    /**
     * The entries of {@code kind} in {@code period}.
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param kind the kind
     * @param period the period
     * @return an immutable list in the order of this interface, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    List<LedgerEntry> byKind(SubsidyKind kind, DateRange period);

    /**
     * How many distinct months {@code person} has been paid any of {@code kinds} for: the
     * months already enjoyed that count against a duration (an employer's and a flexible
     * social-insurance subsidy in one month count once; they never both exist).
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param person the person
     * @param kinds the kinds counted; empty gives 0
     * @return the number of distinct months, not negative
     * @throws NullPointerException if an argument or an element of {@code kinds} is null
     * @throws StorageException if the storage fails
     */
    int monthsEnjoyed(ResidentIdNumber person, Set<SubsidyKind> kinds);

    /**
     * The distinct grant references of {@code kind} that concern {@code person}: their
     * public-welfare-post placements, their paid training certificates.
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param person the person
     * @param kind the kind
     * @return an immutable set in {@link String#compareTo} order, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    SortedSet<String> grants(ResidentIdNumber person, SubsidyKind kind);

    /**
     * The totals per kind and city in {@code period}, one for each pair with at least one
     * entry, sorted by kind then city.
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param period the period
     * @return an immutable list, possibly empty
     * @throws NullPointerException if {@code period} is null
     * @throws StorageException if the storage fails
     */
    List<LedgerTotal> totals(DateRange period);

    /**
     * The total of {@code kind} in the cities {@code division} contains (as {@link #byCity})
     * in {@code period}; zero counts when there is nothing.
     *
     * <p>Thread-safe; one consistent state.
     *
     * @param kind the kind
     * @param division a city, or the province for the whole
     * @param period the period
     * @return the total, with {@code city} set to {@code division}
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    LedgerTotal totals(SubsidyKind kind, DivisionCode division, DateRange period);

    /**
     * Hands every entry to {@code action} once, in unspecified order.
     *
     * <p>Thread-safe; one consistent state as of the call.
     *
     * @param action the action
     * @throws NullPointerException if {@code action} is null
     * @throws StorageException if the storage fails
     */
    void forEach(Consumer<? super LedgerEntry> action);

    /**
     * The people (by ID number) that entries recorded changed after position {@code sequence} of this store's change feed
     * ({@link Changes}), for an incremental cross-check: at least every ResidentIdNumber whose stored
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
    default Changes<ResidentIdNumber> changedSince(long sequence) {
        return Changes.everything(Changes.checked(sequence));
    }

    /**
     * How many entries are held.
     *
     * <p>Thread-safe; exact as of some moment during the call.
     *
     * @return the count
     * @throws StorageException if the storage fails
     */
    long count();
}
