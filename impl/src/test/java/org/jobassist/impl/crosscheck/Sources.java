package org.jobassist.impl.crosscheck;

import java.util.List;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.CrossChecks;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.testkit.subsidy.Ledgers;

/** Fresh in-memory sources of a cross-check, with two ledgers. */
final class Sources {

    final PersonStore people = InMemoryStores.people();
    final RecognitionStore recognitions = InMemoryStores.recognitions();
    final Registries registries;
    final EntitlementLedger a = InMemoryStores.ledger(Ledgers.rules(2, 3));
    final EntitlementLedger b = InMemoryStores.ledger(Ledgers.rules(2, 3));
    final CrossCheck check;

    /** Over the registries made together, which share one table (the engine's fast path). */
    Sources() {
        this(InMemoryStores.registries());
    }

    Sources(Registries registries) {
        this.registries = registries;
        this.check = CrossChecks.crossCheck(recognitions, people, registries,
                PolicyPacks.liaoning().categoryCatalogues(), List.of(a, b));
    }

    /** Over registries made one by one, each with its own table: the engine asks them one by one. */
    static Sources apart() {
        return new Sources(new Registries(InMemoryStores.civilAffairs(), InMemoryStores.disabledPersonsFederation(),
                InMemoryStores.ruralRevitalisation(), InMemoryStores.veteransAffairs(), InMemoryStores.hostRecords(),
                InMemoryStores.socialInsurance()));
    }
}
