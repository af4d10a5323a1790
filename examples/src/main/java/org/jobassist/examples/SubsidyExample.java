package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyParameters;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.EnterpriseSize;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.InsuranceType;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.PublicWelfarePostInput;
import org.jobassist.api.subsidy.SocialInsuranceSubsidyInput;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.TraineeCategory;
import org.jobassist.api.subsidy.WhatIfReport;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.jobassist.api.subsidy.WorkForTrainingSector;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.Subsidies;
import org.jobassist.impl.SubsidyGrants;
import org.jobassist.impl.WhatIf;

/**
 * DOMAIN.md §3's subsidies worked through the Liaoning pack: a social-insurance subsidy for an
 * employer, a public-welfare post across the 2021-11-01 minimum-wage change, the
 * job-stabilisation refund's "5 of 100" example, a work-for-training grant, then grants into
 * the in-memory entitlement ledger (the 3-year cap, paying nothing twice, the employer/flexible
 * overlap) and a what-if run that raises 辽中区's minimum wage.
 *
 * <p>The people are fictitious; their ID numbers are printed masked only.
 */
public final class SubsidyExample {

    static final PolicyPack PACK = PolicyPacks.liaoning();
    /** A man born 1980-05-10, resident in 和平区 (Shenyang). */
    static final ResidentIdNumber MAN = ResidentIdNumber.parse("210102198005101235");
    /** A woman born 1975-03-03, resident in 辽中区 (Shenyang). */
    static final ResidentIdNumber WOMAN = ResidentIdNumber.parse("210115197503031249");
    /** DOMAIN.md §5's credit code, used as the employer. */
    static final UnifiedSocialCreditCode EMPLOYER = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    static final DivisionCode HEPING = DivisionCode.of("210102");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final DivisionCode SHENYANG = DivisionCode.of("210100");

    private SubsidyExample() {}

    /**
     * Runs the example.
     *
     * @param out where the report goes
     * @return the process exit code: 0
     */
    static int run(PrintStream out) {
        out.println("Subsidies under policy pack " + PACK.id() + " " + PACK.version());
        parameters(out);
        socialInsurance(out);
        publicWelfarePost(out);
        refund(out);
        workForTraining(out);
        grants(out);
        whatIf(out);
        return 0;
    }

    private static void parameters(PrintStream out) {
        PolicyParameters p = PACK.parameters(LIAOZHONG, LocalDate.of(2021, 11, 1));
        out.println();
        out.println("Parameters in force in 210115 on 2021-11-01 (" + p.values().size() + " set, "
                + p.unset().size() + " unset), for example:");
        out.println("  minimum-wage.monthly = " + p.get(PolicyKeys.MINIMUM_WAGE_MONTHLY).value().format()
                + " (set by " + p.get(PolicyKeys.MINIMUM_WAGE_MONTHLY).jurisdiction() + ")");
    }

