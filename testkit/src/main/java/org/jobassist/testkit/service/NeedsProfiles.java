package org.jobassist.testkit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Needs profiles of people with employment difficulties, living in the districts of the 14
 * cities ({@link Places}), with skills from {@link Skills}:
 *
 * <ul>
 *   <li>status: 60% unemployed, 25% flexibly employed, the rest employed or self-employed;</li>
 *   <li>willingness: 70% a job (a third of them flexible work too), 15% flexible work only,
 *       10% self-employment, 5% none;</li>
 *   <li>0 to 4 skills, each certified with probability 1/3; 0 to 2 training wishes;</li>
 *   <li>constraints: a daily limit of 4 to 10 hours (1 in 3), a commute limit of 2 to 30 km
 *       (1 in 2), accommodation (1 in 10), day shifts only (1 in 4);</li>
 *   <li>0 to 2 preferred districts of the person's city; an expected wage of 1,800 to 6,000
 *       yuan in hundreds (2 in 3); eligible for public welfare posts (1 in 4).</li>
 * </ul>
 *
 * <p>{@link #nearThresholds(Vacancy, LocalDate)} makes profiles that sit on, just inside or
 * just outside each hard filter of a vacancy, for the matching filters' property tests.
 *
 * <p>Stateless and thread-safe.
 */
public final class NeedsProfiles {

    private static final List<Willingness> ALONE = List.of(Willingness.FLEXIBLE_WORK, Willingness.SELF_EMPLOYMENT,
            Willingness.NONE);

    private NeedsProfiles() {}

    /**
     * Profiles of people of any of the 14 cities, each city equally likely, with person ids
     * {@code p-<9 digits>}.
     *
     * @param recordedOn the day recorded
     * @return the generator
     */
    public static Gen<NeedsProfile> any(LocalDate recordedOn) {
        Objects.requireNonNull(recordedOn, "recordedOn");
        return in -> draw(in, PersonId.of("p-" + Draw.between(in, 100_000_000, 999_999_999)),
                Draw.pick(in, Places.cities()), recordedOn);
    }

    /**
     * Profiles of people of {@code city}.
     *
     * @param city one of the 14 cities
     * @param recordedOn the day recorded
     * @return the generator
     * @throws IllegalArgumentException if {@code city} is not one of the 14 cities
     */
    public static Gen<NeedsProfile> inCity(DivisionCode city, LocalDate recordedOn) {
        Places.districts(city);
        Objects.requireNonNull(recordedOn, "recordedOn");
        return in -> draw(in, PersonId.of("p-" + Draw.between(in, 100_000_000, 999_999_999)), city, recordedOn);
    }

    /**
     * {@code count} profiles of distinct people of {@code city}, ids
     * {@code p<city>-<7-digit index>}, deterministic from {@code seed}.
     *
     * @param city one of the 14 cities
     * @param count how many, not negative
     * @param recordedOn the day recorded
     * @param seed the seed
     * @return an unmodifiable list
     * @throws IllegalArgumentException if the city is not one of the 14 or {@code count} is
     *     negative
     */
    public static List<NeedsProfile> population(DivisionCode city, int count, LocalDate recordedOn, long seed) {
        Places.districts(city);
        Objects.requireNonNull(recordedOn, "recordedOn");
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative");
        }
        RandomnessSource in = Samples.randomness(seed);
        List<NeedsProfile> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(draw(in, PersonId.of(String.format("p%s-%07d", city.code(), i)), city, recordedOn));
        }
        return List.copyOf(list);
    }

    /**
     * Profiles at the edge of each hard filter of {@code vacancy}: the commute limit is the
     * home's distance to the workplace plus −1, 0 or +1 metre; the daily-hours limit the
     * vacancy's hours plus −1, 0 or +1 (within 1 to 24); the skills are the vacancy's required
     * skills with (1 in 3) one of them left out, the certificates likewise; the expected wage
     * the vacancy's wage plus −1, 0 or +1 fen; day-shift-only, accommodation and public welfare
     * eligibility each drawn. The home is in the vacancy's district.
     *
     * @param vacancy the vacancy
     * @param recordedOn the day recorded
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<NeedsProfile> nearThresholds(Vacancy vacancy, LocalDate recordedOn) {
        Objects.requireNonNull(vacancy, "vacancy");
        Objects.requireNonNull(recordedOn, "recordedOn");
        return in -> {
            Location home = Places.near(vacancy.district()).generate(in);
            long distance = home.distanceMetresTo(vacancy.location());
            int commute = (int) Math.max(0, distance + Draw.between(in, -1, 1));
            int hours = Math.max(1, Math.min(24, vacancy.dailyHours() + Draw.between(in, -1, 1)));
            Set<Skill> skills = new TreeSet<>(vacancy.requiredSkills());
            Set<Skill> certificates = new TreeSet<>(vacancy.requiredCertificates());
            if (!skills.isEmpty() && Draw.oneIn(in, 3)) {
                Skill gone = Draw.pick(in, List.copyOf(skills));
                skills.remove(gone);
                certificates.remove(gone);
            }
            if (!certificates.isEmpty() && Draw.oneIn(in, 3)) {
                certificates.remove(Draw.pick(in, List.copyOf(certificates)));
            }
            Money wage = Money.ofFen(Math.max(1, vacancy.monthlyWage().fen() + Draw.between(in, -1, 1)));
            return NeedsProfile.builder()
                    .person(PersonId.of("p-" + Draw.between(in, 100_000_000, 999_999_999)))
                    .recordedOn(recordedOn)
                    .street(Places.streetsOf(vacancy.district()).generate(in))
                    .home(home)
                    .status(EmploymentStatus.UNEMPLOYED)
                    .willingness(Willingness.JOB)
                    .skills(skills)
                    .certificates(certificates)
                    .constraints(new WorkConstraints(OptionalInt.of(hours), OptionalInt.of(commute),
                            Draw.oneIn(in, 2), Draw.oneIn(in, 2)))
                    .preferredDistricts(Draw.oneIn(in, 2) ? Set.of(vacancy.district()) : Set.of())
                    .expectedMonthlyWage(wage)
                    .publicWelfarePostEligible(Draw.oneIn(in, 2))
                    .build();
        };
    }

    private static NeedsProfile draw(RandomnessSource in, PersonId person, DivisionCode city, LocalDate recordedOn) {
        DivisionCode district = Draw.pick(in, Places.districts(city));
        StreetCode street = Places.streetsOf(district).generate(in);
        Set<Skill> skills = Skills.sets(0, 4).generate(in);
        Set<Skill> certificates = new TreeSet<>();
        for (Skill s : skills) {
            if (Draw.oneIn(in, 3)) {
                certificates.add(s);
            }
        }
        Set<Skill> wishes = Skills.sets(0, 2).generate(in);
        WorkConstraints constraints = new WorkConstraints(
                Draw.oneIn(in, 3) ? OptionalInt.of(Draw.between(in, 4, 10)) : OptionalInt.empty(),
                Draw.oneIn(in, 2) ? OptionalInt.of(Draw.between(in, 2, 30) * 1000) : OptionalInt.empty(),
                Draw.oneIn(in, 10), Draw.oneIn(in, 4));
        Set<DivisionCode> preferred = new TreeSet<>();
        int n = Draw.between(in, 0, 2);
        for (int i = 0; i < n; i++) {
            preferred.add(Draw.pick(in, Places.districts(city)));
        }
        return NeedsProfile.builder()
                .person(person)
                .recordedOn(recordedOn)
                .street(street)
                .home(Places.near(district).generate(in))
                .status(status(in))
                .willingness(willingness(in))
                .skills(skills)
                .certificates(certificates)
                .trainingWishes(wishes)
                .constraints(constraints)
                .preferredDistricts(preferred)
                .expectedMonthlyWage(Draw.between(in, 0, 2) > 0 ? Money.ofYuan(Draw.between(in, 18, 60) * 100L) : null)
                .publicWelfarePostEligible(Draw.oneIn(in, 4))
                .build();
    }

    private static EmploymentStatus status(RandomnessSource in) {
        int r = Draw.between(in, 0, 99);
        return r < 60 ? EmploymentStatus.UNEMPLOYED : r < 85 ? EmploymentStatus.FLEXIBLY_EMPLOYED
                : r < 93 ? EmploymentStatus.EMPLOYED : EmploymentStatus.SELF_EMPLOYED;
    }

    private static Set<Willingness> willingness(RandomnessSource in) {
        int r = Draw.between(in, 0, 99);
        if (r < 70) {
            return Draw.oneIn(in, 3) ? EnumSet.of(Willingness.JOB, Willingness.FLEXIBLE_WORK)
                    : EnumSet.of(Willingness.JOB);
        }
        return EnumSet.of(r < 85 ? ALONE.get(0) : r < 95 ? ALONE.get(1) : ALONE.get(2));
    }
}
