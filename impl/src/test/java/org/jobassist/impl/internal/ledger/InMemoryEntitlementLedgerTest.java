package org.jobassist.impl.internal.ledger;

import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.spi.EntitlementLedgerContract;

/** The contract kit on the in-memory ledger. */
class InMemoryEntitlementLedgerTest extends EntitlementLedgerContract {

    @Override
    protected EntitlementLedger createLedger(LedgerRules rules) {
        return InMemoryStores.ledger(rules);
    }
}
