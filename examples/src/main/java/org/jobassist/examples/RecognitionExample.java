package org.jobassist.examples;

import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryOutcome;
import org.jobassist.api.category.LifecycleOutcome;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionBatchResult;
import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RejectedPerson;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.RecognitionLifecycles;
import org.jobassist.impl.Recognitions;
import org.jobassist.impl.ZeroEmploymentFamilies;

/**
 * Recognition of people with employment difficulties (就业困难人员认定) in Liaoning, as of dates
 * on both sides of the 2021-01-01 adjustment from 8 to 10 categories, with the in-memory
 * stores and registries. People are shown by person id only; ID numbers only masked.
 *
 * <ul>
 *   <li>A, a man registered unemployed since 2020-03-01 with a disability certificate from the
 *       disabled persons' federation: {@code DISABLED} under either catalogue version;</li>
 *   <li>B, a woman worker (original retirement age 50) born in March 1975, registered since
 *       2021-01-04: {@code NEAR_RETIREMENT} under the law in force on each date — retirement in
 *       2025-03 under the 1978 measures, in 2025-05 under the 2024 reform;</li>
 *   <li>C, a poverty-alleviated worker in Kangping county, registered since 2021-01-04: not in
 *       category 9 while the pack's key-county list is empty (the default, the list not being
 *       public), recognised with an <b>illustrative</b> list holding Kangping;</li>
 *   <li>D1, D2, D3, farmers whose land was expropriated, registered since 2020-07-01, with
 *       1 / 2 / 2 accepted referrals and 12 / 11 / 12 months without an employer-paid
 *       contribution: recognised in nothing; only D3 passes the reference gate;</li>
 *   <li>E, a man on urban minimum living allowance (低保), registered since 2020-11-02: applies,
 *       is recognised on 2020-12-15 under the 8-category version, keeps it past the adjustment
 *       until his review on 2021-12-15, and then exits, his 低保 having ended on 2021-09-01.</li>
 * </ul>
 */
public final class RecognitionExample {

