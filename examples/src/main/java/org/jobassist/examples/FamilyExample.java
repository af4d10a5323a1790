package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.MarriageEnd;
import org.jobassist.api.family.MemberAssessment;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.family.Relative;
import org.jobassist.api.family.RelativesReport;
import org.jobassist.api.family.Residence;
import org.jobassist.api.family.ServiceAction;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.KinshipServices;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.ZeroEmploymentFamilies;

/**
 * A Liaoning family from kinship to a zero-employment case: who is whose relative, close
 * relative and family member under Civil Code Art. 1045, the household register, the
 * zero-employment test before and after a member finds work, and the dynamic clearing of
 * the case against the pack's 20-day deadline.
 *
 * <p>The family, by person id only (hosts should use surrogate keys: ids are printed):
 * <ul>
 *   <li>P10, P1's mother, died 2015;</li>
 *   <li>P1 (man), married P8 1970–1973 (divorce; their son P5), then P2 from 1974 (their son P3);</li>
 *   <li>P3 (man), the household head, married P4 in 2000; daughter P6 (2001), son P7 adopted
 *       in 2006; he lived with his half-brother P5 from 2010 to 2019;</li>
 *   <li>P9, P4's mother, has lived in P3's household since 2020;</li>
 *   <li>P6 spent the summer of 2015 with her grandmother P2.</li>
 * </ul>
 */
public final class FamilyExample {

    /** The date of the kinship answers and of the first determination. */
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
    /** The day the family is identified as a zero-employment family. */
    static final LocalDate IDENTIFIED = LocalDate.of(2021, 7, 1);
    /** The day P3 starts work, which clears the case. */
    static final LocalDate STARTS_WORK = LocalDate.of(2021, 7, 23);

    private static final PersonId P1 = PersonId.of("P1");
    private static final PersonId P2 = PersonId.of("P2");
    private static final PersonId P3 = PersonId.of("P3");
    private static final PersonId P4 = PersonId.of("P4");
    private static final PersonId P5 = PersonId.of("P5");
    private static final PersonId P6 = PersonId.of("P6");
    private static final PersonId P7 = PersonId.of("P7");
    private static final PersonId P8 = PersonId.of("P8");
    private static final PersonId P9 = PersonId.of("P9");
    private static final PersonId P10 = PersonId.of("P10");

    private FamilyExample() {}

    /** The family's facts, through one builder. */
    static KinshipGraph family() {
        return KinshipGraph.builder()
                .person(KinPerson.of(P10, Gender.FEMALE, LocalDate.of(1925, 11, 3)).diedOn(LocalDate.of(2015, 3, 1)))
                .person(KinPerson.of(P1, Gender.MALE, LocalDate.of(1950, 3, 10)))
                .person(KinPerson.of(P8, Gender.FEMALE, LocalDate.of(1951, 5, 6)))
                .person(KinPerson.of(P2, Gender.FEMALE, LocalDate.of(1952, 7, 21)))
                .person(KinPerson.of(P5, Gender.MALE, LocalDate.of(1971, 2, 20)))
                .person(KinPerson.of(P3, Gender.MALE, LocalDate.of(1975, 9, 2)))
                .person(KinPerson.of(P9, Gender.FEMALE, LocalDate.of(1953, 4, 4)))
                .person(KinPerson.of(P4, Gender.FEMALE, LocalDate.of(1977, 1, 15)))
                .person(KinPerson.of(P6, Gender.FEMALE, LocalDate.of(2001, 8, 8)))
                .person(KinPerson.of(P7, Gender.MALE, LocalDate.of(2003, 12, 12)))
                .marriage(Marriage.of(P1, P8, LocalDate.of(1970, 6, 1)).endedOn(LocalDate.of(1973, 5, 31), MarriageEnd.DIVORCE))
                .marriage(Marriage.of(P1, P2, LocalDate.of(1974, 5, 1)))
                .marriage(Marriage.of(P3, P4, LocalDate.of(2000, 10, 1)))
                .parentage(Parentage.birth(P10, P1))
                .parentage(Parentage.birth(P1, P5))
                .parentage(Parentage.birth(P8, P5))
                .parentage(Parentage.birth(P1, P3))
                .parentage(Parentage.birth(P2, P3))
                .parentage(Parentage.birth(P9, P4))
                .parentage(Parentage.birth(P3, P6))
                .parentage(Parentage.birth(P4, P6))
                .parentage(Parentage.adoption(P3, P7, LocalDate.of(2006, 6, 1)))
                .parentage(Parentage.adoption(P4, P7, LocalDate.of(2006, 6, 1)))
                .livingTogether(LivingTogether.of(P3, P5, DateRange.of(LocalDate.of(2010, 1, 1), LocalDate.of(2019, 12, 31))))
                .livingTogether(LivingTogether.of(P6, P2, DateRange.of(LocalDate.of(2015, 7, 1), LocalDate.of(2015, 8, 31))))
                .residence(Residence.of(P1, "H2", DateRange.startingOn(LocalDate.of(1975, 1, 1))))
                .residence(Residence.of(P2, "H2", DateRange.startingOn(LocalDate.of(1975, 1, 1))))
                .residence(Residence.of(P3, "H1", DateRange.startingOn(LocalDate.of(2001, 1, 1))))
                .residence(Residence.of(P4, "H1", DateRange.startingOn(LocalDate.of(2001, 1, 1))))
                .residence(Residence.of(P6, "H1", DateRange.startingOn(LocalDate.of(2001, 8, 8))))
                .residence(Residence.of(P7, "H1", DateRange.startingOn(LocalDate.of(2006, 6, 1))))
                .residence(Residence.of(P9, "H1", DateRange.startingOn(LocalDate.of(2020, 3, 1))))
                .build();
    }

