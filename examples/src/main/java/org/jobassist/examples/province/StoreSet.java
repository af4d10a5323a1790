package org.jobassist.examples.province;

import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.LedgerRules;

/**
 * The storage a province run works on: one factory per store of the SPI the run needs, named
 * like {@link org.jobassist.impl.InMemoryStores}' static factories so that a host's set (over
 * JDBC, say) reads the same. A new set's stores start empty; the run calls each factory once
 * and closes the set when it is done.
 *
 * <p>Implementations are thread-safe.
 */
public interface StoreSet extends AutoCloseable {

    /**
     * The name the command line selects this set by, such as {@code memory}.
     *
     * @return the name
     */
    String name();

    /**
     * A new, empty store of people's records.
     *
     * @return the store
     */
    PersonStore people();

    /**
     * A new, empty store of household registers.
     *
     * @return the store
     */
    HouseholdStore households();

    /**
     * A new, empty kinship store.
     *
     * @return the store
     */
    KinshipStore kinship();

    /**
     * A new, empty zero-employment case store.
     *
     * @return the store
     */
    ZeroEmploymentCaseStore zeroEmploymentCases();

    /**
     * New, empty registries of other agencies.
     *
     * @return the registries
     */
    Registries registries();

    /**
     * A new, empty store of recognition records.
     *
     * @return the store
     */
    RecognitionStore recognitions();

    /**
     * A new, empty store of employment outcomes.
     *
     * @return the store
     */
    OutcomeStore outcomes();

    /**
     * A new, empty entitlement ledger enforcing {@code rules}.
     *
     * @param rules the ledger's rules
     * @return the ledger
     * @throws NullPointerException if {@code rules} is null
     */
    EntitlementLedger ledger(LedgerRules rules);

    /**
     * Releases what the set holds (a database connection, say); the in-memory set holds
     * nothing. The stores must not be used afterwards.
     */
    @Override
    default void close() {}
}
