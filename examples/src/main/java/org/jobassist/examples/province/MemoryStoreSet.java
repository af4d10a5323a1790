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
import org.jobassist.impl.InMemoryStores;

/**
 * The embedded default: {@link InMemoryStores}, nothing survives the run.
 *
 * <p>Immutable and thread-safe.
 */
public final class MemoryStoreSet implements StoreSet {

    /** The name {@code --store} selects it by. */
    public static final String NAME = "memory";

    /** Creates the set. */
    public MemoryStoreSet() {}

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public PersonStore people() {
        return InMemoryStores.people();
    }

    @Override
    public HouseholdStore households() {
        return InMemoryStores.households();
    }

    @Override
    public KinshipStore kinship() {
        return InMemoryStores.kinship();
    }

    @Override
    public ZeroEmploymentCaseStore zeroEmploymentCases() {
        return InMemoryStores.zeroEmploymentCases();
    }

    @Override
    public Registries registries() {
        return InMemoryStores.registries();
    }

    @Override
    public RecognitionStore recognitions() {
        return InMemoryStores.recognitions();
    }

    @Override
    public OutcomeStore outcomes() {
        return InMemoryStores.outcomes();
    }

    @Override
    public EntitlementLedger ledger(LedgerRules rules) {
        return InMemoryStores.ledger(rules);
    }

    @Override
    public String toString() {
        return "MemoryStoreSet";
    }
}