    /** The last day of the 8-category version. */
    static final LocalDate BEFORE = LocalDate.of(2020, 12, 31);
    /** The first day of the 10-category version (an assumption of the pack, DOMAIN §1). */
    static final LocalDate ADJUSTMENT = LocalDate.of(2021, 1, 1);
    /** The date of the batch and of most answers. */
    static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);
    /** Before B's reformed retirement (2025-05), after her original one (2025-03). */
    static final LocalDate REFORMED = LocalDate.of(2025, 4, 15);
    /** After B's reformed retirement. */
    static final LocalDate RETIRED = LocalDate.of(2025, 6, 1);

    static final LocalDate APPLIED = LocalDate.of(2020, 12, 1);
    static final LocalDate DECIDED = LocalDate.of(2020, 12, 15);
    static final LocalDate AFTER_ADJUSTMENT = LocalDate.of(2021, 1, 5);
    static final LocalDate REVIEW = LocalDate.of(2021, 12, 15);
    /** The day E's 低保 ends. */
    static final LocalDate ALLOWANCE_ENDS = LocalDate.of(2021, 9, 1);

    static final DivisionCode HEPING = DivisionCode.of("210102");
    /** Kangping county, Shenyang: the illustrative key assisted county. Not the real list. */
    static final DivisionCode KANGPING = DivisionCode.of("210123");

    /** Synthetic ID numbers with valid check characters; never printed in clear. */
    static final List<String> ID_NUMBERS = List.of("210102197508150130", "210102197503100249",
            "210123198804120151", "210102198506200311", "210102198611050538", "21010219870918071X",
            "210102197004200173");

    private RecognitionExample() {}

    private static PersonRecord.Builder registered(String id, String idNumber, RetirementClass rc,
            DivisionCode residence, LocalDate registeredFrom) {
        return PersonRecord.builder(PersonId.of(id)).idNumber(idNumber).retirementClass(rc).residence(residence)
                .unemploymentRegistration(DateRange.startingOn(registeredFrom));
    }

    /** The people, in the order A, B, C, D1, D2, D3, E. */
    static List<PersonRecord> people() {
        LocalDate jan4 = LocalDate.of(2021, 1, 4);
        LocalDate july1 = LocalDate.of(2020, 7, 1);
        return List.of(
                registered("A", ID_NUMBERS.get(0), RetirementClass.MALE_60, HEPING, LocalDate.of(2020, 3, 1)).build(),
                registered("B", ID_NUMBERS.get(1), RetirementClass.FEMALE_WORKER_50, HEPING, jan4).build(),
                registered("C", ID_NUMBERS.get(2), RetirementClass.MALE_60, KANGPING, jan4).build(),
                registered("D1", ID_NUMBERS.get(3), RetirementClass.MALE_60, HEPING, july1)
                        .acceptedReferral(LocalDate.of(2021, 3, 10)).build(),
                registered("D2", ID_NUMBERS.get(4), RetirementClass.MALE_60, HEPING, july1)
                        .acceptedReferral(LocalDate.of(2021, 3, 10)).acceptedReferral(LocalDate.of(2021, 5, 20)).build(),
                registered("D3", ID_NUMBERS.get(5), RetirementClass.MALE_60, HEPING, july1)
                        .acceptedReferral(LocalDate.of(2021, 3, 10)).acceptedReferral(LocalDate.of(2021, 5, 20)).build(),
                registered("E", ID_NUMBERS.get(6), RetirementClass.MALE_60, HEPING, LocalDate.of(2020, 11, 2)).build());
    }

    /** What the other agencies hold about them. */
    static Registries registries() {
        Registries registries = InMemoryStores.registries();
        registries.disabledPersonsFederation().record(Evidence.of(PersonId.of("A"), RegistryFlag.DISABILITY_CERTIFICATE,
                "DPF-0001", LocalDate.of(2015, 6, 1), DateRange.startingOn(LocalDate.of(2015, 6, 1))));
        registries.ruralRevitalisation().record(Evidence.of(PersonId.of("C"), RegistryFlag.POVERTY_ALLEVIATED,
                "RR-0003", LocalDate.of(2020, 12, 20), DateRange.startingOn(LocalDate.of(2016, 1, 1))));
        for (String id : List.of("D1", "D2", "D3")) {
            registries.hostRecords().record(Evidence.of(PersonId.of(id), RegistryFlag.LAND_EXPROPRIATED_FARMER,
                    "HOST-" + id, LocalDate.of(2019, 4, 1), DateRange.startingOn(LocalDate.of(2019, 4, 1))));
        }
        // Last employer-paid month: 2020-05 gives 2020-06 to 2021-05 without one as of 2021-06-30 (12 months);
        // 2020-06 gives 11.
        registries.socialInsurance().record(employedUntil("D1", YearMonth.of(2020, 5)));
        registries.socialInsurance().record(employedUntil("D2", YearMonth.of(2020, 6)));
        registries.socialInsurance().record(employedUntil("D3", YearMonth.of(2020, 5)));
        registries.civilAffairs().record(Evidence.of(PersonId.of("E"), RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE,
                "CA-0007", LocalDate.of(2019, 3, 1), DateRange.startingOn(LocalDate.of(2019, 3, 1))));
        return registries;
    }

    private static ContributionHistory employedUntil(String id, YearMonth last) {
        return ContributionHistory.of(PersonId.of(id), List.of(ContributionMonth.employer(last.minusMonths(2)),
                ContributionMonth.employer(last.minusMonths(1)), ContributionMonth.employer(last)));
    }

    /** The Liaoning pack with an illustrative key-county list (Kangping only): not the real list. */
    static PolicyPack withIllustrativeKeyCounty(PolicyPack pack) {
        PolicyValue<Set<String>> counties = PolicyValue.of(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES,
                DivisionCode.LIAONING, ADJUSTMENT, null, Set.of(KANGPING.code()),
                pack.resolve(PolicyKeys.CATEGORY_KEY_ASSISTED_COUNTIES, DivisionCode.LIAONING, ADJUSTMENT).legalBasis())
                .withNote("Illustrative: Kangping only, to show category 9; not the real list of key assisted counties.");
        return pack.withOverrides(List.of(counties));
    }

    private static RecognitionService service(PolicyPack pack, Registries registries, HouseholdStore households) {
        // No one here has a household linked; the kinship-free membership keeps the example short.
        return Recognitions.service(pack, registries, households,
                ZeroEmploymentFamilies.test(pack, FamilyMembership.everyoneInRegister()));
    }

    /**
     * Runs the example.
     *
     * @param out where to print
     * @return the exit status, 0
     */
    static int run(PrintStream out) {
        PolicyPack pack = PolicyPacks.liaoning();
        Registries registries = registries();
        HouseholdStore households = InMemoryStores.households();
        RecognitionService service = service(pack, registries, households);
        List<PersonRecord> people = people();
        out.println("jobassist — recognition of people with employment difficulties in Liaoning (person ids only)");
        out.println("People: " + people.stream().map(p -> p.id().value() + " " + p.idNumber().masked())
                .collect(Collectors.joining(", ")));
        out.println();

        disabled(out, service, people.get(0));
        out.println();
        nearRetirement(out, service, people.get(1));
        out.println();
        keyCounty(out, service, service(withIllustrativeKeyCounty(pack), registries, households), people.get(2));
        out.println();
        nothing(out, service, registries, people.subList(3, 6));
        out.println();
        batch(out, service, people);
        out.println();
        lifecycle(out, service, pack, registries, people.get(6));
        return 0;
    }

    private static void disabled(PrintStream out, RecognitionService service, PersonRecord a) {
        out.println("(a) A, registered unemployed, disability certificate from the disabled persons' federation");
        for (LocalDate date : List.of(BEFORE, ADJUSTMENT)) {
            Recognition r = service.recognise(a, date);
            Category category = r.outcome("DISABLED").category();
            out.println("  " + date + " under " + r.catalogueVersion() + ": " + r.categoryCodes()
                    + ", legal basis " + category.legalBasis());
        }
        Recognition r = service.recognise(a, AS_OF);
        out.println("  " + AS_OF + " explanation of DISABLED:");
        out.print(indent(r.outcome("DISABLED").explanation().render(), "    "));
    }

    private static void nearRetirement(PrintStream out, RecognitionService service, PersonRecord b) {
        out.println("(b) B, a woman worker born " + YearMonth.from(b.birthDate()) + ", under the law in force on each date");
        for (LocalDate date : List.of(AS_OF, REFORMED, RETIRED)) {
            Recognition r = service.recognise(b, date);
            YearMonth retires = StatutoryRetirement.retirementMonth(b.birthDate(), b.retirementClass(), date);
            out.println("  " + date + ": retirement " + retires + " ("
                    + (StatutoryRetirement.isReformInForce(date) ? "2024 reform" : "1978 measures") + ") → "
                    + (r.isRecognised() ? r.categoryCodes() : "not recognised " + whyNot(r.outcome("NEAR_RETIREMENT"))));
        }
        // The answer of 2021 is not carried forward: each date is answered under its own law.
        out.println("  (on " + REFORMED + " the 1978 measures would have had her retired since "
                + StatutoryRetirement.retirementMonth(b.birthDate(), b.retirementClass(), AS_OF) + ")");
    }

    private static void keyCounty(PrintStream out, RecognitionService standard, RecognitionService illustrative,
            PersonRecord c) {
        out.println("(c) C, poverty-alleviated, living in Kangping county (" + KANGPING + ")");
        Recognition before = standard.recognise(c, BEFORE);
        out.println("  " + BEFORE + " under " + before.catalogueVersion() + ": "
                + (before.isRecognised() ? before.categoryCodes() : "not recognised")
                + ", category 9 in the version: " + before.outcomes().stream()
                        .anyMatch(o -> o.category().code().equals("POVERTY_ALLEVIATED_KEY_COUNTY")));
        Recognition r = standard.recognise(c, AS_OF);
        out.println("  " + AS_OF + " with the shipped pack (key-county list empty, not public): "
                + (r.isRecognised() ? r.categoryCodes() : "not recognised"));
        out.println("    why not POVERTY_ALLEVIATED_KEY_COUNTY: " + whyNot(r.outcome("POVERTY_ALLEVIATED_KEY_COUNTY")));
        r.outcome("POVERTY_ALLEVIATED_KEY_COUNTY").decidingConditions()
                .forEach(e -> out.println("      " + e.description() + " " + e.inputs()));
        Recognition overridden = illustrative.recognise(c, AS_OF);
        out.println("  " + AS_OF + " with an ILLUSTRATIVE key-county list {" + KANGPING + "} (not the real list): "
                + overridden.categoryCodes());
    }

    private static void nothing(PrintStream out, RecognitionService service, Registries registries,
            List<PersonRecord> ds) {
        PersonRecord d1 = ds.get(0);
        Recognition r = service.recognise(d1, AS_OF);
        out.println("(d) D1 on " + AS_OF + ": " + (r.isRecognised() ? r.categoryCodes() : "recognised in nothing")
                + "; why not, per category:");
        for (CategoryOutcome o : r.outcomes()) {
            if (!o.satisfied()) {
                out.println("  " + o.category().code() + ": " + whyNot(o));
            }
        }
        out.println("  reference eligibility (参照享受), gate: registered, >= 2 referrals accepted, >= 12 months"
                + " without employer contribution:");
        for (PersonRecord d : ds) {
            Recognition dr = service.recognise(d, AS_OF);
            CategoryOutcome land = dr.outcome("LAND_EXPROPRIATED_FARMER");
            out.println("  " + d.id() + ": referrals " + d.referralsAcceptedBy(AS_OF) + ", months without employer"
                    + " contribution " + registries.socialInsurance().monthsWithoutEmployerContribution(d.id(), AS_OF)
                    + ", LAND_EXPROPRIATED_FARMER " + (land.satisfied() ? "satisfied" : "failed " + whyNot(land))
                    + ", reference only " + dr.isReferenceOnly());
        }
    }

    private static void batch(PrintStream out, RecognitionService service, List<PersonRecord> people) {
        // A row the host could not read arrives as null: it is counted as rejected, not dropped.
        List<PersonRecord> rows = Arrays.asList(people.get(0), people.get(1), people.get(2), people.get(3),
                people.get(4), people.get(5), people.get(6), null);
        RecognitionBatchResult result = service.recogniseAll(rows, AS_OF, false);
        out.println("Batch of " + result.total() + " as of " + AS_OF + " under " + result.catalogueVersion() + ": "
                + result.recognisedCount() + " recognised, " + result.notRecognisedCount() + " not recognised ("
                + result.referenceEligibleCount() + " by reference), " + result.rejectedCount() + " rejected");
        result.categoryCounts().forEach((code, n) -> {
            if (n > 0) {
                out.println("  " + code + ": " + n);
            }
        });
        for (RejectedPerson rejected : result.rejected()) {
            out.println("  rejected: " + rejected);
        }
    }

    private static void lifecycle(PrintStream out, RecognitionService service, PolicyPack pack, Registries registries,
            PersonRecord e) {
        RecognitionLifecycle lifecycle = RecognitionLifecycles.of(service, pack, InMemoryStores.people(),
                InMemoryStores.recognitions());
        out.println("(e) Lifecycle of E");
        print(out, "apply " + APPLIED, lifecycle.apply(e, APPLIED));
        LifecycleOutcome decided = lifecycle.decide(e.id(), DECIDED);
        print(out, "decide " + DECIDED, decided.record());
        LifecycleOutcome kept = lifecycle.applyTransition(e.id(), AFTER_ADJUSTMENT);
        print(out, "transition " + AFTER_ADJUSTMENT, kept.record());
        out.println("    " + kept.explanation().description());
        // Civil affairs ends E's minimum living allowance before the review.
        registries.civilAffairs().withdraw(e.id(), RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, "CA-0007",
                ALLOWANCE_ENDS);
        out.println("  due for review on " + REVIEW + ": " + lifecycle.dueForReview(REVIEW).stream()
                .map(rec -> rec.person().value()).collect(Collectors.joining(", ")));
        LifecycleOutcome reviewed = lifecycle.reverify(e.id(), REVIEW);
        print(out, "reverify " + REVIEW, reviewed.record());
        reviewed.recognition().ifPresent(r -> out.println("    recognition under " + r.catalogueVersion() + ": "
                + r.categoryCodes() + "; why not URBAN_MINIMUM_LIVING_ALLOWANCE: "
                + whyNot(r.outcome("URBAN_MINIMUM_LIVING_ALLOWANCE"))));
        out.println("  history: " + reviewed.record().history().stream().map(t -> t.status() + " " + t.date())
                .collect(Collectors.joining(", ")));
    }

    private static void print(PrintStream out, String step, RecognitionRecord record) {
        out.println("  " + step + ": " + record.status()
                + record.catalogueVersion().map(v -> " under " + v + " " + record.categories()).orElse("")
                + record.recognisedOn().map(d -> ", effective " + d).orElse("")
                + record.nextReview().map(d -> ", next review " + d).orElse("")
                + record.exitReason().map(r -> ", exit " + record.exitedOn().orElseThrow() + " " + r.code()).orElse(""));
    }

    /** The failed conditions' kinds, such as {@code [registry-flag, resides-in-county-set]}. */
    private static String whyNot(CategoryOutcome outcome) {
        return outcome.decidingConditions().stream().map(RecognitionExample::kind).toList().toString();
    }

    private static String kind(Explanation condition) {
        return condition.rule().substring("category.condition.".length());
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
