package org.jobassist.impl;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.impl.internal.grant.GrantEngine;
import org.jobassist.impl.internal.grant.LedgerFacts;
import org.jobassist.impl.internal.subsidy.pwp.PublicWelfarePostEngine;
import org.jobassist.impl.internal.subsidy.si.SocialInsuranceEngine;

/**
 * The grant service (补贴发放): calculator decisions turned into entitlement-ledger entries and
 * recorded so that nothing is paid twice and every overlap and cap rule of the ledger holds.
 *
 * <ul>
 *   <li><b>{@link #grant}</b>: one decision (or the runs of one case) becomes the entries of
 *       {@link LedgerEntry#fromDecision}, recorded with one
 *       {@link EntitlementLedger#recordAll} (all or nothing). An entry the ledger already holds
 *       is reported as already present: granting the same decision again records nothing. A
 *       rule broken (employer and flexible social insurance for one person and month, a month
 *       beyond the duration cap, a third placement, a key already held with other content)
 *       throws the ledger's {@link org.jobassist.api.error.InvalidInputException}, codes
 *       {@code ledger.exclusive-overlap}, {@code ledger.duration-cap}, {@code ledger.grant-cap},
 *       {@code ledger.key-conflict}, paths {@code entries[i]}; nothing is recorded.</li>
 *   <li><b>{@link #grantSocialInsurance} and {@link #grantPublicWelfarePost}</b>: the case is
 *       completed from the ledger ({@link #withLedgerFacts(SocialInsuranceSubsidyInput)}),
 *       calculated in runs, and recorded with the entitlement's duration cap, so the caller
 *       never counts months by hand. They need the policy pack: use
 *       {@link #of(EntitlementLedger, PolicyPack)}.</li>
 *   <li><b>{@link #grantAll}</b>: a batch, {@link GrantMode#ALL_OR_NOTHING} or
 *       {@link GrantMode#PER_CASE}, each case counted once as granted, already granted, not
 *       eligible or rejected (index and codes).</li>
 * </ul>
 *
 * <p><b>Which facts come from where.</b> From the ledger: the months of social-insurance
 * subsidy the person already enjoyed (employer and flexible together), the months of the
 * public-welfare-post placement already paid, the person's other placements and, at record
 * time, every overlap and cap rule. From the input: everything else — the person, the
 * contributions paid, the hire spell or placement days, the first approval date, recognition
 * and hardship groups, the period. The input's {@code monthsAlreadyEnjoyed} is replaced, not
 * added to; the input's earlier placements are kept (their days are exact) and completed with
 * the ledger's.
 *
 * <p><b>Amounts recorded.</b> {@link GrantResult#amountRecorded()} and
 * {@link GrantBatchResult#amountRecorded()} are exact when the entries of a write share one
 * amount; otherwise they follow a read of the ledger made just before the write, exact unless
 * another writer records some of the same entries in between. Counts of entries recorded
 * are always the ledger's own.
 *
 * <p>Immutable and thread-safe when the ledger is (as the SPI requires): parallel grants of the
 * same case record each entry once.
 */
public final class SubsidyGrants {

    private final GrantEngine engine;
    private final LedgerFacts facts;
    private final SocialInsuranceEngine socialInsurance;
    private final PublicWelfarePostEngine publicWelfarePost;

    private SubsidyGrants(EntitlementLedger ledger, PolicyPack pack) {
        this.engine = new GrantEngine(ledger);
        this.facts = new LedgerFacts(ledger);
        this.socialInsurance = pack == null ? null : new SocialInsuranceEngine(pack);
        this.publicWelfarePost = pack == null ? null : new PublicWelfarePostEngine(pack);
    }

    /**
     * A grant service recording decisions in {@code ledger}.
     *
     * @param ledger the ledger, such as {@link InMemoryStores#ledger}
     * @return the service, without the calculating helpers
     * @throws NullPointerException if {@code ledger} is null
     */
    public static SubsidyGrants of(EntitlementLedger ledger) {
        return new SubsidyGrants(Objects.requireNonNull(ledger, "ledger"), null);
    }

