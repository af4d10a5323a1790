package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.Objects;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.HiringSubsidyInput;
import org.jobassist.api.subsidy.StartUpSubsidyInput;
import org.jobassist.api.subsidy.SubsidyCalculator;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;

/**
 * The one-time start-up subsidy (一次性创业补贴, {@code start-up.amount}, read on the application
 * date) and the one-time hiring subsidy (一次性吸纳就业补贴, {@code hiring.amount}, read on the
 * hire date). The amount comes only from the pack: Liaoning's is unknown, so both fail there
 * with {@link org.jobassist.api.policy.PolicyValueUnavailableException} naming the key and the
 * jurisdiction until a host configures the figure. No ineligibility codes: who qualifies is
 * for the host to establish before asking.
 *
 * <p>Immutable and thread-safe.
 */
public final class OneTimeGrantCalculators {

    private OneTimeGrantCalculators() {}

    /**
     * The start-up subsidy calculator.
     *
     * @param pack the policy pack
     * @return the calculator
     */
    public static SubsidyCalculator<StartUpSubsidyInput> startUp(PolicyPack pack) {
        Objects.requireNonNull(pack, "pack");
        return (input, explain) -> grant(pack, SubsidyKind.START_UP, PolicyKeys.START_UP_AMOUNT,
                Beneficiary.person(input.founder()), input.founder(), input.jurisdiction(),
                input.applicationDate(), explain);
    }

    /**
     * The hiring subsidy calculator.
     *
     * @param pack the policy pack
     * @return the calculator
     */
    public static SubsidyCalculator<HiringSubsidyInput> hiring(PolicyPack pack) {
        Objects.requireNonNull(pack, "pack");
        return (input, explain) -> grant(pack, SubsidyKind.HIRING, PolicyKeys.HIRING_AMOUNT,
                Beneficiary.unit(input.employer()), input.hired(), input.jurisdiction(), input.hireDate(), explain);
    }

    private static SubsidyDecision grant(PolicyPack pack, SubsidyKind kind, PolicyKey<Money> key,
            Beneficiary payee, ResidentIdNumber person, DivisionCode jurisdiction, LocalDate on, boolean explain) {
        SubsidyDecision.Builder b = SubsidyDecision.builder(kind, payee, jurisdiction).person(person);
        ResolvedValue<Money> amount = new PackReads(pack, jurisdiction, b).resolve(key, on);
        b.component(kind.code(), amount.value());
        if (explain) {
            b.explanation(Explanation.builder(kind.code() + ".amount")
                    .description("the local one-time amount")
                    .input("person", person.masked())
                    .input("date", on.toString())
                    .input("setBy", amount.jurisdiction().code())
                    .legalBasis(amount.legalBasis())
                    .value(amount.value().format()).build());
        }
        return b.build();
    }
}
