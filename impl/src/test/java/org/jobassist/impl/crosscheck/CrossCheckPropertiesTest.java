package org.jobassist.impl.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.crosscheck.CrossCheckReport;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.crosscheck.Discrepancy;
import org.jobassist.api.crosscheck.DiscrepancyKind;
import org.jobassist.api.family.PersonId;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.crosscheck.CrossCheckCases;
import org.jobassist.testkit.crosscheck.CrossCheckCases.World;
import org.jobassist.testkit.crosscheck.PlantedPerson;
import org.junit.jupiter.api.Test;

/** The cross-check's laws over generated worlds (QuickTheories, fixed seed). */
class CrossCheckPropertiesTest {

    private static final int EXAMPLES = 150;
    private static final CrossCheckRequest FULL = CrossCheckRequest.full(CrossCheckCases.AS_OF,
            CrossCheckCases.PAID_PERIOD);

    private static Map<PersonId, Set<DiscrepancyKind>> kindsByPerson(List<Discrepancy> found) {
        Map<PersonId, Set<DiscrepancyKind>> map = new HashMap<>();
        for (Discrepancy d : found) {
            map.computeIfAbsent(d.person(), p -> EnumSet.noneOf(DiscrepancyKind.class)).add(d.kind());
        }
        return map;
    }

    @Test
    void everyPlantedDiscrepancyIsFoundAndNoneForACleanPerson() {
        Properties.qt().withExamples(EXAMPLES).forAll(CrossCheckCases.worlds(12)).checkAssert(world -> {
            Sources s = new Sources();
            world.loadInto(s.people, s.recognitions, s.registries, s.a, s.b);
            CrossCheckReport report = s.check.run(FULL);
            Map<PersonId, Set<DiscrepancyKind>> found = kindsByPerson(report.discrepancies());
            for (PlantedPerson p : world.people()) {
                assertEquals(p.planted(), found.getOrDefault(p.person().id(), Set.of()), p::toString);
            }
            assertEquals(world.people().size(), report.peopleChecked());
            assertEquals(report.discrepancies().size(), report.total());
        });
    }

    @Test
    void everyKindIsPlantedSomewhere() {
        // Guards the generator: the property above would pass vacuously for a kind never planted.
        Set<DiscrepancyKind> seen = EnumSet.noneOf(DiscrepancyKind.class);
        int[] clean = new int[1];
        Properties.qt().withExamples(100).forAll(CrossCheckCases.people()).checkAssert(p -> {
            seen.addAll(p.planted());
            clean[0] += p.isClean() ? 1 : 0;
        });
        assertEquals(EnumSet.allOf(DiscrepancyKind.class), seen);
        assertTrue(clean[0] > 10, "clean people drawn: " + clean[0]);
    }

    @Test
    void incrementalIsASubsetOfFullAndEqualWhenEverythingChanged() {
        Properties.qt().withExamples(EXAMPLES).forAll(CrossCheckCases.worlds(12)).checkAssert(world -> {
            Sources s = new Sources();
            long before = s.check.run(FULL).nextSequence();
            int half = world.people().size() / 2;
            World first = new World(world.asOf(), world.paidPeriod(), world.people().subList(0, half));
            World second = new World(world.asOf(), world.paidPeriod(),
                    world.people().subList(half, world.people().size()));
            first.loadInto(s.people, s.recognitions, s.registries, s.a, s.b);
            long middle = s.check.run(FULL).nextSequence();
            second.loadInto(s.people, s.recognitions, s.registries, s.a, s.b);

            List<Discrepancy> full = s.check.run(FULL).discrepancies();
            List<Discrepancy> everything = s.check.run(CrossCheckRequest.since(before, world.asOf(),
                    world.paidPeriod())).discrepancies();
            assertEquals(full, everything, "everything changed since before the load");

            List<Discrepancy> sinceMiddle = s.check.run(CrossCheckRequest.since(middle, world.asOf(),
                    world.paidPeriod())).discrepancies();
            assertTrue(new HashSet<>(full).containsAll(sinceMiddle));
            Set<PersonId> changed = new HashSet<>();
            second.people().forEach(p -> changed.add(p.person().id()));
            List<Discrepancy> expected = new ArrayList<>();
            for (Discrepancy d : full) {
                if (changed.contains(d.person())) {
                    expected.add(d);
                }
            }
            assertEquals(expected, sinceMiddle, "only the people loaded after the middle position");
        });
    }

    @Test
    void aStreamedRunFindsWhatACollectedRunFinds() {
        Properties.qt().withExamples(50).forAll(CrossCheckCases.worlds(12)).checkAssert(world -> {
            Sources s = new Sources();
            world.loadInto(s.people, s.recognitions, s.registries, s.a, s.b);
            List<Discrepancy> streamed = new ArrayList<>();
            CrossCheckReport report = s.check.run(FULL, streamed::add);
            streamed.sort(Discrepancy.ORDER);
            CrossCheckReport collected = s.check.run(FULL);
            assertEquals(collected.discrepancies(), streamed);
            assertEquals(List.of(), report.discrepancies());
            assertEquals(collected.counts(), report.counts());
        });
    }

    @Test
    void registriesAskedOneByOneReportWhatTheSharedTableReports() {
        Properties.qt().withExamples(EXAMPLES).forAll(CrossCheckCases.worlds(12)).checkAssert(world -> {
            Sources shared = new Sources();
            Sources apart = Sources.apart();
            world.loadInto(shared.people, shared.recognitions, shared.registries, shared.a, shared.b);
            world.loadInto(apart.people, apart.recognitions, apart.registries, apart.a, apart.b);
            CrossCheckReport fast = shared.check.run(FULL);
            CrossCheckReport slow = apart.check.run(FULL);
            assertEquals(slow.discrepancies(), fast.discrepancies());
            assertEquals(slow.counts(), fast.counts());
            assertEquals(slow.paymentsChecked(), fast.paymentsChecked());
        });
    }

    @Test
    void aParallelRunReportsWhatASequentialRunReports() {
        Properties.qt().withExamples(EXAMPLES).forAll(CrossCheckCases.worlds(60), integers().between(2, 5))
                .checkAssert((world, threads) -> {
                    for (Sources s : List.of(new Sources(), Sources.apart())) {
                        world.loadInto(s.people, s.recognitions, s.registries, s.a, s.b);
                        CrossCheckReport sequential = s.check.run(FULL);
                        CrossCheckReport parallel = s.check.runParallel(FULL, threads);
                        assertEquals(sequential, parallel);
                        assertEquals(sequential, s.check.runParallel(FULL, 1));
                        assertEquals(world.people().size(), parallel.peopleChecked());
                    }
                });
    }
}
