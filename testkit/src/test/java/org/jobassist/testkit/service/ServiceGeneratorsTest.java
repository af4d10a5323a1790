package org.jobassist.testkit.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

/** The services generators: realistic lists, places, profiles, vacancies near thresholds, records and referrals. */
class ServiceGeneratorsTest {

    private static final LocalDate DAY = LocalDate.of(2021, 1, 15);
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");

    @Test
    void skillsList() {
        List<Skills.Entry> all = Skills.all();
        assertAll(
                () -> assertEquals(60, all.size()),
                () -> assertEquals(60, all.stream().map(Skills.Entry::skill).distinct().count()),
                () -> assertEquals(60, all.stream().map(Skills.Entry::nameZh).distinct().count()),
                () -> assertTrue(all.stream().allMatch(e -> e.nameZh().codePoints().anyMatch(c -> c > 0x4e00))),
                () -> assertEquals("焊工", Skills.find(Skill.of("welding")).orElseThrow().nameZh()),
                () -> assertEquals("养老护理员", Skills.find(Skill.of("home-care")).orElseThrow().nameZh()),
                () -> assertTrue(Skills.find(Skill.of("astronaut")).isEmpty()),
                () -> assertThrows(IllegalArgumentException.class, () -> Skills.sets(2, 1)),
                () -> assertThrows(IllegalArgumentException.class, () -> Skills.sets(0, 61)));
        Properties.qt().forAll(Skills.sets(1, 4)).checkAssert(set -> {
            assertTrue(set.size() >= 1 && set.size() <= 4);
            assertTrue(Skills.skills().containsAll(set));
        });
    }

