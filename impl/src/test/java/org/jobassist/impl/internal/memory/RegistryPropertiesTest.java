package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.Registries;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.person.Contributions;
import org.jobassist.testkit.person.Evidences;
import org.jobassist.testkit.time.Dates;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** Laws of the registries and of the generators, checked with QuickTheories. */
class RegistryPropertiesTest {

    private static final Gen<LocalDate> DAYS = Dates.between(LocalDate.of(2021, 1, 1), LocalDate.of(2030, 12, 31));
    private static final PersonId P = PersonId.of("p0");

    /** Evidence of a civil-affairs flag about a few people around a day, as a list. */
    private static Gen<List<Evidence>> batches(LocalDate asOf) {
        Gen<Evidence> one = Evidences.anyOf(RegistrySource.CIVIL_AFFAIRS, 5, asOf);
        return SourceDSL.lists().of(one).ofSizeBetween(0, 12).map(RegistryPropertiesTest::distinctKeys);
    }

    private static List<Evidence> distinctKeys(List<Evidence> list) {
        Map<List<Object>, Evidence> byKey = new HashMap<>();
        List<Evidence> out = new ArrayList<>();
        for (Evidence e : list) {
            if (byKey.putIfAbsent(List.of(e.person(), e.flag(), e.reference()), e) == null) {
                out.add(e);
            }
        }
        return out;
    }

    private record Pair(LocalDate day, Evidence yes, Evidence no) {}

    @Test
    void validOnHoldsAndNotValidOnDoesNot() {
        Gen<Map.Entry<LocalDate, RegistryFlag>> dayAndFlag = DAYS.zip(Evidences.flags(), Map::entry);
        Properties.qt().forAll(dayAndFlag.flatMap(df -> Evidences.validOn(P, df.getValue(), df.getKey())
                .zip(Evidences.notValidOn(P, df.getValue(), df.getKey()), (yes, no) -> new Pair(df.getKey(), yes, no))))
                .checkAssert(t -> {
                    LocalDate day = t.day();
                    Evidence yes = t.yes();
                    Evidence no = t.no();
                    assertTrue(yes.isValidOn(day), yes.toString());
                    assertFalse(no.isValidOn(day), no.toString());
                });
    }

