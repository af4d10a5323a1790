package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
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
        CheckedGrant.Condition ground = new CheckedGrant.Condition(qualifies, NO_QUALIFYING_GROUND,
                "the subsidy is for graduates from 低保, zero-employment or monitored families and disabled graduates",
                () -> {
                    String grounds = input.grounds().stream().map(Enum::name).collect(Collectors.joining(","));
                    return Explanation.builder("job-search.ground")
                            .description("from a 低保, zero-employment or monitored family, or disabled")
                            .input("grounds", grounds.isEmpty() ? "none" : grounds).satisfied(qualifies).build();
                });
        return CheckedGrant.decide(b, SubsidyKind.JOB_SEARCH, reads, on, List.of(ground), PolicyKeys.JOB_SEARCH_AMOUNT,
                "the local amount in force on the application date",
                () -> Explanation.builder("job-search.subsidy")
                        .description("the local one-time amount, once per graduate")
                        .input("graduate", input.graduate().masked())
                        .input("applicationDate", on.toString()),
                explain);
    }
}