    /**
     * A grant service recording in {@code ledger} that also calculates social-insurance and
     * public-welfare-post cases over {@code pack}.
     *
     * @param ledger the ledger
     * @param pack the policy pack, such as {@link PolicyPacks#liaoning()}
     * @return the service
     * @throws NullPointerException if an argument is null
     */
    public static SubsidyGrants of(EntitlementLedger ledger, PolicyPack pack) {
        return new SubsidyGrants(Objects.requireNonNull(ledger, "ledger"), Objects.requireNonNull(pack, "pack"));
    }

    /**
     * Records one decision, all or nothing.
     *
     * @param decision the decision; one that is not eligible records nothing
     * @param grantReference the approval, placement or certificate the payments belong to
     * @param grantedOn the day of the grant
     * @param durationCapMonths the months the entitlement allows in all, for a monthly kind
     *     (36, or the months to retirement); empty for none
     * @return the entries, how many were created and how many already present
     * @throws org.jobassist.api.error.InvalidInputException with the ledger's codes (above) or
     *     those of {@link LedgerEntry#fromDecision}; nothing is recorded
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public GrantResult grant(SubsidyDecision decision, String grantReference, LocalDate grantedOn,
                             OptionalInt durationCapMonths) {
        return engine.grant(GrantRequest.of(decision, grantReference, grantedOn, durationCapMonths));
    }

    /**
     * Records one case (one decision, or the runs of one period), all or nothing.
     *
     * @param request the case
     * @return the entries, how many were created and how many already present
     * @throws org.jobassist.api.error.InvalidInputException with the ledger's codes or those of
     *     {@link LedgerEntry#fromDecision}; nothing is recorded
     * @throws NullPointerException if {@code request} is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public GrantResult grant(GrantRequest request) {
        return engine.grant(request);
    }

    /**
     * Records a batch. In {@link GrantMode#ALL_OR_NOTHING} one ledger write holds every case:
     * if any case is refused, nothing is recorded, the cases at fault are rejected with their
     * codes and the other eligible cases with {@code grant.batch-rolled-back}. In
     * {@link GrantMode#PER_CASE} each case is its own write, one after the other: a refused
     * case is rejected and the others are recorded. A null case is rejected with
     * {@code store.null-item}. Re-running a recorded batch records nothing.
     *
     * @param requests the cases
     * @param mode the mode
     * @return the counts; granted + already granted + not eligible + rejected = cases
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails; in
     *     {@link GrantMode#PER_CASE} the cases before the failure stay recorded
     */
    public GrantBatchResult grantAll(List<GrantRequest> requests, GrantMode mode) {
        return engine.grantAll(requests, mode);
    }

