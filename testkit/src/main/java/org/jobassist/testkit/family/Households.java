package org.jobassist.testkit.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.testkit.internal.Draw;
import org.jobassist.testkit.region.Regions;
import org.jobassist.testkit.time.Dates;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of household registers (户籍家庭户) for the zero-employment family test: members
 * whose birth dates sit near the working-age threshold (16) and near statutory retirement on
 * the date asked (including across the 2025 reform), with the flags and employment spells
 * the test reads; registers mostly urban and without income; family memberships as
 * deterministic functions of two person ids.
 *
 * <p>Every value is valid by construction: person ids are unique within a register
 * ({@code <household>-m<i>}), the head is a member, spells end after they start, nobody is
 * born after the date asked.
 *
 * <p>Stateless and thread-safe.
 */
public final class Households {

    /** The pack's zero-employment values start on this day. */
    private static final LocalDate EARLIEST_AS_OF = LocalDate.of(2021, 1, 1);
    private static final LocalDate LATEST_AS_OF = LocalDate.of(2030, 12, 31);
    /** Used when a boundary must come from the rule itself rather than from a pack. */
    private static final int WORKING_AGE_FROM = 16;
    private static final int MAX_MEMBERS = 6;

    private Households() {}

    /**
     * Dates to ask about, from 2021-01-01 (when the Liaoning pack's values start) to
     * 2030-12-31, one in four within ten days of the 2025-01-01 retirement reform.
     *
     * @return the generator
     */
    public static Gen<LocalDate> asOfDates() {
        Gen<LocalDate> any = Dates.between(EARLIEST_AS_OF, LATEST_AS_OF);
        Gen<LocalDate> reform = Dates.around(StatutoryRetirement.REFORM_EFFECTIVE_DATE, 10);
        return in -> Draw.oneIn(in, 4) ? reform.generate(in) : any.generate(in);
    }

    /**
     * Members as of {@code asOf}: born near the 16th birthday, near statutory retirement,
     * at any working age, as children or as elderly people; mostly able and willing; some in
     * school or in service; employed on {@code asOf}, before, after, or starting or ending
     * that very day.
     *
     * @param id the person
     * @param asOf the date the member will be assessed on
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<HouseholdMember> members(PersonId id, LocalDate asOf) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asOf, "asOf");
        return in -> member(in, id, asOf, true);
    }

    /**
     * Members as of {@code asOf} who are not employed on that day, otherwise as
     * {@link #members}.
     *
     * @param id the person
     * @param asOf the date
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<HouseholdMember> unemployedMembers(PersonId id, LocalDate asOf) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asOf, "asOf");
        return in -> member(in, id, asOf, false);
    }

    /**
     * Members of working age on {@code asOf} (18 to 45), able and willing, not in school or
     * service, and employed on that day.
     *
     * @param id the person
     * @param asOf the date
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<HouseholdMember> employedWorkingAgeMembers(PersonId id, LocalDate asOf) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(asOf, "asOf");
        return in -> {
            LocalDate birth = day(in, asOf.minusYears(45), asOf.minusYears(18));
            LocalDate start = day(in, asOf.minusYears(3), asOf);
            HouseholdMember.Builder b = HouseholdMember.builder(id).birthDate(birth)
                    .retirementClass(Draw.pick(in, List.of(RetirementClass.values())));
            return b.employed(start, Draw.oneIn(in, 2) ? null : day(in, asOf, asOf.plusYears(1))).build();
        };
    }

    /**
     * Registers as of {@code asOf}: 1 to 6 members from {@link #members}, any of them the
     * head, in a Liaoning county; urban six times in seven, with operating or investment
     * income one time in eight.
     *
     * @param asOf the date the register will be assessed on
     * @return the generator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Gen<HouseholdRegister> registers(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return in -> register(in, asOf, false);
    }

    /**
     * Registers that pass the household-level conditions, so that the member rules decide:
     * urban, without income, nobody employed on {@code asOf}; 1 to 6 members.
     *
     * @param asOf the date the register will be assessed on
     * @return the generator
     * @throws NullPointerException if {@code asOf} is null
     */
    public static Gen<HouseholdRegister> candidates(LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return in -> register(in, asOf, true);
    }

    /**
     * Family memberships that answer as a fixed function of the two ids and a drawn salt,
     * about three times in four "family member"; the same arguments always get the same
     * answer. They stand in for kinship data; they do not model Art. 1045.
     *
     * @return the generator
     */
    public static Gen<FamilyMembership> memberships() {
        return in -> {
            int salt = (int) Draw.between(in, 0L, Integer.MAX_VALUE);
            return (anchor, member, asOf) -> {
                int h = (anchor.value().hashCode() * 31 + member.value().hashCode()) ^ salt;
                return Math.floorMod(h * 0x9E3779B1, 4) != 0;
            };
        };
    }

