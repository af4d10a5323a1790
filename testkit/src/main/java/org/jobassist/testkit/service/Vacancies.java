package org.jobassist.testkit.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Vacancies in the districts of the 14 cities ({@link Places}), open on a given day:
 *
 * <ul>
 *   <li>open from 0 to 60 days before the day to 1 to 90 days after it;</li>
 *   <li>0 to 3 required skills from {@link Skills}, each needing a certificate with
 *       probability 1/4; the post title is the first skill's Chinese name, or 普工;</li>
 *   <li>a wage of 1,900 to 9,000 yuan in hundreds; 8 hours a day (1 in 2), else 4 to 12;
 *       night shifts 1 in 5; suits disabled people 1 in 6; 1 to 20 positions;</li>
 *   <li>1 in 10 a public welfare post: 1,900 to 2,500 yuan, at most 8 hours, no night shifts.</li>
 * </ul>
 *
 * <p>{@link #nearThresholds(NeedsProfile, LocalDate)} makes vacancies that sit on, just inside
 * or just outside each hard filter of a profile, for the matching filters' property tests.
 *
 * <p>Stateless and thread-safe.
 */
public final class Vacancies {

    private static final Map<DivisionCode, Gen<UnifiedSocialCreditCode>> EMPLOYERS = new ConcurrentHashMap<>();

    private Vacancies() {}

    private static Gen<UnifiedSocialCreditCode> employers(DivisionCode district) {
        return EMPLOYERS.computeIfAbsent(district, d -> Identities.creditCodes().in(d));
    }

    /**
     * Vacancies of any of the 14 cities, open on {@code day}, ids {@code v-<9 digits>}.
     *
     * @param day a day the vacancy is open
     * @return the generator
     */
    public static Gen<Vacancy> openOn(LocalDate day) {
        Objects.requireNonNull(day, "day");
        return in -> draw(in, "v-" + Draw.between(in, 100_000_000, 999_999_999),
                Draw.pick(in, Places.districts(Draw.pick(in, Places.cities()))), day);
    }

    /**
     * Vacancies of {@code city}, open on {@code day}.
     *
     * @param city one of the 14 cities
     * @param day a day the vacancy is open
     * @return the generator
     * @throws IllegalArgumentException if {@code city} is not one of the 14 cities
     */
    public static Gen<Vacancy> inCity(DivisionCode city, LocalDate day) {
        List<DivisionCode> districts = Places.districts(city);
        Objects.requireNonNull(day, "day");
        return in -> draw(in, "v-" + Draw.between(in, 100_000_000, 999_999_999), Draw.pick(in, districts), day);
    }

    /**
     * {@code count} vacancies with distinct ids {@code v<8-digit index>}, open on {@code day},
     * in {@code area} (the province: every city equally likely; a city), deterministic from
     * {@code seed}.
     *
     * @param area the province or one of the 14 cities
     * @param count how many, not negative
     * @param day a day every vacancy is open
     * @param seed the seed
     * @return an unmodifiable list
     * @throws IllegalArgumentException if the area is a county or unknown, or the count negative
     */
    public static List<Vacancy> market(DivisionCode area, int count, LocalDate day, long seed) {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(day, "day");
        if (count < 0 || area.level() == DivisionLevel.COUNTY) {
            throw new IllegalArgumentException("need a province or city and a count not negative");
        }
        List<DivisionCode> cities = area.level() == DivisionLevel.PROVINCE ? Places.cities() : List.of(area);
        cities.forEach(Places::districts);
        RandomnessSource in = Samples.randomness(seed);
        List<Vacancy> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            DivisionCode district = Draw.pick(in, Places.districts(Draw.pick(in, cities)));
            list.add(draw(in, String.format("v%08d", i), district, day));
        }
        return List.copyOf(list);
    }

    /**
     * Vacancies at the edge of each hard filter of {@code profile}: the workplace is at the
     * profile's commute limit plus −1, 0 or +1 metre from home (anywhere within 5 km without a
     * limit); the daily hours are its limit plus −1, 0 or +1 (within 1 to 24; 8 without a
     * limit); the required skills are some of the person's with (1 in 3) one the person lacks;
     * the required certificates some of the person's with (1 in 3) a required skill the person
     * is not certified in; the wage is the expected wage plus −1, 0 or +1 fen (3,000 yuan
     * without one); night shifts, suitability for disabled people and public-welfare status
     * each drawn; open on {@code day}, or (1 in 5) closed the day before or opening the day
     * after. The district is the person's county or a preferred district.
     *
     * @param profile the profile
     * @param day the day of matching
     * @return the generator
     * @throws NullPointerException if an argument is null
     */
    public static Gen<Vacancy> nearThresholds(NeedsProfile profile, LocalDate day) {
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(day, "day");
        return in -> {
            List<DivisionCode> districts = new ArrayList<>(profile.preferredDistricts());
            districts.add(profile.street().county());
            Location location;
            if (profile.constraints().maxCommuteMetres().isPresent()) {
                long limit = profile.constraints().maxCommuteMetres().getAsInt();
                location = Places.atDistance(profile.home(), Math.max(0, limit + Draw.between(in, -1, 1)));
            } else {
                location = Places.atDistance(profile.home(), Draw.between(in, 0, 5000));
            }
            int hours = profile.constraints().maxDailyHours().isPresent()
                    ? Math.max(1, Math.min(24, profile.constraints().maxDailyHours().getAsInt()
                            + Draw.between(in, -1, 1)))
                    : 8;
            Set<Skill> required = new TreeSet<>();
            for (Skill s : profile.skills()) {
                if (Draw.oneIn(in, 2)) {
                    required.add(s);
                }
            }
            Set<Skill> certificates = new TreeSet<>();
            for (Skill s : required) {
                if (profile.certificates().contains(s) && Draw.oneIn(in, 2)) {
                    certificates.add(s);
                }
            }
            if (Draw.oneIn(in, 3)) {
                List<Skill> uncertified = required.stream().filter(s -> !profile.certificates().contains(s)).toList();
                if (!uncertified.isEmpty()) {
                    certificates.add(Draw.pick(in, uncertified));
                }
            }
            if (Draw.oneIn(in, 3)) {
                List<Skill> lacking = Skills.skills().stream().filter(s -> !profile.skills().contains(s)).toList();
                required.add(Draw.pick(in, lacking));
            }
            Money wage = profile.expectedMonthlyWage()
                    .map(w -> Money.ofFen(Math.max(1, w.fen() + Draw.between(in, -1, 1))))
                    .orElse(Money.ofYuan(3000));
            int openCase = Draw.between(in, 0, 9);
            DateRange open = openCase == 0 ? DateRange.of(day.minusDays(30), day.minusDays(1))
                    : openCase == 1 ? DateRange.of(day.plusDays(1), day.plusDays(30))
                    : DateRange.of(day.minusDays(Draw.between(in, 0, 30)), day.plusDays(Draw.between(in, 0, 30)));
            DivisionCode district = Draw.pick(in, districts);
            return Vacancy.builder()
                    .id("v-" + Draw.between(in, 100_000_000, 999_999_999))
                    .employer(employers(district).generate(in))
                    .post(title(required))
                    .district(district)
                    .location(location)
                    .requiredSkills(required)
                    .requiredCertificates(certificates)
                    .monthlyWage(wage)
                    .dailyHours(hours)
                    .nightShifts(Draw.oneIn(in, 2))
                    .suitsDisabled(Draw.oneIn(in, 2))
                    .publicWelfarePost(Draw.oneIn(in, 3))
                    .open(open)
                    .positions(Draw.between(in, 1, 5))
                    .build();
        };
    }

    private static Vacancy draw(RandomnessSource in, String id, DivisionCode district, LocalDate day) {
        boolean welfare = Draw.oneIn(in, 10);
        Set<Skill> required = welfare ? Set.of() : Skills.sets(0, 3).generate(in);
        Set<Skill> certificates = new TreeSet<>();
        for (Skill s : required) {
            if (Draw.oneIn(in, 4)) {
                certificates.add(s);
            }
        }
        int hours = Draw.oneIn(in, 2) ? 8 : Draw.between(in, 4, 12);
        return Vacancy.builder()
                .id(id)
                .employer(employers(district).generate(in))
                .post(welfare ? "公益性岗位" : title(required))
                .district(district)
                .location(Places.near(district).generate(in))
                .requiredSkills(required)
                .requiredCertificates(certificates)
                .monthlyWage(Money.ofYuan(100L * (welfare ? Draw.between(in, 19, 25) : Draw.between(in, 19, 90))))
                .dailyHours(welfare ? Math.min(8, hours) : hours)
                .nightShifts(!welfare && Draw.oneIn(in, 5))
                .suitsDisabled(Draw.oneIn(in, 6))
                .publicWelfarePost(welfare)
                .open(DateRange.of(day.minusDays(Draw.between(in, 0, 60)), day.plusDays(Draw.between(in, 1, 90))))
                .positions(Draw.between(in, 1, 20))
                .build();
    }

    private static String title(Set<Skill> required) {
        return required.isEmpty() ? "普工"
                : Skills.find(required.iterator().next()).map(Skills.Entry::nameZh).orElse("普工");
    }
}
