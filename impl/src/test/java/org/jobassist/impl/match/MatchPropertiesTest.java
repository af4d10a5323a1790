package org.jobassist.impl.match;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.match.MatchBatch;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.MatchWeights;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.ProfileIndex;
import org.jobassist.api.service.match.VacancyIndex;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.impl.JobMatching;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.service.NeedsProfiles;
import org.jobassist.testkit.service.Vacancies;
import org.junit.jupiter.api.Test;
import org.quicktheories.QuickTheory;

/**
 * The laws of matching over random small worlds ({@link MatchWorlds}): the indexes rank
 * exactly as a brute-force sort of every pair checked one by one, no returned match breaks a
 * hard filter (tested here from the fields, not by the engine), rankings do not depend on
 * input order, and the score is monotone in the skills overlap.
 */
class MatchPropertiesTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    private static final JobMatching MATCHING = JobMatching.of(MatchWeights.DEFAULT, 20_000);

    private static QuickTheory qt() {
        return QuickTheory.qt().withFixedSeed(SEED).withExamples(60);
    }

    /** Odd weights with one skill counted, so that the skills points saturate at once. */
    private static final JobMatching ODD = JobMatching.of(MatchWeights.of(7, 3, 11, 5, 1), 12_000);

    private static List<VacancyMatch> bruteForce(JobMatching matching, NeedsProfile p, List<Vacancy> vacancies,
                                                 MatchWorlds w, int k) {
        List<VacancyMatch> all = new ArrayList<>();
        for (Vacancy v : vacancies) {
            MatchCheck c = matching.check(p, v, w.asOf());
            if (c.passed()) {
                all.add(c.toVacancyMatch());
            }
        }
        all.sort(VacancyMatch.BEST_FIRST);
        return all.subList(0, Math.min(k, all.size()));
    }

    @Test
    void topKIsTheBruteForceSortOfAllPassingVacancies() {
        qt().forAll(longs().all(), integers().between(1, 12)).checkAssert((seed, k) -> {
            MatchWorlds w = MatchWorlds.draw(seed, 12, 150);
            for (JobMatching matching : List.of(MATCHING, ODD)) {
                VacancyIndex index = matching.index(w.vacancies());
                int nonEmpty = 0;
                for (NeedsProfile p : w.profiles()) {
                    List<VacancyMatch> top = index.topFor(p, w.asOf(), k);
                    assertEquals(bruteForce(matching, p, w.vacancies(), w, k), top);
                    nonEmpty += top.isEmpty() ? 0 : 1;
                }
                assertTrue(nonEmpty > 0, "the world should give some matches");
            }
        });
    }

    @Test
    void noReturnedMatchBreaksAHardFilter() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            MatchWorlds w = MatchWorlds.draw(seed, 12, 150);
            VacancyIndex index = MATCHING.index(w.vacancies());
            for (NeedsProfile p : w.profiles()) {
                for (VacancyMatch m : index.topFor(p, w.asOf(), 20)) {
                    Vacancy v = w.vacancies().stream().filter(x -> x.id().equals(m.vacancyId())).findFirst()
                            .orElseThrow();
                    assertHardFiltersHold(p, v, w);
                }
            }
            ProfileIndex people = MATCHING.profiles(w.profiles());
            for (Vacancy v : w.vacancies()) {
                for (PersonMatch m : people.topFor(v, w.asOf(), 20)) {
                    NeedsProfile p = w.profiles().stream().filter(x -> x.person().equals(m.person())).findFirst()
                            .orElseThrow();
                    assertHardFiltersHold(p, v, w);
                }
            }
        });
    }

    private static void assertHardFiltersHold(NeedsProfile p, Vacancy v, MatchWorlds w) {
        assertTrue(v.open().contains(w.asOf()), "open");
        Set<Skill> held = new HashSet<>(p.skills());
        held.addAll(p.certificates());
        assertTrue(held.containsAll(v.requiredSkills()), "skills");
        assertTrue(p.certificates().containsAll(v.requiredCertificates()), "certificates");
        assertTrue(!p.constraints().needsAccommodation() || v.suitsDisabled(), "accommodation");
        assertTrue(p.constraints().maxDailyHours().orElse(24) >= v.dailyHours(), "hours");
        assertTrue(!p.constraints().dayShiftOnly() || !v.nightShifts(), "night shift");
        assertTrue(!v.publicWelfarePost() || p.publicWelfarePostEligible(), "public welfare post");
        assertTrue(p.home().distanceMetresTo(v.location()) <= p.constraints().maxCommuteMetres().orElse(20_000),
                "distance");
    }

    /**
     * Vacancies on, just inside and just outside each hard filter of a person (the testkit's
     * {@link Vacancies#nearThresholds}): the index keeps exactly those the pair check passes,
     * and those break no filter. The ids are made distinct for the index.
     */
    @Test
    void atTheEdgeOfEveryFilterTheIndexAgreesWithTheCheck() {
        LocalDate day = LocalDate.of(2021, 1, 10);
        qt().forAll(NeedsProfiles.any(day), longs().all()).checkAssert((p, seed) -> {
            List<Vacancy> edge = new ArrayList<>();
            int i = 0;
            for (Vacancy v : Samples.draw(Vacancies.nearThresholds(p, day), 60, seed)) {
                edge.add(v.toBuilder().id("edge-" + i++).build());
            }
            List<VacancyMatch> top = MATCHING.index(edge).topFor(p, day, 60);
            MatchWorlds w = new MatchWorlds(List.of(p), edge, day);
            assertEquals(bruteForce(MATCHING, p, edge, w, 60), top);
            for (VacancyMatch m : top) {
                assertHardFiltersHold(p, edge.get(Integer.parseInt(m.vacancyId().substring(5))), w);
            }
        });
    }

    @Test
    void peopleForAVacancyAreTheBruteForceSortOfAllPassingPeople() {
        qt().forAll(longs().all(), integers().between(1, 8)).checkAssert((seed, k) -> {
            MatchWorlds w = MatchWorlds.draw(seed, 40, 30);
            ProfileIndex index = MATCHING.profiles(w.profiles());
            for (Vacancy v : w.vacancies()) {
                List<PersonMatch> all = new ArrayList<>();
                for (NeedsProfile p : w.profiles()) {
                    MatchCheck c = MATCHING.check(p, v, w.asOf());
                    if (c.passed()) {
                        all.add(c.toPersonMatch());
                    }
                }
                all.sort(PersonMatch.BEST_FIRST);
                assertEquals(all.subList(0, Math.min(k, all.size())), index.topFor(v, w.asOf(), k));
            }
        });
    }

    @Test
    void rankingsDoNotDependOnInputOrder() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            MatchWorlds w = MatchWorlds.draw(seed, 8, 120);
            List<Vacancy> shuffled = new ArrayList<>(w.vacancies());
            Collections.shuffle(shuffled, new Random(seed));
            VacancyIndex a = MATCHING.index(w.vacancies());
            VacancyIndex b = MATCHING.index(shuffled);
            for (NeedsProfile p : w.profiles()) {
                assertEquals(a.topFor(p, w.asOf(), 7), b.topFor(p, w.asOf(), 7));
                assertEquals(a.topFor(p, w.asOf(), 7), a.topFor(p, w.asOf(), 7));
            }
        });
    }

    @Test
    void aBatchGivesWhatEachQueryGives() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            MatchWorlds w = MatchWorlds.draw(seed, 30, 150);
            VacancyIndex index = MATCHING.index(w.vacancies());
            MatchBatch batch = index.batch(w.profiles(), w.asOf(), 5);
            long count = 0;
            int none = 0;
            for (NeedsProfile p : w.profiles()) {
                List<VacancyMatch> one = index.topFor(p, w.asOf(), 5);
                assertEquals(one, batch.matchesOf(p.person()));
                assertArrayEquals(one.stream().mapToInt(VacancyMatch::points).toArray(), batch.scoresOf(p.person()));
                count += one.size();
                none += one.isEmpty() ? 1 : 0;
            }
            assertEquals(count, batch.matchCount());
            assertEquals(none, batch.peopleWithoutMatch());
            assertEquals(w.profiles().size(), batch.people().size());
        });
    }

    @Test
    void theScoreIsMonotoneInTheSkillsOverlap() {
        qt().forAll(longs().all()).checkAssert(seed -> {
            MatchWorlds w = MatchWorlds.draw(seed, 10, 40);
            MatchWeights weights = MATCHING.weights();
            for (NeedsProfile p : w.profiles()) {
                for (Vacancy v : w.vacancies()) {
                    MatchCheck before = MATCHING.check(p, v, w.asOf());
                    for (Skill s : p.skills()) {
                        if (v.requiredSkills().contains(s)) {
                            continue;
                        }
                        // One more of the person's skills required: one more shared skill.
                        Set<Skill> more = new HashSet<>(v.requiredSkills());
                        more.add(s);
                        MatchCheck after = MATCHING.check(p, v.toBuilder().requiredSkills(more).build(), w.asOf());
                        assertEquals(before.passed(), after.passed());
                        assertTrue(after.score().skills() >= before.score().skills());
                        if (before.passed() && more.size() <= weights.skillsCounted()) {
                            assertTrue(after.score().skills() > before.score().skills());
                        }
                        assertEquals(before.score().total() - before.score().skills(),
                                after.score().total() - after.score().skills());
                    }
                    // A person who gains a skill loses no match and no point.
                    for (Skill s : MatchWorlds.SKILLS) {
                        Set<Skill> more = new HashSet<>(p.skills());
                        more.add(s);
                        MatchCheck gained = MATCHING.check(p.toBuilder().skills(more).build(), v, w.asOf());
                        assertTrue(!before.passed() || gained.passed());
                        assertTrue(gained.score().total() >= before.score().total());
                    }
                }
            }
        });
    }

    @Test
    void skillsPointsAreMonotoneAndCapped() {
        qt().forAll(integers().between(0, 200), integers().between(1, 6), integers().between(0, 10))
                .checkAssert((weight, counted, shared) -> {
                    MatchWeights w = MatchWeights.of(weight, 0, 0, 0, counted);
                    assertTrue(w.skillsPoints(shared + 1) >= w.skillsPoints(shared));
                    assertTrue(w.skillsPoints(shared) <= weight);
                    assertEquals(weight, w.skillsPoints(counted + shared));
                    assertEquals(new MatchScore(w.skillsPoints(shared), 0, 0, 0).total(), w.skillsPoints(shared));
                });
    }
}