    private static HouseholdRegister register(RandomnessSource in, LocalDate asOf, boolean candidate) {
        long number = Draw.between(in, 0L, 999_999_999L);
        String household = "h" + number;
        int size = Draw.between(in, 1, MAX_MEMBERS);
        DivisionCode county = Regions.counties().generate(in);
        HouseholdRegister.Builder b = HouseholdRegister.builder()
                .id(HouseholdId.of(household))
                .division(county)
                .registration(!candidate && Draw.oneIn(in, 7) ? Registration.RURAL : Registration.URBAN)
                .operatingOrInvestmentIncome(!candidate && Draw.oneIn(in, 8));
        int head = Draw.between(in, 0, size - 1);
        for (int i = 0; i < size; i++) {
            PersonId id = PersonId.of(household + "-m" + i);
            if (i == head) {
                b.head(id);
            }
            b.member(member(in, id, asOf, !candidate));
        }
        return b.build();
    }

    private static HouseholdMember member(RandomnessSource in, PersonId id, LocalDate asOf, boolean mayBeEmployed) {
        RetirementClass retirementClass = Draw.pick(in, List.of(RetirementClass.values()));
        LocalDate birth = birthDate(in, retirementClass, asOf);
        HouseholdMember.Builder b = HouseholdMember.builder(id).birthDate(birth).retirementClass(retirementClass)
                .ableToWork(!Draw.oneIn(in, 10))
                .wantsWork(!Draw.oneIn(in, 7))
                .inSchool(Draw.oneIn(in, 6))
                .inActiveService(Draw.oneIn(in, 15));
        switch (Draw.between(in, 0, 9)) {
            case 0, 1, 2 -> {
                if (mayBeEmployed) {
                    b.employed(day(in, asOf.minusYears(5), asOf), Draw.oneIn(in, 2) ? null : day(in, asOf, asOf.plusYears(2)));
                }
            }
            case 3 -> b.employed(day(in, asOf.minusYears(6), asOf.minusYears(1)), day(in, asOf.minusYears(1), asOf.minusDays(1)));
            case 4 -> b.employed(day(in, asOf.plusDays(1), asOf.plusYears(1)), null);
            case 5 -> {
                if (mayBeEmployed) {
                    // A spell starting or ending on the very day asked.
                    b.employed(Draw.oneIn(in, 2) ? asOf : asOf.minusYears(1), asOf);
                } else {
                    b.employed(asOf.minusYears(1), asOf.minusDays(1));
                }
            }
            default -> { }
        }
        return b.build();
    }

    private static LocalDate birthDate(RandomnessSource in, RetirementClass retirementClass, LocalDate asOf) {
        LocalDate birth = switch (Draw.between(in, 0, 9)) {
            case 0, 1 -> near(in, asOf.minusYears(WORKING_AGE_FROM));
            case 2, 3 -> near(in, retirementBirthDate(retirementClass, asOf));
            case 4 -> day(in, asOf.minusYears(15), asOf);
            case 5 -> day(in, asOf.minusYears(95), asOf.minusYears(60));
            default -> day(in, asOf.minusYears(65), asOf.minusYears(16));
        };
        return birth.isAfter(asOf) ? asOf : birth;
    }

    /**
     * The birth date of someone who reaches statutory retirement as close to {@code asOf} as
     * anyone does. Under the reform some months see no one retire (a birth month later adds a
     * month of delay), so the steps may alternate; the closest of them is taken.
     */
    private static LocalDate retirementBirthDate(RetirementClass retirementClass, LocalDate asOf) {
        LocalDate guess = asOf.minusYears(retirementClass.originalAgeYears());
        LocalDate best = guess;
        long bestDistance = Long.MAX_VALUE;
        for (int step = 0; step < 3; step++) {
            int months = StatutoryRetirement.retirementAge(guess, retirementClass, asOf).totalMonths();
            guess = asOf.minusMonths(months);
            long distance = Math.abs(StatutoryRetirement.retirementDate(guess, retirementClass, asOf).toEpochDay()
                    - asOf.toEpochDay());
            if (distance < bestDistance) {
                best = guess;
                bestDistance = distance;
            }
        }
        return best;
    }

    private static LocalDate near(RandomnessSource in, LocalDate pivot) {
        return pivot.plusDays(Draw.between(in, -3, 3));
    }

    private static LocalDate day(RandomnessSource in, LocalDate earliest, LocalDate latest) {
        return LocalDate.ofEpochDay(Draw.between(in, earliest.toEpochDay(), latest.toEpochDay()));
    }
}
