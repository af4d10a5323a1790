package org.jobassist.impl.internal.subsidy.other;

import java.time.LocalDate;
import java.util.List;
import java.util.function.Supplier;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.impl.internal.subsidy.enterprise.PackReads;

/**
 * The shape the certificate and one-time grants share: a few conditions, then, only when all
 * hold, the pack's amount as in force on the day — so a refusal never fails on an unset amount.
 * The explanation lists the conditions, then the amount, under the calculator's root node.
 */
final class CheckedGrant {

    /**
     * One condition of a grant.
     *
     * @param holds whether it holds
     * @param code the ineligibility code when it does not
     * @param message the ineligibility message, without personal data
     * @param explanation builds its explanation node, asked for only when explaining
     */
    record Condition(boolean holds, String code, String message, Supplier<Explanation> explanation) {
    }

    private CheckedGrant() {}

    /**
     * Decides the grant into {@code b}.
     *
     * @param b the decision's builder, kind, payee and person set
     * @param kind the subsidy kind, whose code names the amount part and the amount node
     * @param reads the pack reads of the decision
     * @param on the day the amount is read
     * @param conditions the conditions, in the order they are reported
     * @param amountKey the amount's key when the case can be paid at all (empty: nothing to read)
     * @param amountDescription the amount node's description
     * @param root the root explanation node, asked for only when explaining
     * @param explain whether to explain
     * @return the decision
     */
    static SubsidyDecision decide(SubsidyDecision.Builder b, SubsidyKind kind, PackReads reads, LocalDate on,
            List<Condition> conditions, PolicyKey<Money> amountKey, String amountDescription,
            Supplier<Explanation.Builder> root, boolean explain) {
        boolean eligible = true;
        for (Condition c : conditions) {
            if (!c.holds()) {
                b.ineligible(c.code(), c.message());
                eligible = false;
            }
        }
        ResolvedValue<Money> amount = null;
        if (eligible && amountKey != null) {
            amount = reads.resolve(amountKey, on);
            b.component(kind.code(), amount.value());
        }
        if (explain) {
            Explanation.Builder node = root.get();
            for (Condition c : conditions) {
                node.child(c.explanation().get());
            }
            if (amount != null) {
                node.child(Explanation.builder(kind.code() + ".amount")
                        .description(amountDescription)
                        .input("setBy", amount.jurisdiction().code())
                        .value(amount.value().format()).build())
                        .value(amount.value().format());
            } else {
                node.satisfied(false);
            }
            reads.legalBases().forEach(node::legalBasis);
            b.explanation(node.build());
        }
        return b.build();
    }
}
