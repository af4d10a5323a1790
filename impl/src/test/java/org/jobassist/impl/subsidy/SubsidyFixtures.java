package org.jobassist.impl.subsidy;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;

/** Fixed people, units and helpers for the subsidy example tests. */
final class SubsidyFixtures {

    static final DivisionCode SHENYANG = DivisionCode.of("210100");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode XINMIN = DivisionCode.of("210181");
    static final DivisionCode DALIAN = DivisionCode.of("210200");
    static final DivisionCode DALIAN_ZHONGSHAN = DivisionCode.of("210202");
    static final DivisionCode ANSHAN = DivisionCode.of("210300");
    static final UnifiedSocialCreditCode UNIT = Samples.draw(Identities.creditCodes(), 1, 7L).get(0);

    private SubsidyFixtures() {}

    /** A synthetic ID number of someone born on {@code birth}. */
    static ResidentIdNumber person(LocalDate birth, Gender gender) {
        return Samples.draw(Identities.residentIdNumbers().bornBetween(birth, birth).gender(gender).in(HEPING), 1,
                birth.toEpochDay()).get(0);
    }

    static Money yuan(String text) {
        return Money.parse(text);
    }

    /** Every node of an explanation tree, depth first. */
    static List<Explanation> nodes(Explanation root) {
        java.util.ArrayList<Explanation> all = new java.util.ArrayList<>();
        java.util.ArrayDeque<Explanation> stack = new java.util.ArrayDeque<>();
        stack.push(root);
        while (!stack.isEmpty()) {
            Explanation e = stack.pop();
            all.add(e);
            for (int i = e.children().size() - 1; i >= 0; i--) {
                stack.push(e.children().get(i));
            }
        }
        return all;
    }
}