    @Test
    void flagsHeldIsTheMaskOfHoldsAndAgreesWithTheSpiDefault() {
        Properties.qt().forAll(DAYS.flatMap(d -> batches(d).map(b -> Map.entry(d, b)))).checkAssert(input -> {
            LocalDate day = input.getKey();
            EvidenceRegistry r = InMemoryStores.civilAffairs();
            r.recordAll(input.getValue());
            // The SPI's default, asked of the same registry through a delegate that does not override it.
            EvidenceRegistry plain = new EvidenceRegistry() {
                @Override
                public RegistrySource source() {
                    return r.source();
                }

                @Override
                public boolean holds(PersonId person, RegistryFlag flag, LocalDate on) {
                    return r.holds(person, flag, on);
                }

                @Override
                public java.util.Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate on) {
                    return r.find(person, flag, on);
                }

                @Override
                public List<Evidence> evidence(PersonId person, LocalDate on) {
                    return r.evidence(person, on);
                }

                @Override
                public List<Evidence> history(PersonId person) {
                    return r.history(person);
                }

                @Override
                public void record(Evidence evidence) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public BatchResult recordAll(List<Evidence> evidence) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public boolean withdraw(PersonId person, RegistryFlag flag, String reference, LocalDate on) {
                    throw new UnsupportedOperationException();
                }

                @Override
                public long count() {
                    return r.count();
                }
            };
            for (int p = 0; p < 6; p++) {
                PersonId person = PersonId.of("p" + p);
                for (LocalDate d : List.of(day.minusDays(1), day, day.plusDays(1))) {
                    int expected = 0;
                    for (Evidence e : input.getValue()) {
                        if (e.person().equals(person) && e.isValidOn(d)) {
                            expected |= 1 << e.flag().ordinal();
                        }
                    }
                    assertEquals(expected, r.flagsHeld(person, d), person + " on " + d);
                    assertEquals(expected, plain.flagsHeld(person, d), person + " on " + d + " (default)");
                }
            }
        });
    }

    @Test
    void holdsIsTheSameAsAMatchInEvidence() {
        Properties.qt().forAll(DAYS.flatMap(d -> batches(d).map(b -> Map.entry(d, b)))).checkAssert(input -> {
            LocalDate day = input.getKey();
            Registries r = InMemoryStores.registries();
            r.civilAffairs().recordAll(input.getValue());
            for (int p = 0; p < 5; p++) {
                PersonId person = PersonId.of("p" + p);
                for (RegistryFlag f : Evidences.flagsOf(RegistrySource.CIVIL_AFFAIRS)) {
                    for (LocalDate d : List.of(day.minusDays(1), day, day.plusDays(1))) {
                        boolean listed = r.evidence(person, d).stream().anyMatch(e -> e.flag() == f);
                        assertEquals(listed, r.holds(person, f, d));
                        assertEquals(listed, r.find(person, f, d).isPresent());
                    }
                }
            }
        });
    }

    @Test
    void recordingTwiceChangesNothing() {
        Properties.qt().forAll(DAYS.flatMap(RegistryPropertiesTest::batches)).checkAssert(batch -> {
            EvidenceRegistry once = InMemoryStores.civilAffairs();
            EvidenceRegistry twice = InMemoryStores.civilAffairs();
            once.recordAll(batch);
            twice.recordAll(batch);
            assertEquals(new BatchResult(0, 0, batch.size()), twice.recordAll(batch));
            for (Evidence e : batch) {
                twice.record(e);
            }
            assertEquals(once.count(), twice.count());
            for (Evidence e : batch) {
                assertEquals(once.history(e.person()), twice.history(e.person()));
            }
        });
    }

    @Test
    void withdrawingNeverAddsAHolds() {
        Gen<Integer> offsets = Generate.range(-30, 400);
        Properties.qt().forAll(DAYS.flatMap(d -> batches(d).map(b -> Map.entry(d, b))), offsets)
                .checkAssert((input, offset) -> {
                    LocalDate day = input.getKey();
                    List<Evidence> batch = input.getValue();
                    if (batch.isEmpty()) {
                        return;
                    }
                    EvidenceRegistry r = InMemoryStores.civilAffairs();
                    r.recordAll(batch);
                    Evidence target = batch.get(0);
                    List<Boolean> before = snapshot(r, day);
                    LocalDate at = target.valid().start().plusDays(Math.max(0, offset));
                    r.withdraw(target.person(), target.flag(), target.reference(), at);
                    List<Boolean> after = snapshot(r, day);
                    for (int i = 0; i < before.size(); i++) {
                        assertTrue(before.get(i) || !after.get(i), "withdrawal added a holds");
                    }
                });
    }

    private static List<Boolean> snapshot(EvidenceRegistry r, LocalDate day) {
        List<Boolean> all = new ArrayList<>();
        for (int p = 0; p < 5; p++) {
            for (RegistryFlag f : Evidences.flagsOf(RegistrySource.CIVIL_AFFAIRS)) {
                for (LocalDate d : List.of(day.minusDays(200), day.minusDays(1), day, day.plusDays(1),
                        day.plusDays(200))) {
                    all.add(r.holds(PersonId.of("p" + p), f, d));
                }
            }
        }
        return all;
    }

    @Test
    void withGapGivesExactlyTheGapAskedFor() {
        Gen<Map.Entry<LocalDate, Integer>> dayAndGap = DAYS.zip(Generate.range(0, 40), Map::entry);
        Properties.qt().forAll(dayAndGap.flatMap(dg -> Contributions.withGap(P, dg.getKey(), dg.getValue())
                .map(h -> Map.entry(dg, h)))).checkAssert(t -> {
                    LocalDate day = t.getKey().getKey();
                    int gap = t.getKey().getValue();
                    ContributionHistory h = t.getValue();
                    assertEquals(gap, h.monthsWithoutEmployerContribution(day));
                    assertEquals(gap >= 12, h.isWithoutEmployerContributionFor(12, day));
                });
    }

    @Test
    void neverEmployedGivesNever() {
        Properties.qt().forAll(DAYS.flatMap(d -> Contributions.neverEmployed(P, d).map(h -> Map.entry(d, h))))
                .checkAssert(t -> assertEquals(ContributionHistory.NEVER,
                        t.getValue().monthsWithoutEmployerContribution(t.getKey())));
    }

    @Test
    void gapsNearTwelveAreElevenTwelveAndThirteen() {
        Properties.qt().forAll(Contributions.gapsNear(12)).checkAssert(g -> assertTrue(g >= 11 && g <= 13, "gap " + g));
    }
}
