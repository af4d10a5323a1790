package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.VocationalTrainingSubsidyInput;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;

/**
 * The vocational training subsidy (职业培训补贴), DOMAIN §3.6: on a recognised certificate, the
 * pack's {@code vocational-training.amount}, to a trainee who has received fewer than
 * {@code vocational-training.max-subsidies} such subsidies for other certificates; both read
 * as in force on the certificate date. The trainee is the payee (a host paying the training
 * institution directly changes the payee itself).
 *
 * <p>The limit is read first and the amount only for an eligible case, so a refusal never
 * fails on an unset amount. Liaoning's amount is unknown: an eligible case fails there with
 * {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming
 * {@code vocational-training.amount} and the jurisdiction until a host configures it. No
 * rounding: the amount is whole fen.
 *
 * <p>Ineligibility code: {@value #LIMIT_REACHED}.
 *
 * <p>Immutable and thread-safe.
 */
public final class VocationalTrainingCalculator implements SubsidyCalculator<VocationalTrainingSubsidyInput> {

    /** The trainee already received the most subsidies allowed. */
    public static final String LIMIT_REACHED = "vocational-training.limit-reached";

    private final PolicyPack pack;

    /**
     * A calculator over {@code pack}.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public VocationalTrainingCalculator(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public SubsidyDecision calculate(VocationalTrainingSubsidyInput input, boolean explain) {
        Objects.requireNonNull(input, "input");
        LocalDate on = input.certificateDate();
        SubsidyDecision.Builder b = SubsidyDecision.builder(SubsidyKind.VOCATIONAL_TRAINING,
                Beneficiary.person(input.trainee()), input.jurisdiction()).person(input.trainee());
        PackReads reads = new PackReads(pack, input.jurisdiction(), b);
        int max = reads.get(PolicyKeys.VOCATIONAL_TRAINING_MAX_SUBSIDIES, on);
        boolean withinLimit = input.earlierSubsidies() < max;
        CheckedGrant.Condition limit = new CheckedGrant.Condition(withinLimit, LIMIT_REACHED,
                "at most " + max + " vocational training subsidies per person",
                () -> Explanation.builder("vocational-training.limit")
                        .description("fewer than " + max + " subsidies received for other certificates")
                        .input("earlierSubsidies", Integer.toString(input.earlierSubsidies()))
                        .input("maxSubsidies", Integer.toString(max))
                        .satisfied(withinLimit).build());
        return CheckedGrant.decide(b, SubsidyKind.VOCATIONAL_TRAINING, reads, on, List.of(limit),
                PolicyKeys.VOCATIONAL_TRAINING_AMOUNT, "the amount per certificate in force on the certificate date",
                () -> Explanation.builder("vocational-training.subsidy")
                        .description("the local amount per recognised certificate, at most " + max + " per person")
                        .input("trainee", input.trainee().masked())
                        .input("certificateDate", on.toString()),
                explain);
    }
}
