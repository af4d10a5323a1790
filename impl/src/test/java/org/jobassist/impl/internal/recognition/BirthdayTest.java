package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import org.quicktheories.generators.SourceDSL;

/** The age leaf's test on the dates' fields is {@code birth.plusYears(n)} compared with the day asked. */
class BirthdayTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211127L);

    /** Days from 1900 to 2100, with 29 February and the days about it more often than their share. */
    private static final Gen<LocalDate> DAYS = Generate.frequency(List.of(
            Pair.of(6, SourceDSL.integers().between(0, 73_000).map(d -> LocalDate.of(1900, 1, 1).plusDays(d))),
            Pair.of(3, SourceDSL.integers().between(0, 48).map(y -> LocalDate.of(1904 + 4 * y, 2, 29))),
            Pair.of(2, SourceDSL.integers().between(0, 200).map(y -> LocalDate.of(1900 + y, 2, 28))),
            Pair.of(2, SourceDSL.integers().between(0, 200).map(y -> LocalDate.of(1900 + y, 3, 1)))));

    @Test
    void isPlusYearsOnOrBeforeTheDayAsked() {
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(DAYS, SourceDSL.integers().between(0, 120), DAYS)
                .checkAssert((birth, years, asOf) -> assertEquals(!birth.plusYears(years).isAfter(asOf),
                        Leaves.AgeAtLeastLeaf.birthdayCome(birth, years, asOf)));
    }

    @Test
    void theAgeShownIsTheMostYearsWhoseBirthdayHasCome() {
        // The day asked is on or after the birth (a batch rejects anyone born after it): up to 120 years later.
        qt().withFixedSeed(SEED).withExamples(20_000).forAll(DAYS, SourceDSL.integers().between(0, 120),
                SourceDSL.integers().between(0, 44_000)).checkAssert((birth, years, after) -> {
                    LocalDate asOf = birth.plusDays(after);
                    assertEquals(Leaves.AgeAtLeastLeaf.birthdayCome(birth, years, asOf),
                            Leaves.AgeAtLeastLeaf.ageInFullYears(birth, asOf) >= years);
                });
        // On 28 February 2021 one born on 29 February 1980 is 41 (Period.between says 40), one born on 1 March 1980 is 40.
        assertEquals(41, Leaves.AgeAtLeastLeaf.ageInFullYears(LocalDate.of(1980, 2, 29), LocalDate.of(2021, 2, 28)));
        assertEquals(40, Leaves.AgeAtLeastLeaf.ageInFullYears(LocalDate.of(1980, 3, 1), LocalDate.of(2021, 2, 28)));
        // 2020 is a leap year: the birthday is the 29th, so on the 28th one is still 39.
        assertEquals(39, Leaves.AgeAtLeastLeaf.ageInFullYears(LocalDate.of(1980, 2, 29), LocalDate.of(2020, 2, 28)));
    }

    @Test
    void oneBornOnTheTwentyNinthOfFebruaryHasTheBirthdayOnTheTwentyEighthInOtherYears() {
        LocalDate born = LocalDate.of(1980, 2, 29);
        assertTrue(Leaves.AgeAtLeastLeaf.birthdayCome(born, 41, LocalDate.of(2021, 2, 28)));
        assertFalse(Leaves.AgeAtLeastLeaf.birthdayCome(born, 41, LocalDate.of(2021, 2, 27)));
        assertFalse(Leaves.AgeAtLeastLeaf.birthdayCome(born, 40, LocalDate.of(2020, 2, 28)));
        assertTrue(Leaves.AgeAtLeastLeaf.birthdayCome(born, 40, LocalDate.of(2020, 2, 29)));
        assertFalse(Leaves.AgeAtLeastLeaf.birthdayCome(born, 41, LocalDate.of(2020, 12, 31)));
        assertTrue(Leaves.AgeAtLeastLeaf.birthdayCome(born, 39, LocalDate.of(2020, 1, 1)));
    }
}
