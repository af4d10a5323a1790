package org.jobassist.examples.province;

import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.examples.jdbc.JdbcStores;

/**
 * The stores of the JDBC adapter ({@link JdbcStores}) on an embedded H2 database in memory,
 * for {@code --store h2}: the same run as {@link MemoryStoreSet}, every read and write going
 * through SQL. Each set opens its own database, with the schema applied by the adapter's
 * migrations, and drops it on {@link #close()}.
 *
 * <p>Thread-safe.
 */
public final class H2StoreSet implements StoreSet {

    /** The name {@code --store} selects this set by. */
    public static final String NAME = "h2";

    /** Several runs in one JVM (the tests) each get a database of their own. */
    private static final AtomicInteger RUNS = new AtomicInteger();

    private final JdbcStores stores;

    /**
     * Opens a new, empty H2 database in memory.
     *
     * @throws org.jobassist.api.spi.StorageException if the database or its schema fails
     */
    public H2StoreSet() {
        this.stores = JdbcStores.h2InMemory("province_run_" + RUNS.incrementAndGet());
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PersonStore people() {
        return stores.people();
    }

    @Override
    public HouseholdStore households() {
        return stores.households();
    }

    @Override
    public KinshipStore kinship() {
        return stores.kinship();
    }

    @Override
    public ZeroEmploymentCaseStore zeroEmploymentCases() {
        return stores.zeroEmploymentCases();
    }

    @Override
    public Registries registries() {
        return stores.registries();
    }

    @Override
    public RecognitionStore recognitions() {
        return stores.recognitions();
    }

    @Override
    public OutcomeStore outcomes() {
        return stores.outcomes();
    }

    @Override
    public EntitlementLedger ledger(LedgerRules rules) {
        return stores.ledger(rules);
    }

    @Override
    public void close() {
        stores.close();
    }

    @Override
    public String toString() {
        return "H2StoreSet";
    }
}
