package org.jobassist.testkit.subsidy;

import java.time.LocalDate;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.GuaranteeLoanInterestInput;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Generators of business-start guarantee loans (创业担保贷款), valid by construction, near the
 * caps that matter: principals around 200,000 and 3,000,000 yuan, terms around 2 and 3 years,
 * loan rates and LPRs in basis points around the borrower's share (LPR − 150 bp). Loans start
 * from 2021 on, when the Liaoning pack has its values.
 *
 * <p>Stateless and thread-safe.
 */
public final class Loans {

    private Loans() {}

    /**
     * Guarantee loans of individuals and of small or micro enterprises.
     *
     * @return the generator
     */
    public static Gen<GuaranteeLoanInterestInput> guaranteeLoans() {
        Gen<ResidentIdNumber> people = Identities.residentIdNumbers();
        Gen<UnifiedSocialCreditCode> codes = Identities.creditCodes();
        Gen<DivisionCode> places = Enterprises.jurisdictions();
        return in -> {
            GuaranteeLoanInterestInput.Builder b = GuaranteeLoanInterestInput.builder();
            long capYuan;
            if (Draw.oneIn(in, 2)) {
                b.individual(people.generate(in));
                capYuan = 200_000;
            } else {
                b.smallOrMicroEnterprise(codes.generate(in));
                capYuan = 3_000_000;
            }
            long principalFen = Draw.oneIn(in, 2) ? capYuan * 100 + Draw.between(in, -100L, 100L)
                    : Draw.between(in, 1L, capYuan * 200);
            LocalDate start = LocalDate.of(2021, 1, 1).plusDays(Draw.between(in, 0, 1500));
            LocalDate end = start.plusYears(Draw.between(in, 1, 4)).plusDays(Draw.between(in, -3, 3));
            int lprBp = Draw.between(in, 100, 500);
            int rateBp = Draw.oneIn(in, 2) ? lprBp - 150 + Draw.between(in, -5, 5) : Draw.between(in, 0, 800);
            return b.principal(Money.ofFen(principalFen))
                    .loanPrimeRate(Ratio.of(lprBp, 10_000))
                    .loanRate(Ratio.of(Math.max(0, rateBp), 10_000))
                    .period(start, end)
                    .jurisdiction(places.generate(in))
                    .build();
        };
    }
}
