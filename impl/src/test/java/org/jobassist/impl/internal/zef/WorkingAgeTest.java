package org.jobassist.impl.internal.zef;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.time.Dates;
import org.junit.jupiter.api.Test;

class WorkingAgeTest {

    @Test
    void agreesWithPlusYearsAroundBirthdays() {
        Properties.qt().forAll(Dates.between(LocalDate.of(1950, 1, 1), LocalDate.of(2015, 12, 31)),
                        Dates.between(LocalDate.of(1950, 1, 1), LocalDate.of(2040, 12, 31)))
                .checkAssert((birth, asOf) -> {
                    for (int years : new int[] {16, 18}) {
                        LocalDate birthday = birth.plusYears(years);
                        for (LocalDate day : new LocalDate[] {asOf, birthday.minusDays(1), birthday, birthday.plusDays(1)}) {
                            assertEquals(!day.isBefore(birthday), WorkingAge.hasReachedAge(birth, years, day),
                                    birth + " " + years + " " + day);
                        }
                    }
                });
    }

    @Test
    void aLeapDayBirthTurnsSixteenOnTheTwentyEighthOfFebruaryInACommonYear() {
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertFalse(WorkingAge.hasReachedAge(leap, 16, LocalDate.of(2024, 2, 28)));
        assertTrue(WorkingAge.hasReachedAge(leap, 16, LocalDate.of(2024, 2, 29)));
        assertTrue(WorkingAge.hasReachedAge(leap, 17, LocalDate.of(2025, 2, 28)));
        assertFalse(WorkingAge.hasReachedAge(leap, 17, LocalDate.of(2025, 2, 27)));
    }
}
