package org.jobassist.impl;

import java.util.List;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.crosscheck.ClassifiedRegister;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.internal.crosscheck.ClassifiedEngine;
import org.jobassist.impl.internal.crosscheck.CrossCheckEngine;

/**
 * Classified management (分类管理) and the cross-check (实时比对) of the real-name database
 * against the registries of other agencies and the entitlement ledger.
 *
 * <p>Both read only through the SPI and are immutable and thread-safe: make one and reuse
 * it. A call runs on the caller's thread, except {@code CrossCheck.runParallel}, which splits
 * a full cross-check over helper threads it starts and ends (the report is the same).
 */
public final class CrossChecks {

    private CrossChecks() {}

    /**
     * Classified management over these stores: recognised people by category, status, city
     * and day, counted, paged or streamed.
     *
     * @param recognitions the recognition records
     * @param people the person records, for the residence and the masked ID number
     * @return the register
     * @throws NullPointerException if an argument is null
     */
    public static ClassifiedRegister classified(RecognitionStore recognitions, PersonStore people) {
        return new ClassifiedEngine(recognitions, people);
    }

    /**
     * The cross-check over these sources. Give several ledgers when cities keep their own (a
     * payment of the same kind and period in two of them is a discrepancy); one ledger's own
     * rules already refuse that within it for monthly kinds.
     *
     * @param recognitions the recognition records
     * @param people the person records
     * @param registries the registries, such as {@link InMemoryStores#registries()}
     * @param catalogues the category catalogues, for each category's deciding registry flags,
     *     such as {@code PolicyPacks.liaoning().categoryCatalogues()}
     * @param ledgers the ledgers, possibly none (then no payment is checked)
     * @return the cross-check
     * @throws NullPointerException if an argument or a ledger is null
     */
    public static CrossCheck crossCheck(RecognitionStore recognitions, PersonStore people, Registries registries,
                                        CategoryCatalogues catalogues, List<EntitlementLedger> ledgers) {
        return new CrossCheckEngine(recognitions, people, registries, catalogues, ledgers);
    }
}
