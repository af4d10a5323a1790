package org.jobassist.impl;

import org.jobassist.api.spi.CivilAffairsRegistry;
import org.jobassist.api.spi.DisabledPersonsFederationRegistry;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.HostRecordsRegistry;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.RuralRevitalisationRegistry;
import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.api.spi.TargetPlanStore;
import org.jobassist.api.spi.VeteransAffairsRegistry;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.impl.internal.assessment.InMemoryOutcomeStore;
import org.jobassist.impl.internal.assessment.InMemoryTargetPlanStore;
import org.jobassist.impl.internal.ledger.InMemoryEntitlementLedger;
import org.jobassist.impl.internal.memory.FactTable;
import org.jobassist.impl.internal.memory.InMemoryEvidenceRegistry;
import org.jobassist.impl.internal.memory.InMemoryHouseholdStore;
import org.jobassist.impl.internal.memory.InMemoryKinshipStore;
import org.jobassist.impl.internal.memory.InMemoryPersonStore;
import org.jobassist.impl.internal.memory.InMemoryRecognitionStore;
import org.jobassist.impl.internal.memory.InMemorySocialInsuranceRegistry;
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
 * <p>The registries of other agencies (evidence and contribution histories) work the same
 * way; their reads by person ({@code holds}, {@code monthsWithoutEmployerContribution}) are
 * one hash lookup and a few comparisons, without allocation.
 *
 * <p>Stateless and thread-safe; every call returns a new, independent store or registry.
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

    /**
     * New, empty in-memory registries of every source, bundled as recognition reads them.
     * Each keeps the contract of its SPI alone, but they share one table keyed by person
     * whose row holds that person's evidence of every source and contribution history
     * (compacted to one {@code int} per month rather than a {@code long} and a {@code boolean}
     * in two arrays), so that recognition reads a person's registry facts with one lookup
     * rather than one per registry, and a person costs one table entry rather than one per
     * registry. Writes to any of them take the table's one writer lock.
     *
     * @return the registries, new and independent of any other
     */
    public static Registries registries() {
        FactTable shared = new FactTable();
        return new Registries(InMemoryEvidenceRegistry.civilAffairs(shared),
                InMemoryEvidenceRegistry.disabledPersonsFederation(shared),
                InMemoryEvidenceRegistry.ruralRevitalisation(shared),
                InMemoryEvidenceRegistry.veteransAffairs(shared), InMemoryEvidenceRegistry.hostRecords(shared),
                new InMemorySocialInsuranceRegistry(shared));
    }

    /**
     * A new, empty civil-affairs registry (民政).
     *
     * @return the registry
     */
    public static CivilAffairsRegistry civilAffairs() {
        return InMemoryEvidenceRegistry.civilAffairs();
    }

    /**
     * A new, empty disabled persons' federation registry (残联).
     *
     * @return the registry
     */
    public static DisabledPersonsFederationRegistry disabledPersonsFederation() {
        return InMemoryEvidenceRegistry.disabledPersonsFederation();
    }

    /**
     * A new, empty rural-revitalisation registry (乡村振兴).
     *
     * @return the registry
     */
    public static RuralRevitalisationRegistry ruralRevitalisation() {
        return InMemoryEvidenceRegistry.ruralRevitalisation();
    }

    /**
     * A new, empty veterans'-affairs registry (退役军人事务).
     *
     * @return the registry
     */
    public static VeteransAffairsRegistry veteransAffairs() {
        return InMemoryEvidenceRegistry.veteransAffairs();
    }

    /**
     * A new, empty registry of the employment-service system's own records.
     *
     * @return the registry
     */
    public static HostRecordsRegistry hostRecords() {
        return InMemoryEvidenceRegistry.hostRecords();
    }

    /**
     * A new, empty social-insurance registry (社会保险) of contribution histories.
     *
     * @return the registry
     */
    public static SocialInsuranceRegistry socialInsurance() {
        return new InMemorySocialInsuranceRegistry();
    }

    /**
     * A new, empty store of people's records, copy-on-write like the household store: a
     * write copies about {@code n / 256} entries. Load in bulk with
     * {@link PersonStore#saveAll}.
     *
     * @return the store
     */
    public static PersonStore people() {
        return new InMemoryPersonStore();
    }

    /**
     * A new, empty store of recognition records with optimistic concurrency. Records are
     * written one at a time, each by an atomic per-person compare-and-set, so a write costs
     * one hash-map update; the queries by review date and status scan every record.
     *
     * @return the store
     */
    public static RecognitionStore recognitions() {
        return new InMemoryRecognitionStore();
    }

    /**
     * A new, empty entitlement ledger (补贴发放台账) that enforces {@code rules}. Entries go
     * into an append-only log indexed by party and by city, kind and month; writes run under
     * one writer lock and check the rules against what is stored as one step with the write;
     * reads never block and see each batch whole or not at all. Record in batches
     * ({@link EntitlementLedger#recordAll}): a batch costs one rule check per subject it
     * touches.
     *
     * @param rules the rules, such as {@code LedgerRules.of(PolicyPacks.liaoning(), city, date)}
     * @return the ledger
     * @throws NullPointerException if {@code rules} is null
     */
    public static EntitlementLedger ledger(LedgerRules rules) {
        return new InMemoryEntitlementLedger(rules);
    }

    /**
     * A new, empty store of employment outcomes, in columns sized for ten million outcomes
     * (about 50 bytes a row plus the ids' and persons' bytes, no object per outcome). Batches
     * run under one writer lock; a tally scans the columns under a read lock, at hundreds of
     * millions of rows a second.
     *
     * @return the store
     */
    public static OutcomeStore outcomes() {
        return new InMemoryOutcomeStore();
    }

    /**
     * A new, empty store of target plans, one per province and year.
     *
     * @return the store
     */
    public static TargetPlanStore targetPlans() {
        return new InMemoryTargetPlanStore();
    }

    /**
     * A new, empty store of needs profiles (需求画像): per person a sorted history, per street
     * an index of the people who lived there; batches run under one writer lock.
     *
     * @return the store
     */
    public static org.jobassist.api.spi.NeedsProfileStore needsProfiles() {
        return new org.jobassist.impl.internal.service.InMemoryNeedsProfileStore();
    }

    /**
     * A new, empty store of vacancies, sorted by id; {@code openOn} scans and copies the open
     * ones.
     *
     * @return the store
     */
    public static org.jobassist.api.spi.VacancyStore vacancies() {
        return new org.jobassist.impl.internal.service.InMemoryVacancyStore();
    }

    /**
     * A new, empty store of recruitment events.
     *
     * @return the store
     */
    public static org.jobassist.api.spi.RecruitmentEventStore recruitmentEvents() {
        return new org.jobassist.impl.internal.service.InMemoryRecruitmentEventStore();
    }

    /**
     * A new, empty append-only store of service records, indexed by person.
     *
     * @return the store
     */
    public static org.jobassist.api.spi.ServiceRecordStore serviceRecords() {
        return new org.jobassist.impl.internal.service.InMemoryServiceRecordStore();
    }

    /**
     * A new, empty store of referrals with optimistic outcome updates, indexed by person and by
     * vacancy.
     *
     * @return the store
     */
    public static org.jobassist.api.spi.ReferralStore referrals() {
        return new org.jobassist.impl.internal.service.InMemoryReferralStore();
    }
}
