package org.jobassist.impl;

import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.impl.internal.memory.InMemoryHouseholdStore;
import org.jobassist.impl.internal.memory.InMemoryKinshipStore;
import org.jobassist.impl.internal.memory.InMemoryZeroEmploymentCaseStore;

/**
 * The embedded default storage: new, empty in-memory implementations of the SPI of
 * {@link org.jobassist.api.spi}. They keep the whole general contract of that package and
 * pass the contract kit {@code org.jobassist.testkit.spi}.
 *
 * <p>Each write runs under one writer lock per store and publishes a new immutable snapshot
 * (copy-on-write of the parts it touches); readers never block and see each batch whole or
 * not at all. Nothing survives the JVM: a host that needs durability implements the SPI over
 * its database.
 *
 * <p>Stateless and thread-safe; every call returns a new, independent store.
 */
public final class InMemoryStores {

    private InMemoryStores() {}

    /**
     * A new, empty household-register store, indexed by division so that
     * {@link HouseholdStore#findInDivision} reads only the matching divisions' registers. A
     * write copies about {@code n / 256} entries plus one division's registers.
     * Load in bulk with {@link HouseholdStore#saveAll}: a batch copies each shard and division
     * it touches once.
     *
     * @return the store
     */
    public static HouseholdStore households() {
        return new InMemoryHouseholdStore();
    }

    /**
     * A new, empty kinship store. Each batch is validated with the whole stored graph, in time
     * linear in the stored facts.
     *
     * @return the store
     */
    public static KinshipStore kinship() {
        return new InMemoryKinshipStore();
    }

    /**
     * A new, empty zero-employment case store, indexed by household and by city.
     *
     * @return the store
     */
    public static ZeroEmploymentCaseStore zeroEmploymentCases() {
        return new InMemoryZeroEmploymentCaseStore();
    }
}