    /** P3's household register in Heping District, Shenyang: P3, P4, P6, P7 and P9. */
    static HouseholdRegister register() {
        return HouseholdRegister.builder()
                .id(HouseholdId.of("H-210102-0001"))
                .division(DivisionCode.of("210102"))
                .registration(Registration.URBAN)
                .head(P3)
                .member(HouseholdMember.builder(P3).birthDate(LocalDate.of(1975, 9, 2))
                        .retirementClass(RetirementClass.MALE_60)
                        .employed(LocalDate.of(1998, 3, 1), LocalDate.of(2020, 12, 31))
                        .employed(STARTS_WORK, null))
                .member(HouseholdMember.builder(P4).birthDate(LocalDate.of(1977, 1, 15))
                        .retirementClass(RetirementClass.FEMALE_WORKER_50))
                .member(HouseholdMember.builder(P6).birthDate(LocalDate.of(2001, 8, 8))
                        .retirementClass(RetirementClass.FEMALE_CADRE_55).inSchool(true))
                .member(HouseholdMember.builder(P7).birthDate(LocalDate.of(2003, 12, 12))
                        .retirementClass(RetirementClass.MALE_60).wantsWork(false))
                .member(HouseholdMember.builder(P9).birthDate(LocalDate.of(1953, 4, 4))
                        .retirementClass(RetirementClass.FEMALE_WORKER_50))
                .build();
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @return the exit status, 0
     */
    static int run(PrintStream out) {
        KinshipService kinship = KinshipServices.of(family());
        out.println("jobassist — a Liaoning family (person ids only), as of " + AS_OF);
        out.println();
        printKinship(out, kinship);
        out.println();

        HouseholdRegister register = register();
        printRegister(out, register);
        PolicyPack pack = PolicyPacks.liaoning();
        // The kinship service answers who is family (Art. 1045), so the in-law on the register is not counted.
        ZeroEmploymentTest test = ZeroEmploymentFamilies.test(pack, kinship);
        out.println();
        ZeroEmploymentDetermination before = test.determine(register, AS_OF);
        printDetermination(out, before);
        out.print(indent(before.explanation().render(), "    "));
        out.println();
        ZeroEmploymentDetermination after = test.determine(register, STARTS_WORK);
        printDetermination(out, after);
        out.println("  failed conditions:");
        after.explanation().failedConditions()
                .forEach(e -> out.println("    " + e.rule() + ": " + e.description() + " " + e.inputs()));
        out.println();

        printClearing(out, ZeroEmploymentFamilies.clearing(pack), register.id());
        return 0;
    }

    private static void printKinship(PrintStream out, KinshipService kinship) {
        out.println("Relations of P3, with the path that proves each:");
        for (PersonId other : List.of(P1, P4, P5, P6, P7, P9, P10, P8)) {
            List<KinshipFinding> findings = kinship.relations(P3, other, AS_OF);
            if (findings.isEmpty()) {
                out.println("  " + other + ": no relation to P3");
            }
            findings.forEach(f -> out.println("  " + f.describe()));
        }
        RelativesReport close = kinship.closeRelatives(P3, AS_OF);
        out.println("Close relatives of P3 (近亲属, Civil Code Art. 1045 para. 2): "
                + close.included().stream().map(FamilyExample::kinds).collect(Collectors.joining(", ")));
        for (Relative r : kinship.relatives(P3, AS_OF).included()) {
            if (!close.includes(r.person())) {
                out.println("Relative by marriage, not a close relative: " + kinds(r)
                        + (r.livingTogether() ? ", lives together with P3" : ""));
            }
        }
        RelativesReport family = kinship.familyMembers(P3, AS_OF);
        out.println("Family members of P3 (家庭成员, Art. 1045 para. 3): "
                + family.included().stream().map(r -> r.person().value()).collect(Collectors.joining(", ")));
        out.println("Close relatives who are not family members:");
        for (Relative r : family.excluded()) {
            out.println("  " + r.person() + ": " + r.explanation().description());
        }
    }

    /** "P10 paternal grandmother (deceased)". */
    private static String kinds(Relative r) {
        return r.person() + " " + r.findings().stream().map(f -> f.kind().noun(f.relativeGender()))
                .collect(Collectors.joining(" and ")) + (r.deceased() ? " (deceased)" : "");
    }

    private static void printRegister(PrintStream out, HouseholdRegister register) {
        out.println("Household register " + register.id() + " in " + register.division() + ", "
                + register.registration() + (register.hasOperatingOrInvestmentIncome() ? ", with" : ", no")
                + " operating or investment income, head " + register.head() + ":");
        for (HouseholdMember m : register.members()) {
            out.println("  " + m.id() + ": born " + m.birthDate().getYear() + ", " + m.retirementClass()
                    + (m.ableToWork() ? "" : ", unable to work") + (m.wantsWork() ? "" : ", not wanting work")
                    + (m.inSchool() ? ", in school" : "") + (m.inActiveService() ? ", in active service" : "")
                    + ", employment " + m.employment());
        }
    }

    private static void printDetermination(PrintStream out, ZeroEmploymentDetermination d) {
        out.println("Zero-employment family on " + d.asOf() + ": " + (d.zeroEmployment() ? "yes" : "no " + d.reasons()));
        out.println("  counted: " + d.counted().stream().map(PersonId::value).collect(Collectors.joining(", ")));
        for (MemberAssessment a : d.excluded()) {
            out.println("  " + a.person() + " not counted: " + a.reasons());
        }
    }

    private static void printClearing(PrintStream out, ZeroEmploymentClearing clearing, HouseholdId household) {
        ZeroEmploymentCase open = ZeroEmploymentCase.identified(household, DivisionCode.of("210100"), IDENTIFIED)
                .withAction(ServiceAction.of(LocalDate.of(2021, 7, 2), ServiceActionKind.HOME_VISIT, ""))
                .withAction(ServiceAction.of(LocalDate.of(2021, 7, 12), ServiceActionKind.JOB_REFERRAL, ""));
        LocalDate deadline = clearing.deadline(open);
        out.println("Clearing case: identified " + open.identifiedDate() + " in " + open.city()
                + ", clearing period " + clearing.clearingPeriod(open).value() + ", deadline " + deadline);
        for (int day : new int[] {20, 21}) {
            LocalDate date = IDENTIFIED.plusDays(day);
            out.println("  status on " + date + " (day " + day + "): " + clearing.status(open, date));
        }
        ZeroEmploymentCase cleared = open.clearedBy(P3, STARTS_WORK);
        ClearingStatus status = clearing.status(cleared, STARTS_WORK);
        out.println("  cleared " + cleared.clearedDate().orElseThrow() + " when "
                + cleared.employedMember().orElseThrow() + " started work: " + status);
    }

    private static String indent(String text, String prefix) {
        return text.lines().map(line -> prefix + line + "\n").collect(Collectors.joining());
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