    /**
     * The social-insurance case with {@code monthsAlreadyEnjoyed} taken from the ledger: the
     * distinct months the person was paid an employer or flexible social-insurance subsidy
     * ({@link EntitlementLedger#monthsEnjoyed}), less the months of the input's period the
     * ledger holds (those are calculated again and found already present). The input's own
     * value is replaced.
     *
     * @param input the case
     * @return the case completed from the ledger
     * @throws NullPointerException if {@code input} is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public SocialInsuranceSubsidyInput withLedgerFacts(SocialInsuranceSubsidyInput input) {
        return facts.socialInsurance(input);
    }

    /**
     * The public-welfare-post case completed from the ledger, {@code placementReference} being
     * the grant reference its months are recorded under: {@code monthsAlreadyEnjoyed} replaced
     * by the months the ledger holds under that reference outside the period, and the earlier
     * placements completed with the person's other placements in the ledger
     * ({@link EntitlementLedger#grants}) that began before this one and overlap none the input
     * gives, each taken from the first day of its first paid month to the last day of its last
     * (cut to end before the next placement).
     *
     * @param input the case
     * @param placementReference the placement's grant reference
     * @return the case completed from the ledger
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public PublicWelfarePostInput withLedgerFacts(PublicWelfarePostInput input, String placementReference) {
        return facts.publicWelfarePost(input, placementReference);
    }

    /**
     * Completes the case from the ledger ({@link #withLedgerFacts(SocialInsuranceSubsidyInput)}),
     * calculates it in runs with explanations, and records the runs together with the
     * entitlement's duration cap: 36 months, or the months to retirement when fewer than 5
     * years were left at first approval, shared by the employer and flexible kinds. A month
     * beyond the entitlement is excluded by the calculator
     * ({@code social-insurance.duration-exhausted}); a month already paid the other way is
     * refused by the ledger ({@code ledger.exclusive-overlap}).
     *
     * @param input the case
     * @param grantReference the approval the payments belong to
     * @param grantedOn the day of the grant
     * @return what was recorded, with the decisions
     * @throws IllegalStateException if the service was made without a policy pack
     * @throws org.jobassist.api.error.InvalidInputException from the calculator or the ledger;
     *     nothing is recorded
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a parameter is unset
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public GrantResult grantSocialInsurance(SocialInsuranceSubsidyInput input, String grantReference,
                                            LocalDate grantedOn) {
        SocialInsuranceEngine calculator = requirePack(socialInsurance);
        Objects.requireNonNull(grantReference, "grantReference");
        Objects.requireNonNull(grantedOn, "grantedOn");
        SocialInsuranceSubsidyInput completed = facts.socialInsurance(input);
        List<SubsidyDecision> runs = calculator.calculateRuns(completed, true);
        return engine.grant(GrantRequest.ofRuns(runs, grantReference, grantedOn,
                cap(calculator.entitlementMonths(completed))));
    }

    /**
     * Completes the placement from the ledger
     * ({@link #withLedgerFacts(PublicWelfarePostInput, String)}, with {@code placementReference}),
     * calculates it in runs with explanations, and records the runs under
     * {@code placementReference} with the placement's duration cap (36 months, or to
     * retirement). A third placement is refused by the calculator
     * ({@code public-welfare-post.placement-limit}) when the ledger shows two, and by the
     * ledger ({@code ledger.grant-cap}) in any case.
     *
     * @param input the case
     * @param placementReference the placement's grant reference; every month of one placement
     *     is recorded under it
     * @param grantedOn the day of the grant
     * @return what was recorded, with the decisions
     * @throws IllegalStateException if the service was made without a policy pack
     * @throws org.jobassist.api.error.InvalidInputException from the input, the calculator or
     *     the ledger; nothing is recorded
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if a parameter is unset
     * @throws NullPointerException if an argument is null
     * @throws org.jobassist.api.spi.StorageException if the ledger fails
     */
    public GrantResult grantPublicWelfarePost(PublicWelfarePostInput input, String placementReference,
                                              LocalDate grantedOn) {
        PublicWelfarePostEngine calculator = requirePack(publicWelfarePost);
        Objects.requireNonNull(grantedOn, "grantedOn");
        PublicWelfarePostInput completed = facts.publicWelfarePost(input, placementReference);
        List<SubsidyDecision> runs = calculator.calculateRuns(completed, true);
        return engine.grant(GrantRequest.ofRuns(runs, placementReference, grantedOn,
                cap(calculator.entitlementMonths(completed))));
    }

    private static <T> T requirePack(T calculator) {
        if (calculator == null) {
            throw new IllegalStateException("this grant service has no policy pack: make it with of(ledger, pack)");
        }
        return calculator;
    }

    /** No cap for an entitlement of no months: its decision is ineligible and records nothing. */
    private static OptionalInt cap(int months) {
        return months > 0 ? OptionalInt.of(months) : OptionalInt.empty();
    }

    @Override
    public String toString() {
        return "SubsidyGrants[" + engine.ledger().getClass().getSimpleName()
                + (socialInsurance == null ? "" : ", with a policy pack") + "]";
    }
}
