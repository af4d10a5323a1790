package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.JobSearchSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;

/**
 * The one-time job-search subsidy (一次性求职创业补贴), DOMAIN §3.6: to a graduate from a 低保,
 * zero-employment or monitored family, or a disabled graduate, the pack's
 * {@code job-search.amount} as in force on the application date. Liaoning sets it for Dalian
 * (210200: 1,000 yuan) only; elsewhere an eligible case fails with
 * {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and the
 * jurisdiction. The amount is read only for an eligible case. One per person: the ledger key
 * of grant reference {@link JobSearchSubsidyInput#GRANT_REFERENCE} enforces it. No rounding.
 *
 * <p>Ineligibility code: {@value #NO_QUALIFYING_GROUND}.
 *
 * <p>Immutable and thread-safe.
 */
public final class JobSearchCalculator implements SubsidyCalculator<JobSearchSubsidyInput> {

    /** The graduate is on none of the grounds. */
    public static final String NO_QUALIFYING_GROUND = "job-search.no-qualifying-ground";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public JobSearchCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public SubsidyDecision calculate(JobSearchSubsidyInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.applicationDate();
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.JOB_SEARCH,
                Beneficiary.person(input.graduate()), input.jurisdiction()).person(input.graduate());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        boolean qualifies = !input.grounds().isEmpty();
        ResolvedValue<Money> amount = null;
        if (qualifies) {
            amount = reads.resolve(PolicyKeys.JOB_SEARCH_AMOUNT, on);
            b.component(SubsidyKind.JOB_SEARCH.code(), amount.value());
        } else {
            b.ineligible(NO_QUALIFYING_GROUND,
                    "the subsidy is for graduates from 低保, zero-employment or monitored families and disabled graduates");
        }
        if (explain) {
            String grounds = input.grounds().stream().map(Enum::name).collect(Collectors.joining(","));
            Explanation.Builder root = Explanation.builder("job-search.subsidy")
                    .description("the local one-time amount, once per graduate")
                    .input("graduate", input.graduate().masked())
                    .input("applicationDate", on.toString())
                    .child(Explanation.builder("job-search.ground")
                            .description("from a 低保, zero-employment or monitored family, or disabled")
                            .input("grounds", grounds.isEmpty() ? "none" : grounds).satisfied(qualifies).build());
            if (amount != null) {
                root.child(Explanation.builder("job-search.amount")
                        .description("the local amount in force on the application date")
                        .input("setBy", amount.jurisdiction().code())
                        .value(amount.value().format()).build())
                        .value(amount.value().format());
            } else {
                root.satisfied(false);
            }
            reads.legalBases().forEach(root::legalBasis);
            b.explanation(root.build());
        }
        return b.build();
    }
}