    /** Pension 800 (individual 320), medical 300 (80), unemployment 35 (15) each month. */
    static SocialInsuranceSubsidyInput.Builder employerCase(YearMonth first, YearMonth last) {
        SocialInsuranceSubsidyInput.Builder b = SocialInsuranceSubsidyInput.forEmployer()
                .employer(EMPLOYER).person(MAN).retirementClass(RetirementClass.MALE_60).jurisdiction(HEPING)
                .recognisedAtFirstApproval(true).firstApproval(LocalDate.of(2021, 3, 1))
                .hireSpell(DateRange.startingOn(LocalDate.of(2021, 3, 1))).period(first, last);
        for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, Money.parse("800.00"), Money.parse("320.00"))
                    .contribution(m, InsuranceType.MEDICAL, Money.parse("300.00"), Money.parse("80.00"))
                    .contribution(m, InsuranceType.UNEMPLOYMENT, Money.parse("35.00"), Money.parse("15.00"));
        }
        return b;
    }

    private static void socialInsurance(PrintStream out) {
        SubsidyDecision d = Subsidies.socialInsurance(PACK)
                .calculate(employerCase(YearMonth.of(2021, 3), YearMonth.of(2021, 5)).build());
        out.println();
        out.println("Social-insurance subsidy, employer hiring " + MAN.masked() + " in 210102, 2021-03..2021-05:");
        out.println("  " + parts(d) + " = " + d.monthlyAmount().orElseThrow().format() + " a month × "
                + d.months().size() + " = " + d.total().format());
        out.println("  legal basis: " + d.explanation().orElseThrow().legalBases().get(0).documentNumber());
    }

    private static void publicWelfarePost(PrintStream out) {
        PublicWelfarePostInput.Builder b = PublicWelfarePostInput.builder().employer(EMPLOYER).person(WOMAN)
                .retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(LIAOZHONG).recognised(true)
                .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1)))
                .period(YearMonth.of(2021, 9), YearMonth.of(2021, 12));
        for (YearMonth m = YearMonth.of(2021, 9); !m.isAfter(YearMonth.of(2021, 12)); m = m.plusMonths(1)) {
            b.contribution(m, InsuranceType.PENSION, Money.parse("400.00"), Money.parse("160.00"))
                    .contribution(m, InsuranceType.MEDICAL, Money.parse("150.00"), Money.parse("40.00"))
                    .contribution(m, InsuranceType.UNEMPLOYMENT, Money.parse("17.50"), Money.parse("7.50"));
        }
        List<SubsidyDecision> runs = Subsidies.publicWelfarePost(PACK).calculateRuns(b.build());
        out.println();
        out.println("Public-welfare post in 210115 from 2021-09-01, 2021-09..2021-12 (the minimum wage changes on 2021-11-01):");
        Money total = Money.ZERO;
        for (SubsidyDecision run : runs) {
            out.println("  " + run.months().get(0) + ".." + run.months().get(run.months().size() - 1) + ": "
                    + parts(run) + " = " + run.monthlyAmount().orElseThrow().format() + " a month, "
                    + run.total().format());
            total = total.plus(run.total());
        }
        out.println("  together " + total.format());
    }

    private static void refund(PrintStream out) {
        SubsidyDecision d = Subsidies.jobStabilisationRefund(PACK).calculate(JobStabilisationRefundInput.builder()
                .creditCode(EMPLOYER).size(EnterpriseSize.MEDIUM).refundYear(Year.of(2021))
                .insuredAtStartOfYear(100).insuredAtEndOfYear(95).benefitClaimants(5)
                .employerPremiumsPaid(Money.ofYuan(80_000)).employeePremiumsPaid(Money.ofYuan(20_000))
                .fullContributionMonths(12).jurisdiction(SHENYANG).build());
        out.println();
        out.println("Job-stabilisation refund 2021, a medium enterprise: 100 insured, 95 at year end, 5 claimants"
                + " (5 of 100 = 5%, within 5.5%); premiums 80,000 + 20,000 yuan:");
        out.println("  " + (d.isEligible() ? "eligible" : "not eligible") + ", refund " + d.total().format());
    }

    private static void workForTraining(PrintStream out) {
        SubsidyDecision d = Subsidies.workForTraining(PACK).calculate(WorkForTrainingInput.builder()
                .enterprise(EMPLOYER).size(EnterpriseSize.MICRO).sector(WorkForTrainingSector.OTHER)
                .epidemicHit(false).trainee(MAN).category(TraineeCategory.EMPLOYMENT_DIFFICULTY)
                .hireDate(LocalDate.of(2021, 3, 1)).trainingStart(YearMonth.of(2021, 3)).trainingMonths(8)
                .applicationDate(LocalDate.of(2021, 9, 15)).jurisdiction(HEPING).build());
        out.println();
        out.println("Work-for-training, a micro enterprise training a recognised new hire, 8 months asked:");
        out.println("  " + d.months().size() + " months (" + d.months().get(0) + ".." + d.months().get(d.months().size() - 1)
                + ") × " + d.monthlyAmount().orElseThrow().format() + " = " + d.total().format());
    }

    private static void grants(PrintStream out) {
        EntitlementLedger ledger = InMemoryStores.ledger(LedgerRules.of(PACK, DivisionCode.LIAONING, LocalDate.of(2021, 6, 1)));
        SubsidyGrants grants = SubsidyGrants.of(ledger, PACK);
        out.println();
        out.println("Grants into the entitlement ledger (" + MAN.masked() + ", entitlement 36 months):");
        GrantResult first = grants.grantSocialInsurance(employerCase(YearMonth.of(2021, 3), YearMonth.of(2023, 8)).build(),
                "SI-2021-001", LocalDate.of(2023, 9, 1));
        out.println("  2021-03..2023-08: " + first.created() + " months recorded, " + first.amountRecorded().format());
        SocialInsuranceSubsidyInput flexible = SocialInsuranceSubsidyInput.forFlexibleEmployment().person(MAN)
                .retirementClass(RetirementClass.MALE_60).jurisdiction(HEPING).recognisedAtFirstApproval(true)
                .firstApproval(LocalDate.of(2021, 3, 1)).month(YearMonth.of(2021, 5))
                .contribution(YearMonth.of(2021, 5), InsuranceType.PENSION, Money.parse("600.00")).build();
        try {
            grants.grantSocialInsurance(flexible, "SI-F-001", LocalDate.of(2021, 6, 1));
            out.println("  flexible 2021-05: recorded (unexpected)");
        } catch (InvalidInputException e) {
            out.println("  flexible 2021-05: refused, " + e.violations().stream().map(Violation::code)
                    .collect(Collectors.joining(", ")) + "; the ledger still holds " + ledger.count() + " entries");
        }
        SocialInsuranceSubsidyInput later = employerCase(YearMonth.of(2023, 9), YearMonth.of(2024, 6)).build();
        int enjoyed = grants.withLedgerFacts(later).monthsAlreadyEnjoyed();
        GrantResult more = grants.grantSocialInsurance(later, "SI-2021-001", LocalDate.of(2024, 3, 5));
        out.println("  2023-09..2024-06: the ledger shows " + enjoyed + " months enjoyed before; " + more.created() + " months recorded, " + more.amountRecorded().format());
        GrantResult again = grants.grantSocialInsurance(later, "SI-2021-001", LocalDate.of(2024, 3, 5));
        out.println("  the same grant again: " + again.created() + " recorded, " + again.alreadyPresent()
                + " already present");
        GrantResult refused = grants.grantSocialInsurance(employerCase(YearMonth.of(2024, 3), YearMonth.of(2024, 3)).build(),
                "SI-2021-001", LocalDate.of(2024, 4, 5));
        out.println("  2024-03: " + refused.ineligibilities().stream().map(Ineligibility::code)
                .collect(Collectors.joining(", ")));
    }

    private static void whatIf(PrintStream out) {
        LegalBasis assumed = LegalBasis.of("文号待确认", "假设方案：辽中区最低工资调整", "Assumed: a higher minimum wage in Liaozhong");
        List<PolicyValue<Money>> overrides = List.of(
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, LocalDate.of(2019, 11, 1),
                        LocalDate.of(2021, 10, 31), Money.parse("1540.00"), assumed),
                PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAOZHONG, LocalDate.of(2021, 11, 1), null,
                        Money.parse("1700.00"), assumed));
        List<PublicWelfarePostInput> cases = List.of(YearMonth.of(2021, 10), YearMonth.of(2021, 11), YearMonth.of(2021, 12))
                .stream().map(m -> PublicWelfarePostInput.builder().employer(EMPLOYER).person(WOMAN)
                        .retirementClass(RetirementClass.FEMALE_CADRE_55).jurisdiction(LIAOZHONG).recognised(true)
                        .placement(DateRange.startingOn(LocalDate.of(2021, 9, 1))).month(m).build())
                .toList();
        WhatIfReport<PublicWelfarePostInput> report = WhatIf.compare(cases, Subsidies::publicWelfarePost, PACK, overrides);
        out.println();
        out.println("What if 210115's minimum wage were 1700.00 from 2021-11-01 (posts, 2021-10..2021-12, one case a month):");
        out.println("  " + report.caseCount() + " cases, " + report.changed() + " changed; base "
                + report.totalBase().format() + ", alternative " + report.totalAlternative().format()
                + ", difference " + report.difference().format());
    }

    private static String parts(SubsidyDecision d) {
        return d.components().stream().map(c -> c.name() + " " + c.monthly().format()).collect(Collectors.joining(" + "));
    }

    /**
     * Runs the example on standard output.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        int status = run(System.out);
        if (status != 0) {
            System.exit(status);
        }
    }
}
