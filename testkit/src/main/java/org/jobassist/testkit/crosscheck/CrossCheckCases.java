package org.jobassist.testkit.crosscheck;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.BuiltInDivisions;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of cross-check cases (实时比对): people recognised on {@link #AS_OF} under the
 * Liaoning catalogue version {@value #CATALOGUE_VERSION}, with discrepancies planted near
 * their thresholds ({@link PlantedPerson#planted()}), or clean just on the other side:
 * <ul>
 *   <li>{@code DISABLED}, always held: a disability certificate whose last valid day is 1 to
 *       31 days before the day (expired; sometimes with an older expired one too), or the day
 *       itself up to 30 days later, or open-ended (clean);</li>
 *   <li>{@code MARTYR_FAMILY}: evidence withdrawn on the day or up to 30 days before
 *       (withdrawn), or on the day after up to 30 days later, or never (clean);</li>
 *   <li>{@code URBAN_MINIMUM_LIVING_ALLOWANCE}: no evidence, or evidence starting 1 to 31
 *       days after the day (missing), or evidence starting on the day or before (clean);</li>
 *   <li>death: a death record of civil affairs or the host holding from the day or up to 60
 *       days before (deceased), or, for some clean people, from the day after;</li>
 *   <li>retirement: the retirement date on the day or up to 30 days before (past retirement),
 *       or from the day after (clean, near), or far off;</li>
 *   <li>payments: one to three months of flexible-employment social-insurance subsidy in the
 *       first ledger (the city of residence) within {@link #PAID_PERIOD}, with an employer-paid
 *       contribution for one of them (employed while subsidised) or only for the months either
 *       side (clean); the second ledger pays one of those months again in another city (paid
 *       in two cities), or holds an equal copy of a payment of the residence city, or nothing
 *       (clean).</li>
 * </ul>
 * Person ids are {@code c} and the index; ID numbers are unique within a world or a
 * {@link Bulk} run. Stateless and thread-safe, but for {@link Bulk}.
 */
public final class CrossCheckCases {

    /** The day the generated cases are checked on. */
    public static final LocalDate AS_OF = LocalDate.of(2021, 11, 9);
    /** The catalogue version the generated recognitions were decided under. */
    public static final String CATALOGUE_VERSION = "liaoning-2021";
    /** The payments checked: January to October 2021. */
    public static final DateRange PAID_PERIOD = DateRange.ofMonths(YearMonth.of(2021, 1), YearMonth.of(2021, 10));

    private static final List<DivisionCode> COUNTIES = BuiltInDivisions.counties().stream()
            .filter(c -> c.parent().orElseThrow().level() == DivisionLevel.PREFECTURE).toList();
    private static final List<DivisionCode> CITIES = BuiltInDivisions.cities();
    private static final List<DiscrepancyKind> KINDS = List.of(DiscrepancyKind.values());
    private static final DateTimeFormatter BASIC = DateTimeFormatter.BASIC_ISO_DATE;

    private CrossCheckCases() {}

    /**
     * A whole case: people checked on a day against payments of a period.
     *
     * <p>Immutable and thread-safe.
     *
     * @param asOf the day
     * @param paidPeriod the payments checked
     * @param people the people, with distinct ids and ID numbers
     */
    public record World(LocalDate asOf, DateRange paidPeriod, List<PlantedPerson> people) {

        /**
         * Checks and copies the components.
         *
         * @throws NullPointerException if a component or an element is null
         */
        public World {
            Objects.requireNonNull(asOf, "asOf");
            Objects.requireNonNull(paidPeriod, "paidPeriod");
            people = List.copyOf(people);
        }

        /**
         * Stores every person's data, in batches.
         *
         * @param persons the person store
         * @param recognitions the recognition store
         * @param registries the registries
         * @param a the first ledger
         * @param b the second ledger
         * @throws NullPointerException if an argument is null
         */
        public void loadInto(PersonStore persons, RecognitionStore recognitions, Registries registries,
                             EntitlementLedger a, EntitlementLedger b) {
            loadAll(people, persons, recognitions, registries, a, b);
        }

        @Override
        public String toString() {
            return "World[" + people.size() + " people on " + asOf + ", " + people + "]";
        }
    }

    /**
     * Worlds of 1 to {@code maxPeople} people on {@link #AS_OF}, about two in three with
     * something planted.
     *
     * @param maxPeople the most people, at least 1
     * @return the generator
     * @throws IllegalArgumentException if {@code maxPeople} is below 1
     */
    public static Gen<World> worlds(int maxPeople) {
        if (maxPeople < 1) {
            throw new IllegalArgumentException("a world has at least one person");
        }
        return in -> {
            int n = Draw.between(in, 1, maxPeople);
            Set<String> taken = new HashSet<>();
            List<PlantedPerson> people = new ArrayList<>(n);
            for (int i = 0; i < n; i++) {
                people.add(person(i, in, 67, taken));
            }
            return new World(AS_OF, PAID_PERIOD, people);
        };
    }

    /**
     * Single people (index 0) on {@link #AS_OF}, about two in three with something planted.
     *
     * @return the generator
     */
    public static Gen<PlantedPerson> people() {
        return in -> person(0, in, 67, new HashSet<>());
    }

    /**
     * A stream of many people, for benchmarks: person {@code i} has id {@code c<i>}, ID numbers
     * are unique within the stream. Not thread-safe.
     */
    public static final class Bulk {
        private final RandomnessSource in;
        private final int plantedPercent;
        private final Set<String> taken = new HashSet<>();
        private int index;

        /**
         * A stream.
         *
         * @param seed the seed
         * @param plantedPercent the share of people with something planted, 0 to 100
         * @throws IllegalArgumentException if the share is out of range
         */
        public Bulk(long seed, int plantedPercent) {
            if (plantedPercent < 0 || plantedPercent > 100) {
                throw new IllegalArgumentException("a share is 0 to 100");
            }
            this.in = Samples.randomness(seed);
            this.plantedPercent = plantedPercent;
        }

        /**
         * The next person.
         *
         * @return the person
         */
        public PlantedPerson next() {
            return person(index++, in, plantedPercent, taken);
        }

        @Override
        public String toString() {
            return "Bulk[" + index + " drawn]";
        }
    }

    /**
     * Stores the data of {@code people} in batches: all person records, each recognition, the
     * evidence of each registry, the histories, and each ledger's payments.
     *
     * @param people the people
     * @param persons the person store
     * @param recognitions the recognition store
     * @param registries the registries
     * @param a the first ledger
     * @param b the second ledger
     * @throws NullPointerException if an argument is null
     */
    public static void loadAll(List<PlantedPerson> people, PersonStore persons, RecognitionStore recognitions,
                               Registries registries, EntitlementLedger a, EntitlementLedger b) {
        List<PersonRecord> records = new ArrayList<>(people.size());
        Map<RegistrySource, List<Evidence>> evidence = new EnumMap<>(RegistrySource.class);
        List<ContributionHistory> histories = new ArrayList<>(people.size());
        List<LedgerEntry> inA = new ArrayList<>();
        List<LedgerEntry> inB = new ArrayList<>();
        for (PlantedPerson p : people) {
            records.add(p.person());
            for (Evidence e : p.evidence()) {
                evidence.computeIfAbsent(e.source(), s -> new ArrayList<>()).add(e);
            }
            histories.add(p.contributions());
            inA.addAll(p.ledgerA());
            inB.addAll(p.ledgerB());
        }
        persons.saveAll(records);
        for (PlantedPerson p : people) {
            recognitions.save(p.recognition(), 0);
        }
        evidence.forEach((s, list) -> registries.evidenceRegistry(s).recordAll(list));
        registries.socialInsurance().recordAll(histories);
        a.recordAll(inA);
        b.recordAll(inB);
    }

    /**
     * Person {@code index}, drawn from {@code in}.
     *
     * @param index the index, giving the id {@code c<index>}
     * @param in the randomness
     * @param plantedPercent the chance in percent that something is planted
     * @param taken the ID numbers already used, to which this person's is added
     * @return the person
     */
    static PlantedPerson person(int index, RandomnessSource in, int plantedPercent, Set<String> taken) {
        LocalDate asOf = AS_OF;
        Set<DiscrepancyKind> planted = EnumSet.noneOf(DiscrepancyKind.class);
        if (Draw.between(in, 1, 100) <= plantedPercent) {
            for (DiscrepancyKind k : KINDS) {
                if (Draw.oneIn(in, 4)) {
                    planted.add(k);
                }
            }
            if (planted.isEmpty()) {
                planted.add(Draw.pick(in, KINDS));
            }
        }
        DivisionCode county = Draw.pick(in, COUNTIES);
        DivisionCode city = county.parent().orElseThrow();
        RetirementClass rc = Draw.pick(in, List.of(RetirementClass.values()));
        LocalDate birth = birth(in, rc, asOf, planted.contains(DiscrepancyKind.PAST_STATUTORY_RETIREMENT));
        ResidentIdNumber idNumber = idNumber(county, birth, rc == RetirementClass.MALE_60, index, taken);
        PersonId id = PersonId.of("c" + index);
        PersonRecord person = PersonRecord.builder(id).idNumber(idNumber).retirementClass(rc).residence(county)
                .unemploymentRegistration(DateRange.startingOn(asOf.minusDays(420))).build();

        Set<String> categories = new TreeSet<>();
        List<Evidence> evidence = new ArrayList<>();
        categories.add("DISABLED");
        if (planted.contains(DiscrepancyKind.EVIDENCE_EXPIRED)) {
            evidence.add(Evidence.of(id, RegistryFlag.DISABILITY_CERTIFICATE, "DPF-" + index, asOf.minusDays(400),
                    DateRange.of(asOf.minusDays(400), asOf.minusDays(1 + Draw.between(in, 0, 30)))));
            if (Draw.oneIn(in, 3)) {
                evidence.add(Evidence.of(id, RegistryFlag.DISABILITY_CERTIFICATE, "DPF-" + index + "-OLD",
                        asOf.minusDays(900), DateRange.of(asOf.minusDays(900), asOf.minusDays(401))));
            }
        } else {
            evidence.add(Evidence.of(id, RegistryFlag.DISABILITY_CERTIFICATE, "DPF-" + index, asOf.minusDays(400),
                    Draw.oneIn(in, 3) ? DateRange.startingOn(asOf.minusDays(400))
                            : DateRange.of(asOf.minusDays(400), asOf.plusDays(Draw.between(in, 0, 30)))));
        }
        if (planted.contains(DiscrepancyKind.EVIDENCE_WITHDRAWN) || Draw.oneIn(in, 2)) {
            categories.add("MARTYR_FAMILY");
            Evidence martyr = Evidence.of(id, RegistryFlag.MARTYR_FAMILY, "VA-" + index, asOf.minusDays(500),
                    DateRange.startingOn(asOf.minusDays(500)));
            if (planted.contains(DiscrepancyKind.EVIDENCE_WITHDRAWN)) {
                martyr = martyr.withdrawnOn(asOf.minusDays(Draw.between(in, 0, 30)));
            } else if (Draw.oneIn(in, 2)) {
                martyr = martyr.withdrawnOn(asOf.plusDays(1 + Draw.between(in, 0, 30)));
            }
            evidence.add(martyr);
        }
        if (planted.contains(DiscrepancyKind.EVIDENCE_MISSING) || Draw.oneIn(in, 2)) {
            categories.add("URBAN_MINIMUM_LIVING_ALLOWANCE");
            if (!planted.contains(DiscrepancyKind.EVIDENCE_MISSING)) {
                LocalDate from = asOf.minusDays(Draw.between(in, 0, 300));
                evidence.add(Evidence.of(id, RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, "CA-" + index, from,
                        DateRange.startingOn(from)));
            } else if (Draw.oneIn(in, 2)) {
                LocalDate from = asOf.plusDays(1 + Draw.between(in, 0, 30));
                evidence.add(Evidence.of(id, RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, "CA-" + index, asOf,
                        DateRange.startingOn(from)));
            }
        }
        if (Draw.oneIn(in, 4)) {
            categories.add("NEAR_RETIREMENT");
        }
        if (planted.contains(DiscrepancyKind.DECEASED)) {
            LocalDate died = asOf.minusDays(Draw.between(in, 0, 60));
            evidence.add(death(in, id, index, died));
        } else if (Draw.oneIn(in, 8)) {
            evidence.add(death(in, id, index, asOf.plusDays(1 + Draw.between(in, 0, 30))));
        }

        List<LedgerEntry> a = new ArrayList<>();
        List<LedgerEntry> b = new ArrayList<>();
        List<ContributionMonth> months = new ArrayList<>();
        boolean employed = planted.contains(DiscrepancyKind.EMPLOYED_WHILE_FLEXIBLE_SUBSIDY);
        boolean twoCities = planted.contains(DiscrepancyKind.PAID_IN_TWO_CITIES);
        if (employed || twoCities || Draw.oneIn(in, 2)) {
            int length = Draw.between(in, 1, 3);
            YearMonth first = YearMonth.of(2021, 1).plusMonths(Draw.between(in, 1, 9 - length));
            YearMonth last = first.plusMonths(length - 1L);
            YearMonth employedIn = employed ? first.plusMonths(Draw.between(in, 0, length - 1)) : null;
            for (YearMonth m = first; !m.isAfter(last); m = m.plusMonths(1)) {
                a.add(payment(idNumber, city, m, "FSI-" + index));
                months.add(m.equals(employedIn) ? ContributionMonth.employer(m) : ContributionMonth.flexible(m));
            }
            // Employer months just either side of the subsidised run: clean, one month from the threshold.
            months.add(ContributionMonth.employer(last.plusMonths(1)));
            months.add(ContributionMonth.employer(first.minusMonths(1)));
            if (twoCities) {
                YearMonth again = first.plusMonths(Draw.between(in, 0, length - 1));
                b.add(payment(idNumber, otherCity(in, city), again, "FSI-B-" + index));
            } else if (Draw.oneIn(in, 3)) {
                b.add(a.get(0));
            }
        } else {
            months.add(ContributionMonth.employer(YearMonth.of(2019, 1 + Draw.between(in, 0, 11))));
        }
        ContributionHistory history = ContributionHistory.of(id, months);

        RecognitionRecord recognition = RecognitionRecord.applied(id, asOf.minusDays(400))
                .recognised(asOf.minusDays(390), CATALOGUE_VERSION, categories, asOf.plusDays(200));
        if (Draw.oneIn(in, 5)) {
            recognition = recognition.recognised(asOf.minusDays(30), CATALOGUE_VERSION, categories,
                    asOf.plusDays(300));
        }
        return new PlantedPerson(person, recognition, evidence, history, a, b, planted);
    }

    private static Evidence death(RandomnessSource in, PersonId id, int index, LocalDate died) {
        RegistryFlag flag = Draw.oneIn(in, 2) ? RegistryFlag.DECEASED : RegistryFlag.REPORTED_DECEASED;
        return Evidence.of(id, flag, "D-" + index, died, DateRange.startingOn(died));
    }

    private static DivisionCode otherCity(RandomnessSource in, DivisionCode city) {
        DivisionCode other = Draw.pick(in, CITIES);
        return other.equals(city) ? CITIES.get((CITIES.indexOf(city) + 1) % CITIES.size()) : other;
    }

    private static LedgerEntry payment(ResidentIdNumber idNumber, DivisionCode city, YearMonth month,
                                       String reference) {
        Beneficiary payee = Beneficiary.person(idNumber);
        return LedgerEntry.builder(IdempotencyKey.monthly(payee, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, month))
                .payee(payee).city(city).month(month).amount(Money.ofYuan(300)).grantReference(reference)
                .grantedOn(month.atEndOfMonth()).build();
    }

    /** A birth date: retired on the day or up to 30 days before; or from the day after; or far off. */
    private static LocalDate birth(RandomnessSource in, RetirementClass rc, LocalDate asOf, boolean past) {
        int age = rc.originalAgeYears();
        if (past) {
            LocalDate birth = asOf.minusDays(Draw.between(in, 0, 30)).minusYears(age);
            while (!StatutoryRetirement.hasReachedRetirement(birth, rc, asOf)) {
                birth = birth.minusDays(1);
            }
            return birth;
        }
        if (Draw.oneIn(in, 3)) {
            LocalDate birth = asOf.plusDays(1 + Draw.between(in, 0, 30)).minusYears(age);
            while (StatutoryRetirement.hasReachedRetirement(birth, rc, asOf)) {
                birth = birth.plusDays(1);
            }
            return birth;
        }
        return asOf.minusYears(Draw.between(in, 25, age - 6)).minusDays(Draw.between(in, 0, 364));
    }

    /** A valid ID number of the county, birth date and gender, not yet in {@code taken}. */
    private static ResidentIdNumber idNumber(DivisionCode county, LocalDate birth, boolean male, int index,
                                             Set<String> taken) {
        String base = county.code() + birth.format(BASIC);
        int start = index % 498;
        for (int i = 0; i < 498; i++) {
            int seq = (1 + (start + i) % 498) * 2 + (male ? 1 : 0);
            String first17 = base + String.format("%03d", seq);
            String number = first17 + Identities.residentIdCheckCharacter(first17);
            if (taken.add(number)) {
                return ResidentIdNumber.parse(number);
            }
        }
        throw new IllegalStateException("no sequence number left for one county and birth date");
    }
}
