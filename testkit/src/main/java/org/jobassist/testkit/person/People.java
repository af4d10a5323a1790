package org.jobassist.testkit.person;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.family.Households;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.jobassist.testkit.region.Regions;
import org.jobassist.testkit.time.Dates;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of registered unemployed people ({@link PersonRecord}, 登记失业人员) and of whole
 * recognition {@link Scenario}s, drawn near every threshold the Liaoning catalogue has:
 * <ul>
 *   <li>the 5-year window before statutory retirement and retirement itself, under the law in
 *       force on the date asked (the reformed ages from 2025-01-01): birth dates within 3 days
 *       either side of each boundary ({@link #bornNearRetirementBoundary});</li>
 *   <li>2 accepted referrals: 1, 2 or 3 on or before the date asked, sometimes one more
 *       after it ({@link #referralDays});</li>
 *   <li>12 months without employer contribution ({@link Contributions#nearThreshold});</li>
 *   <li>registration starting on, ending on, ending the day before or starting the day after
 *       the date asked;</li>
 *   <li>dates asked either side of the 2021-01-01 adjustment and the 2025-01-01 reform
 *       ({@link #asOfDates()}).</li>
 * </ul>
 *
 * <p>Every value is valid by construction. Person ids look like {@code p1234567890}; draws
 * are deterministic under {@code Properties.qt()} and {@code Samples.draw}. Stateless and
 * thread-safe.
 */
public final class People {

    /** The day Liaoning's catalogue went from 8 to 10 categories (an assumption of the pack). */
    public static final LocalDate ADJUSTMENT_DATE = LocalDate.of(2021, 1, 1);

    /** The flags a scenario may hold, every flag of every registry. */
    private static final List<RegistryFlag> FLAGS = List.of(RegistryFlag.values());

    private People() {}

    /**
     * A recognition case: a person with the registry evidence, contribution history and
     * household register about them, and the date to ask about.
     *
     * @param person the person's record
     * @param asOf the date to recognise as of
     * @param evidence the registry evidence about the person, possibly empty
     * @param contributions the social-insurance contribution history
     * @param household the person's household register, if the person has one linked
     */
    public record Scenario(PersonRecord person, LocalDate asOf, List<Evidence> evidence,
                           ContributionHistory contributions, Optional<HouseholdRegister> household) {

        /**
         * Checks and copies the fields.
         *
         * @throws NullPointerException if a field or an element is null
         */
        public Scenario {
            Objects.requireNonNull(person, "person");
            Objects.requireNonNull(asOf, "asOf");
            evidence = List.copyOf(evidence);
            Objects.requireNonNull(contributions, "contributions");
            Objects.requireNonNull(household, "household");
        }

        /**
         * Stores the evidence, the history and the register.
         *
         * @param registries where the evidence and the history go
         * @param households where the register goes
         * @throws NullPointerException if an argument is null
         */
        public void loadInto(Registries registries, HouseholdStore households) {
            for (Evidence e : evidence) {
                registries.registryFor(e.flag()).record(e);
            }
            registries.socialInsurance().record(contributions);
            household.ifPresent(households::save);
        }

        /**
         * This scenario without the evidence at {@code index}.
         *
         * @param index a position in {@link #evidence()}
         * @return a copy with one piece of evidence less
         * @throws IndexOutOfBoundsException if {@code index} is out of range
         */
        public Scenario withoutEvidence(int index) {
            List<Evidence> fewer = new ArrayList<>(evidence);
            fewer.remove(index);
            return new Scenario(person, asOf, fewer, contributions, household);
        }

        /**
         * The scenario's person id and facts counted; the ID number is not shown.
         *
         * @return a summary
         */
        @Override
        public String toString() {
            return "Scenario[" + person + " on " + asOf + ", evidence " + evidence + ", "
                    + contributions.months().size() + " contribution months, household "
                    + household.map(h -> h.id().value()).orElse("none") + "]";
        }
    }

    /**
     * Dates to ask about: half within 3 days of the 2021-01-01 adjustment, one in six within
     * 3 days of the 2025-01-01 retirement reform, the rest from 2021 to 2030.
     *
     * @return the generator
     */
    public static Gen<LocalDate> asOfDates() {
        Gen<LocalDate> adjustment = Dates.around(ADJUSTMENT_DATE, 3);
        Gen<LocalDate> reform = Dates.around(StatutoryRetirement.REFORM_EFFECTIVE_DATE, 3);
        Gen<LocalDate> any = Dates.between(ADJUSTMENT_DATE, LocalDate.of(2030, 12, 31));
        return in -> {
            int pick = Draw.between(in, 0, 5);
            return pick < 3 ? adjustment.generate(in) : pick == 3 ? reform.generate(in) : any.generate(in);
        };
    }

    /**
     * The earliest date of birth of a person of {@code retirementClass} who, on {@code asOf},
     * is <em>not</em> yet within {@code years} years of statutory retirement under the law in
     * force that day: born the day before, one is (if not already retired); born on it or
     * later, one is not.
     *
     * @param asOf the date asked about
     * @param retirementClass the class
     * @param years the window, 0 for retirement itself
     * @return the boundary date of birth
     * @throws NullPointerException if an argument is null
     */
    public static LocalDate retirementBoundary(LocalDate asOf, RetirementClass retirementClass, int years) {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(retirementClass, "retirementClass");
        // The retirement date never falls as the date of birth rises, so a binary search finds the boundary.
        long low = asOf.minusYears(80).toEpochDay();
        long high = asOf.toEpochDay();
        while (low < high) {
            long mid = low + (high - low) / 2;
            LocalDate start = StatutoryRetirement.retirementDate(LocalDate.ofEpochDay(mid), retirementClass, asOf)
                    .minusYears(years);
            if (start.isAfter(asOf)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return LocalDate.ofEpochDay(low);
    }

    /**
     * Dates of birth within 3 days either side of {@link #retirementBoundary}.
     *
     * @param asOf the date asked about
     * @param retirementClass the class
     * @param years the window, 0 for retirement itself
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<LocalDate> bornNearRetirementBoundary(LocalDate asOf, RetirementClass retirementClass,
            int years) {
        LocalDate boundary = retirementBoundary(asOf, retirementClass, years);
        return Dates.around(boundary, 3);
    }

    /**
     * Days of accepted referrals: 1, 2 or 3 on or before {@code asOf} (one in four on that
     * very day), and one time in five one more after it, which does not count yet.
     *
     * @param asOf the date asked about
     * @return the generator of day lists, unsorted
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Gen<List<LocalDate>> referralDays(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return in -> {
            int count = Draw.between(in, 1, 3);
            List<LocalDate> days = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                days.add(Draw.oneIn(in, 4) ? asOf : asOf.minusDays(Draw.between(in, 1, 400)));
            }
            if (Draw.oneIn(in, 5)) {
                days.add(asOf.plusDays(Draw.between(in, 1, 60)));
            }
            return days;
        };
    }

    /**
     * Person records as of {@code asOf}, no household linked: any retirement class; born near
     * the 5-year window (one in three), near retirement (one in six), or aged 16 to 70;
     * registered unemployed on {@code asOf} four times in five (spells starting or ending
     * that very day among them), else registered only before or after it; referrals near 2;
     * living in any Liaoning county.
     *
     * @param asOf the date asked about
     * @return the generator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Gen<PersonRecord> records(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        Gen<DivisionCode> counties = Regions.counties();
        Gen<List<LocalDate>> referrals = referralDays(asOf);
        return in -> {
            RetirementClass rc = Draw.pick(in, List.of(RetirementClass.values()));
            LocalDate birth = birthDate(in, asOf, rc);
            DivisionCode county = counties.generate(in);
            PersonId id = PersonId.of("p" + Draw.between(in, 0L, 9_999_999_999L));
            PersonRecord.Builder b = PersonRecord.builder(id)
                    .idNumber(Identities.residentIdNumbers().bornBetween(birth, birth)
                            .gender(rc == RetirementClass.MALE_60 ? Gender.MALE : Gender.FEMALE).generate(in))
                    .retirementClass(rc)
                    .residence(county);
            registration(in, asOf, birth).forEach(b::unemploymentRegistration);
            for (LocalDate day : referrals.generate(in)) {
                if (!day.isBefore(birth)) {
                    b.acceptedReferral(day);
                }
            }
            return b.build();
        };
    }

    /**
     * Scenarios as of a date from {@link #asOfDates()}: a person from {@link #records}; for
     * each registry flag, one time in four evidence near the date
     * ({@link Evidences#around}, so it may or may not hold); a contribution history near 12
     * months without employer contribution; one time in four a household register that
     * passes the household-level conditions ({@link Households#candidates}) with the person
     * added as a member.
     *
     * @return the generator
     */
    public static Gen<Scenario> scenarios() {
        Gen<LocalDate> dates = asOfDates();
        return in -> scenario(in, dates.generate(in));
    }

    /**
     * Scenarios as of {@code asOf}, as {@link #scenarios()}.
     *
     * @param asOf the date asked about
     * @return the generator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Gen<Scenario> scenarios(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return in -> scenario(in, asOf);
    }

    private static Scenario scenario(RandomnessSource in, LocalDate asOf) {
        PersonRecord person = records(asOf).generate(in);
        List<Evidence> evidence = new ArrayList<>();
        for (RegistryFlag flag : FLAGS) {
            if (Draw.oneIn(in, 4)) {
                evidence.add(Evidences.around(person.id(), flag, asOf).generate(in));
            }
        }
        ContributionHistory history = Contributions.nearThreshold(person.id(), asOf, 12).generate(in);
        Optional<HouseholdRegister> household = Optional.empty();
        if (Draw.oneIn(in, 4)) {
            HouseholdRegister drawn = Households.candidates(asOf).generate(in);
            HouseholdMember self = HouseholdMember.builder(person.id()).birthDate(person.birthDate())
                    .retirementClass(person.retirementClass()).build();
            HouseholdRegister register = drawn.toBuilder().id(HouseholdId.of("h-" + person.id().value()))
                    .member(self).build();
            household = Optional.of(register);
            person = person.toBuilder().household(register.id()).build();
        }
        return new Scenario(person, asOf, evidence, history, household);
    }

    private static LocalDate birthDate(RandomnessSource in, LocalDate asOf, RetirementClass rc) {
        LocalDate birth;
        switch (Draw.between(in, 0, 5)) {
            case 0, 1 -> birth = bornNearRetirementBoundary(asOf, rc, 5).generate(in);
            case 2 -> birth = bornNearRetirementBoundary(asOf, rc, 0).generate(in);
            default -> birth = Dates.between(asOf.minusYears(70), asOf.minusYears(16)).generate(in);
        }
        return birth;
    }

    private static List<DateRange> registration(RandomnessSource in, LocalDate asOf, LocalDate birth) {
        LocalDate earliest = birth.plusYears(16).isAfter(asOf) ? birth : birth.plusYears(16);
        LocalDate start = Dates.between(earliest.isAfter(asOf) ? asOf : earliest, asOf).generate(in);
        switch (Draw.between(in, 0, 9)) {
            case 0:
                return List.of(DateRange.of(start, asOf));
            case 1:
                return List.of(DateRange.startingOn(asOf));
            case 2:
                return start.isBefore(asOf) ? List.of(DateRange.of(start, asOf.minusDays(1))) : List.of();
            case 3:
                return List.of(DateRange.startingOn(asOf.plusDays(1)));
            default:
                return List.of(Draw.oneIn(in, 2) ? DateRange.startingOn(start)
                        : DateRange.of(start, asOf.plusDays(Draw.between(in, 1, 365))));
        }
    }
}
