package org.jobassist.examples.province;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.person.People;
import org.jobassist.testkit.subsidy.ProvinceBatches;
import org.quicktheories.core.RandomnessSource;

/**
 * A province drawn by the testkit's generators from a fixed seed: the same seed and size give
 * the same province.
 *
 * <p>Person {@code i} is a {@link People#scenarios(LocalDate)} case drawn as of the end of
 * month {@code i mod 12 + 1} of 2021, so that registrations, referrals and registry evidence
 * start and end all through the year: each person lives in a Liaoning county (so in one of
 * the 14 cities), holds each registry flag one time in four near that date, has a contribution
 * history near 12 months without employer contribution and, one time in four, a household
 * register that passes the household conditions. A person whose id repeats one drawn before is
 * skipped, and so is a household sharing a member id with an earlier one.
 *
 * <p>Relations link each household's head to its other members: spouses when of the other
 * gender and born at most ten years apart, married when the younger turned 22 (one spouse
 * each); parent and child when born at least 18 years apart (the head has at most one parent this way). Enterprises: one work-for-training
 * enterprise for every 40 people with a trainee for every 2 people in all, and one refund unit for
 * every 4 people ({@link ProvinceBatches}); 50 units employ the public welfare posts.
 *
 * <p>Stateless and thread-safe.
 */
public final class GeneratedProvince {

    /** Units that employ public welfare post holders. */
    static final int POST_EMPLOYERS = 50;

    private GeneratedProvince() {}

    /**
     * Draws a province.
     *
     * @param size how many people, at least 1
     * @param seed the seed
     * @return the population, outcomes left to the run
     * @throws IllegalArgumentException if {@code size} is below 1
     */
    public static Population generate(int size, long seed) {
        if (size < 1) {
            throw new IllegalArgumentException("size must be at least 1");
        }
        RandomnessSource in = Samples.randomness(seed);
        List<PersonRecord> people = new ArrayList<>(size);
        List<Evidence> evidence = new ArrayList<>();
        List<ContributionHistory> contributions = new ArrayList<>(size);
        List<HouseholdRegister> households = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>(size * 2);
        int drawn = 0;
        while (people.size() < size) {
            LocalDate asOf = YearMonth.of(2021, drawn % 12 + 1).atEndOfMonth();
            drawn++;
            People.Scenario c = People.scenarios(asOf).generate(in);
            PersonRecord person = c.person();
            if (seen.contains(person.id())) {
                continue;
            }
            Optional<HouseholdRegister> household = c.household();
            if (household.isPresent()) {
                boolean clash = false;
                for (HouseholdMember m : household.get().members()) {
                    clash |= !m.id().equals(person.id()) && seen.contains(m.id());
                }
                if (clash) {
                    continue;
                }
                household.get().members().forEach(m -> seen.add(m.id()));
                households.add(household.get());
            }
            seen.add(person.id());
            people.add(person);
            evidence.addAll(c.evidence());
            contributions.add(c.contributions());
        }
        List<UnifiedSocialCreditCode> employers = new ArrayList<>(POST_EMPLOYERS);
        Set<UnifiedSocialCreditCode> codes = new HashSet<>();
        while (employers.size() < POST_EMPLOYERS) {
            UnifiedSocialCreditCode code = Identities.creditCodes().generate(in);
            if (codes.add(code)) {
                employers.add(code);
            }
        }
        int enterprises = Math.max(1, size / 40);
        return new Population("generated, " + size + " people, seed " + seed, seed, people, households,
                relations(households), evidence, contributions, Optional.empty(), Map.of(), employers,
                ProvinceBatches.workForTraining(enterprises, Math.max(enterprises, size / 2), seed),
                ProvinceBatches.refunds(size / 4, seed));
    }

    /**
     * The kinship facts of the registers, valid by construction (see the class comment).
     *
     * @param households the registers
     * @return one batch with every household member and relation
     */
    static KinshipBatch relations(List<HouseholdRegister> households) {
        KinshipBatch.Builder b = KinshipBatch.builder();
        for (HouseholdRegister h : households) {
            Map<PersonId, HouseholdMember> byId = new HashMap<>();
            for (HouseholdMember m : h.members()) {
                byId.put(m.id(), m);
                b.person(KinPerson.of(m.id(), gender(m), m.birthDate()));
            }
            HouseholdMember head = byId.get(h.head());
            boolean married = false;
            boolean headHasParent = false;
            for (HouseholdMember m : h.members()) {
                if (m.id().equals(head.id())) {
                    continue;
                }
                LocalDate older = head.birthDate().isBefore(m.birthDate()) ? head.birthDate() : m.birthDate();
                LocalDate younger = older.equals(head.birthDate()) ? m.birthDate() : head.birthDate();
                LocalDate wedding = younger.plusYears(22);
                if (!married && gender(m) != gender(head) && !older.plusYears(10).isBefore(younger)
                        && wedding.isBefore(YearMonth.of(2021, 1).atDay(1))) {
                    b.marriage(Marriage.of(head.id(), m.id(), wedding));
                    married = true;
                } else if (!older.plusYears(18).isAfter(younger)) {
                    if (head.birthDate().equals(older)) {
                        b.parentage(Parentage.birth(head.id(), m.id()));
                    } else if (!headHasParent) {
                        // One birth parent from this rule: two older members need not be a couple.
                        b.parentage(Parentage.birth(m.id(), head.id()));
                        headHasParent = true;
                    }
                }
            }
        }
        return b.build();
    }

    private static Gender gender(HouseholdMember m) {
        return m.retirementClass() == RetirementClass.MALE_60 ? Gender.MALE : Gender.FEMALE;
    }
}
