package org.jobassist.impl.match;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import java.util.SplittableRandom;
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
import org.jobassist.api.time.DateRange;

/**
 * Small random worlds for the matching properties, dense enough that every filter both holds
 * and fails often: 6 skills, 3 counties within about 30 km, vacancies open around the date.
 */
record MatchWorlds(List<NeedsProfile> profiles, List<Vacancy> vacancies, LocalDate asOf) {

    static final List<Skill> SKILLS = List.of(Skill.of("welding"), Skill.of("forklift-driving"),
            Skill.of("electrician"), Skill.of("home-care"), Skill.of("cooking"), Skill.of("cleaning"));
    static final List<DivisionCode> COUNTIES = List.of(DivisionCode.of("210102"), DivisionCode.of("210103"),
            DivisionCode.of("210104"));

    static MatchWorlds draw(long seed, int people, int posts) {
        SplittableRandom r = new SplittableRandom(seed);
        LocalDate asOf = LocalDate.of(2021, 1, 10);
        List<NeedsProfile> profiles = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            profiles.add(profile(r, "P-" + r.nextInt(1000) + "-" + i));
        }
        List<Vacancy> vacancies = new ArrayList<>();
        for (int i = 0; i < posts; i++) {
            vacancies.add(vacancy(r, "V-" + r.nextInt(100) + "-" + i, asOf));
        }
        return new MatchWorlds(profiles, vacancies, asOf);
    }

    static Location near(SplittableRandom r) {
        return Location.ofMicroDegrees(41_790_000 + r.nextInt(-150_000, 150_001), 123_400_000 + r.nextInt(-200_000, 200_001));
    }

    static Set<Skill> someSkills(SplittableRandom r, int max) {
        Set<Skill> s = new HashSet<>();
        int n = r.nextInt(max + 1);
        for (int i = 0; i < n; i++) {
            s.add(SKILLS.get(r.nextInt(SKILLS.size())));
        }
        return s;
    }

    static NeedsProfile profile(SplittableRandom r, String id) {
        Set<Skill> skills = someSkills(r, 5);
        Set<Skill> certificates = new HashSet<>();
        for (Skill s : skills) {
            if (r.nextInt(3) == 0) {
                certificates.add(s);
            }
        }
        DivisionCode county = COUNTIES.get(r.nextInt(COUNTIES.size()));
        Set<DivisionCode> preferred = new HashSet<>();
        if (r.nextBoolean()) {
            preferred.add(COUNTIES.get(r.nextInt(COUNTIES.size())));
        }
        List<Willingness> will = switch (r.nextInt(4)) {
            case 0 -> List.of(Willingness.JOB);
            case 1 -> List.of(Willingness.FLEXIBLE_WORK);
            case 2 -> List.of(Willingness.SELF_EMPLOYMENT, Willingness.JOB);
            default -> List.of(Willingness.NONE);
        };
        WorkConstraints constraints = new WorkConstraints(
                r.nextBoolean() ? OptionalInt.of(r.nextInt(4, 13)) : OptionalInt.empty(),
                r.nextBoolean() ? OptionalInt.of(r.nextInt(2_000, 40_000)) : OptionalInt.empty(),
                r.nextInt(4) == 0, r.nextInt(3) == 0);
        return NeedsProfile.builder().person(PersonId.of(id)).recordedOn(LocalDate.of(2020, 12, 1))
                .street(StreetCode.of(county, 1 + r.nextInt(3))).home(near(r))
                .status(EmploymentStatus.UNEMPLOYED).willingness(will).skills(skills).certificates(certificates)
                .constraints(constraints).preferredDistricts(preferred)
                .expectedMonthlyWage(r.nextBoolean() ? Money.ofFen(r.nextLong(150_000, 600_000)) : null)
                .publicWelfarePostEligible(r.nextBoolean()).build();
    }

    static Vacancy vacancy(SplittableRandom r, String id, LocalDate asOf) {
        Set<Skill> required = someSkills(r, 2);
        Set<Skill> certificates = new HashSet<>();
        for (Skill s : required) {
            if (r.nextInt(4) == 0) {
                certificates.add(s);
            }
        }
        LocalDate start = asOf.plusDays(r.nextInt(-60, 10));
        return Vacancy.builder().id(id).employer(MatchFixtures.EMPLOYER).post("post")
                .district(COUNTIES.get(r.nextInt(COUNTIES.size()))).location(near(r)).requiredSkills(required)
                .requiredCertificates(certificates).monthlyWage(Money.ofFen(r.nextLong(150_000, 600_000)))
                .dailyHours(r.nextInt(4, 13)).nightShifts(r.nextInt(3) == 0).suitsDisabled(r.nextBoolean())
                .publicWelfarePost(r.nextInt(5) == 0)
                .open(r.nextInt(5) == 0 ? DateRange.startingOn(start) : DateRange.of(start, start.plusDays(r.nextInt(80))))
                .positions(1).build();
    }
}
