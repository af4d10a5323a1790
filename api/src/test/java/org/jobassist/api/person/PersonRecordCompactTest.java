package org.jobassist.api.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/**
 * The record's compact copy of its dates (epoch days) and its shared dates and counties give
 * the answers its lists give, and change nothing a caller can see but identity.
 */
class PersonRecordCompactTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    private static final LocalDate BORN = LocalDate.of(1975, 3, 10);

    /** Days after the birth: near 2021 mostly, some far beyond the shared years and the {@code int} range. */
    private static final Gen<LocalDate> DAYS = Generate.frequency(List.of(
            Pair.of(8, SourceDSL.integers().between(0, 4000).map(d -> LocalDate.of(2015, 1, 1).plusDays(d))),
            Pair.of(1, Generate.pick(List.of(LocalDate.MAX, LocalDate.of(2500, 1, 1), LocalDate.of(9999, 12, 31),
                    LocalDate.of(+5_879_700, 1, 1), LocalDate.of(+999_999_999, 12, 31), BORN,
                    LocalDate.of(2199, 12, 31), LocalDate.of(2200, 1, 1))))));

    /** Days asked about: those, and days before the birth and the shared years. */
    private static final Gen<LocalDate> ASKED = Generate.frequency(List.of(Pair.of(8, DAYS),
            Pair.of(1, Generate.pick(List.of(LocalDate.MIN, LocalDate.of(-5_879_700, 1, 1), LocalDate.of(1899, 12, 31),
                    LocalDate.of(1900, 1, 1), BORN.minusDays(1))))));

    /** Disjoint spells: sorted distinct cut days paired off, some open-ended. */
    private static List<DateRange> spells(List<LocalDate> cuts, boolean openLast) {
        List<LocalDate> sorted = cuts.stream().distinct().sorted().toList();
        List<DateRange> out = new ArrayList<>();
        for (int i = 0; i + 1 < sorted.size(); i += 2) {
            boolean last = i + 3 >= sorted.size();
            out.add(last && openLast ? DateRange.startingOn(sorted.get(i)) : DateRange.of(sorted.get(i), sorted.get(i + 1)));
        }
        return out;
    }

    private static PersonRecord record(List<DateRange> spells, List<LocalDate> referrals) {
        PersonRecord.Builder b = PersonRecordTest.woman();
        spells.forEach(b::unemploymentRegistration);
        referrals.forEach(b::acceptedReferral);
        return b.build();
    }

    @Test
    void registrationAndReferralAnswersAreTheListsAnswers() {
        qt().withFixedSeed(SEED).withExamples(3000).forAll(
                SourceDSL.lists().of(DAYS).ofSizeBetween(0, 6),
                SourceDSL.booleans().all(),
                SourceDSL.lists().of(DAYS).ofSizeBetween(0, 4),
                ASKED).checkAssert((cuts, open, referrals, asked) -> {
                    List<DateRange> spells = spells(cuts, open);
                    PersonRecord p = record(spells, referrals);
                    // The oracle: the given values, read one by one as the javadoc says.
                    Optional<DateRange> holding = spells.stream().filter(s -> s.contains(asked)).findFirst();
                    long accepted = referrals.stream().filter(d -> !d.isAfter(asked)).count();
                    assertEquals(holding.isPresent(), p.isRegisteredUnemployedOn(asked));
                    assertEquals(holding, p.registrationOn(asked));
                    assertEquals(accepted, p.referralsAcceptedBy(asked));
                    assertEquals(spells.stream().sorted().toList(), p.unemploymentRegistrations());
                    assertEquals(referrals.stream().sorted().toList(), p.acceptedReferrals());
                    PersonRecord again = p.toBuilder().build();
                    assertEquals(p, again);
                    assertEquals(p.hashCode(), again.hashCode());
                    assertEquals(p.toString(), again.toString());
                });
    }

    @Test
    void theEndsOfASpellAndAReferralDayCountOnTheDayItself() {
        LocalDate start = LocalDate.of(2021, 1, 1);
        LocalDate end = LocalDate.of(2021, 6, 30);
        PersonRecord p = record(List.of(DateRange.of(start, end)), List.of(end, end, end.plusDays(1)));
        assertFalse(p.isRegisteredUnemployedOn(start.minusDays(1)));
        assertTrue(p.isRegisteredUnemployedOn(start));
        assertTrue(p.isRegisteredUnemployedOn(end));
        assertFalse(p.isRegisteredUnemployedOn(end.plusDays(1)));
        assertEquals(0, p.referralsAcceptedBy(end.minusDays(1)));
        assertEquals(2, p.referralsAcceptedBy(end));
        assertEquals(3, p.referralsAcceptedBy(end.plusDays(1)));
        assertEquals(3, p.referralsAcceptedBy(LocalDate.MAX));
        assertEquals(0, p.referralsAcceptedBy(LocalDate.MIN));
    }

    @Test
    void anOpenEndedSpellHoldsUpToTheLastDay() {
        PersonRecord p = record(List.of(DateRange.startingOn(LocalDate.of(2021, 1, 1))), List.of());
        assertTrue(p.isRegisteredUnemployedOn(LocalDate.MAX));
        assertTrue(p.isRegisteredUnemployedOn(LocalDate.of(+5_879_611, 7, 11)));
        assertFalse(p.isRegisteredUnemployedOn(LocalDate.MIN));
        assertEquals(Optional.of(DateRange.startingOn(LocalDate.of(2021, 1, 1))), p.registrationOn(LocalDate.MAX));
    }

    @Test
    void aNullDayIsRejectedAsBefore() {
        PersonRecord p = record(List.of(), List.of());
        assertEquals("date", assertThrows(NullPointerException.class, () -> p.isRegisteredUnemployedOn(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> p.registrationOn(null)).getMessage());
        assertEquals("date", assertThrows(NullPointerException.class, () -> p.referralsAcceptedBy(null)).getMessage());
    }

    @Test
    void equalCountiesAndDatesAreSharedBetweenRecords() {
        DivisionCode one = DivisionCode.of("210103");
        DivisionCode other = DivisionCode.of("210103");
        assertNotSame(one, other);
        LocalDate day = LocalDate.of(2021, 3, 1);
        LocalDate sameDay = LocalDate.of(2021, 3, 1);
        assertNotSame(day, sameDay);
        PersonRecord a = PersonRecordTest.woman().residence(one).acceptedReferral(day)
                .unemploymentRegistration(DateRange.of(day, LocalDate.of(2021, 5, 1))).build();
        PersonRecord b = PersonRecord.builder(PersonId.of("p-2")).idNumber(PersonRecordTest.WOMAN)
                .retirementClass(a.retirementClass()).residence(other).acceptedReferral(sameDay)
                .unemploymentRegistration(DateRange.of(sameDay, LocalDate.of(2021, 5, 1))).build();
        assertEquals(one, a.residence());
        assertSame(a.residence(), b.residence());
        assertSame(a.birthDate(), b.birthDate());
        assertSame(a.acceptedReferrals().get(0), b.acceptedReferrals().get(0));
        assertSame(a.unemploymentRegistrations().get(0).start(), b.unemploymentRegistrations().get(0).start());
        assertEquals(LocalDate.of(1975, 3, 10), a.birthDate());
    }

    @Test
    void datesOutsideTheSharedYearsAreKeptAsGiven() {
        LocalDate far = LocalDate.of(2500, 1, 1);
        PersonRecord p = record(List.of(DateRange.of(BORN.plusYears(20), far)), List.of(far));
        assertSame(far, p.acceptedReferrals().get(0));
        assertSame(far, p.unemploymentRegistrations().get(0).end());
        assertTrue(p.isRegisteredUnemployedOn(far));
        assertFalse(p.isRegisteredUnemployedOn(far.plusDays(1)));
        assertEquals(1, p.referralsAcceptedBy(far));
    }
}