    @Test
    void placesOfTheFourteenCities() {
        assertEquals(14, Places.cities().size());
        for (DivisionCode city : Places.cities()) {
            assertFalse(Places.districts(city).isEmpty(), city.toString());
            for (DivisionCode d : Places.districts(city)) {
                assertEquals(DivisionLevel.COUNTY, d.level());
                assertTrue(city.contains(d));
                Location c = Places.centre(d);
                // Liaoning lies within 38.7–43.5 N, 118.8–125.8 E.
                assertTrue(c.latitudeMicroDegrees() > 38_500_000 && c.latitudeMicroDegrees() < 43_600_000, d.toString());
                assertTrue(c.longitudeMicroDegrees() > 118_500_000 && c.longitudeMicroDegrees() < 126_000_000, d.toString());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> Places.districts(DivisionCode.of("220100")));
        Properties.qt().forAll(Places.anyDistrict()).checkAssert(d -> {
            Location c = Places.centre(d);
            for (Location p : Samples.draw(Places.near(d), 3, d.hashCode())) {
                // 0.03 degree either way: at most about 4.4 km on the diagonal.
                assertTrue(p.distanceMetresTo(c) <= 4_500, d + " " + p);
            }
        });
    }

    @Test
    void atDistanceIsExact() {
        Location home = Location.ofMicroDegrees(41_800_000, 123_400_000);
        for (long m : new long[] {0, 1, 2, 999, 1000, 1001, 29_999, 30_000, 30_001, 250_000}) {
            assertEquals(m, Places.atDistance(home, m).distanceMetresTo(home));
        }
        assertThrows(IllegalArgumentException.class, () -> Places.atDistance(home, -1));
    }

    @Test
    void profilesAreValidAndRealistic() {
        List<NeedsProfile> population = NeedsProfiles.population(SHENYANG, 2_000, DAY, Properties.seed());
        assertEquals(population, NeedsProfiles.population(SHENYANG, 2_000, DAY, Properties.seed()));
        assertEquals(2_000, population.stream().map(NeedsProfile::person).distinct().count());
        assertTrue(population.stream().allMatch(p -> SHENYANG.contains(p.street().county()) && p.recordedOn().equals(DAY)));
        assertTrue(population.stream().allMatch(p -> p.preferredDistricts().stream().allMatch(SHENYANG::contains)));
        long job = population.stream().filter(p -> p.willingness().contains(Willingness.JOB)).count();
        long limited = population.stream().filter(p -> p.constraints().maxCommuteMetres().isPresent()).count();
        // 70% and 50% of 2,000, within a generous margin.
        assertTrue(job > 1_250 && job < 1_550, "job seekers " + job);
        assertTrue(limited > 850 && limited < 1_150, "commute limits " + limited);
        Properties.qt().forAll(NeedsProfiles.any(DAY)).checkAssert(p -> {
            assertTrue(p.skills().containsAll(p.certificates()));
            assertTrue(Places.cities().stream().anyMatch(c -> c.contains(p.street().county())));
        });
    }

    @Test
    void vacanciesOfAMarket() {
        List<Vacancy> market = Vacancies.market(DivisionCode.LIAONING, 3_000, DAY, Properties.seed());
        assertEquals(market, Vacancies.market(DivisionCode.LIAONING, 3_000, DAY, Properties.seed()));
        assertEquals(3_000, market.stream().map(Vacancy::id).distinct().count());
        assertTrue(market.stream().allMatch(v -> v.isOpenOn(DAY)));
        Set<DivisionCode> cities = market.stream().map(v -> v.district().parent().orElseThrow())
                .collect(Collectors.toSet());
        assertEquals(new HashSet<>(Places.cities()), cities);
        long welfare = market.stream().filter(Vacancy::publicWelfarePost).count();
        assertTrue(welfare > 200 && welfare < 400, "public welfare posts " + welfare);
        assertTrue(market.stream().filter(Vacancy::publicWelfarePost)
                .allMatch(v -> v.dailyHours() <= 8 && !v.nightShifts()));
        assertTrue(Vacancies.market(SHENYANG, 100, DAY, 1).stream().allMatch(v -> SHENYANG.contains(v.district())));
        assertThrows(IllegalArgumentException.class, () -> Vacancies.market(DivisionCode.of("210102"), 1, DAY, 1));
        Properties.qt().forAll(Vacancies.inCity(SHENYANG, DAY)).checkAssert(v -> assertTrue(v.isOpenOn(DAY)));
    }

    @Test
    void vacanciesNearAProfilesThresholds() {
        Set<Long> commuteOffsets = new HashSet<>();
        Set<Integer> hourOffsets = new HashSet<>();
        Set<Long> wageOffsets = new HashSet<>();
        boolean[] lacking = new boolean[1];
        boolean[] closed = new boolean[1];
        NeedsProfile base = Samples.draw(NeedsProfiles.inCity(SHENYANG, DAY), 50, Properties.seed()).stream()
                .filter(p -> p.constraints().maxCommuteMetres().isPresent() && p.constraints().maxDailyHours().isPresent()
                        && p.expectedMonthlyWage().isPresent() && p.skills().size() >= 2)
                .findFirst().orElseThrow();
        for (Vacancy v : Samples.draw(Vacancies.nearThresholds(base, DAY), 300, Properties.seed())) {
            commuteOffsets.add(v.location().distanceMetresTo(base.home()) - base.constraints().maxCommuteMetres().getAsInt());
            hourOffsets.add(v.dailyHours() - base.constraints().maxDailyHours().getAsInt());
            wageOffsets.add(v.monthlyWage().fen() - base.expectedMonthlyWage().orElseThrow().fen());
            lacking[0] |= !base.skills().containsAll(v.requiredSkills());
            closed[0] |= !v.isOpenOn(DAY);
        }
        assertAll(
                () -> assertEquals(Set.of(-1L, 0L, 1L), commuteOffsets),
                () -> assertEquals(Set.of(-1, 0, 1), hourOffsets),
                () -> assertEquals(Set.of(-1L, 0L, 1L), wageOffsets),
                () -> assertTrue(lacking[0], "some vacancy needs a skill the person lacks"),
                () -> assertTrue(closed[0], "some vacancy is closed on the day"));
    }

    @Test
    void profilesNearAVacancysThresholds() {
        Vacancy v = Vacancies.market(SHENYANG, 40, DAY, Properties.seed()).stream()
                .filter(x -> x.requiredSkills().size() >= 2).findFirst().orElseThrow();
        Set<Long> commute = new HashSet<>();
        Set<Integer> hours = new HashSet<>();
        boolean missing = false;
        for (NeedsProfile p : Samples.draw(NeedsProfiles.nearThresholds(v, DAY), 300, Properties.seed())) {
            commute.add(p.constraints().maxCommuteMetres().getAsInt() - p.home().distanceMetresTo(v.location()));
            hours.add(p.constraints().maxDailyHours().getAsInt() - v.dailyHours());
            missing |= !p.skills().containsAll(v.requiredSkills());
            assertEquals(v.district(), p.street().county());
        }
        assertEquals(Set.of(-1L, 0L, 1L), commute);
        assertTrue(hours.containsAll(Set.of(0, 1)), hours.toString());
        assertTrue(missing);
    }

    @Test
    void recordsAndReferrals() {
        PersonId p = PersonId.of("p-1");
        DateRange march = DateRange.ofMonth(java.time.YearMonth.of(2021, 3));
        List<ServiceRecord> records = Samples.draw(ServiceRecords.of(p, march), 500, Properties.seed());
        assertTrue(records.stream().allMatch(r -> march.contains(r.date()) && r.person().equals(p)));
        assertEquals(Set.of(ServiceActionKind.values()), records.stream().map(ServiceRecord::kind).collect(Collectors.toSet()));
        assertEquals(Set.of(ServiceOutcome.values()), records.stream().map(ServiceRecord::outcome).collect(Collectors.toSet()));
        assertTrue(Samples.draw(ServiceRecords.of(p, ServiceActionKind.TRAINING, ServiceOutcome.REFUSED, march), 20, 1)
                .stream().allMatch(r -> r.kind() == ServiceActionKind.TRAINING && r.outcome() == ServiceOutcome.REFUSED));
        List<Referral> referrals = Samples.draw(Referrals.of(p, List.of("v1", "v2"), march), 500, Properties.seed());
        assertEquals(Set.of(ReferralOutcome.values()), referrals.stream().map(Referral::outcome).collect(Collectors.toSet()));
        assertTrue(referrals.stream().allMatch(r -> march.contains(r.date())
                && r.outcomeDate().map(d -> !d.isBefore(r.date())).orElse(r.outcome() == ReferralOutcome.PENDING)));
        assertTrue(referrals.stream().filter(r -> r.outcome() == ReferralOutcome.REFUSED)
                .allMatch(r -> Referrals.REFUSAL_REASONS.contains(r.refusalReason().orElseThrow())));
        assertTrue(Samples.draw(Referrals.of(p, List.of("v1"), march, ReferralOutcome.ACCEPTED_HIRED, false), 20, 1)
                .stream().allMatch(r -> r.outcome() == ReferralOutcome.ACCEPTED_HIRED && !r.suitable()));
        assertThrows(IllegalArgumentException.class, () -> ServiceRecords.of(p, DateRange.startingOn(DAY)));
        assertThrows(IllegalArgumentException.class, () -> Referrals.of(p, List.of(), march));
    }
}
