package org.jobassist.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;

import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.Constraint;

class SamplesTest {

    @Test
    void theSameSeedGivesTheSameList() {
        Properties.qt().withExamples(100).forAll(SourceDSL.longs().all()).checkAssert(seed ->
                assertEquals(Samples.draw(Identities.residentIdNumbers(), 20, seed),
                        Samples.draw(Identities.residentIdNumbers(), 20, seed)));
    }

    @Test
    void differentSeedsGiveDifferentLists() {
        Properties.qt().withExamples(100).forAll(SourceDSL.longs().all()).checkAssert(seed ->
                assertNotEquals(Samples.draw(Identities.residentIdNumbers(), 20, seed),
                        Samples.draw(Identities.residentIdNumbers(), 20, seed + 1)));
    }

    @Test
    void drawsExactlyTheCountAskedFor() {
        assertEquals(0, Samples.draw(Identities.residentIdNumbers(), 0, 1L).size());
        assertEquals(1234, Samples.draw(Identities.residentIdNumbers(), 1234, 1L).size());
        assertThrows(IllegalArgumentException.class, () -> Samples.draw(Generate.range(0, 1), -1, 1L));
    }

    @Test
    void theListIsUnmodifiable() {
        List<Integer> values = Samples.draw(Generate.range(0, 9), 3, 1L);
        assertThrows(UnsupportedOperationException.class, () -> values.add(1));
    }

    @Test
    void drawsStayWithinTheirBoundsAndReachEveryValue() {
        List<Integer> values = Samples.draw(Generate.range(-3, 3), 2000, Properties.seed());
        Set<Integer> seen = new TreeSet<>(values);
        assertEquals(Set.of(-3, -2, -1, 0, 1, 2, 3), seen);
    }

    @Test
    void unboundedDrawsWork() {
        List<Long> values = Samples.draw(SourceDSL.longs().all(), 1000, Properties.seed());
        assertTrue(values.stream().anyMatch(v -> v < 0) && values.stream().anyMatch(v -> v > 0));
        List<Long> halfRange = Samples.draw(Generate.longRange(-10L, Long.MAX_VALUE), 1000, Properties.seed());
        assertTrue(halfRange.stream().allMatch(v -> v >= -10L));
    }

    @Test
    void filteredGeneratorsDrawOnlyAcceptedValues() {
        List<Integer> even = Samples.draw(Generate.range(0, 100).assuming(i -> i % 2 == 0), 500, Properties.seed());
        assertEquals(500, even.size());
        assertTrue(even.stream().allMatch(i -> i % 2 == 0));
    }

    @Test
    void aHopelessFilterIsReportedNotLoopedOn() {
        Gen<Integer> never = Generate.range(0, 100).assuming(i -> i > 100);
        assertThrows(IllegalStateException.class, () -> Samples.draw(never, 1, 1L));
    }

    @Test
    void aSourceGivesTheSameSequenceAsDraw() {
        RandomnessSource source = Samples.randomness(42L);
        List<ResidentIdNumber> oneByOne = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            oneByOne.add(Identities.residentIdNumbers().generate(source));
        }
        assertEquals(Samples.draw(Identities.residentIdNumbers(), 50, 42L), oneByOne);
    }

    @Test
    void aKnownSeedGivesAKnownFirstValue() {
        // Pins the stream: a change of algorithm would silently change every benchmark data set.
        assertEquals(List.of(new SplittableRandom(7L).nextLong(1_000_001L)),
                Samples.draw(Generate.longRange(0L, 1_000_000L), 1, 7L));
    }

    @Test
    void constraintBoundsReadByFieldsAgreeWithThePublicProbe() {
        assertTrue(ConstraintBounds.fieldsReadable(), "QuickTheories fields should be readable on the class path");
        List<Constraint> constraints = List.of(Constraint.between(-5, 17), Constraint.none(), Constraint.zeroToOne(),
                Constraint.between(Long.MIN_VALUE, Long.MAX_VALUE), Constraint.between(3, 3),
                Constraint.between(0, 100).withShrinkPoint(50));
        long[][] expected = {{-5, 17}, {Long.MIN_VALUE, Long.MAX_VALUE}, {0, 1}, {Long.MIN_VALUE, Long.MAX_VALUE},
            {3, 3}, {0, 100}};
        for (int i = 0; i < constraints.size(); i++) {
            long[] byFields = new long[2];
            long[] byProbe = new long[2];
            ConstraintBounds.read(constraints.get(i), byFields);
            ConstraintBounds.readByProbe(constraints.get(i), byProbe);
            assertEquals(expected[i][0], byFields[0]);
            assertEquals(expected[i][1], byFields[1]);
            assertEquals(expected[i][0], byProbe[0]);
            assertEquals(expected[i][1], byProbe[1]);
        }
    }
}
