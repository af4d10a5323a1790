package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.junit.jupiter.api.Test;

/** The last employer-paid month as an index agrees with the month itself; a wide history has none. */
class FactRowMonthIndexTest {

    private static final PersonId P = PersonId.of("p-index");
    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    @Test
    void theIndexIsTheLastEmployerPaidMonthOnTheDay() {
        FactRow row = FactRow.EMPTY.withHistory(ContributionHistory.of(P, List.of(
                ContributionMonth.employer(YearMonth.of(2020, 1)), ContributionMonth.flexible(YearMonth.of(2021, 4)),
                ContributionMonth.employer(YearMonth.of(2022, 3)))));
        assertFalse(row.hasWideHistory());
        // 2020-01 on the day (2022-03 is after it), 2022-03 from then on.
        assertEquals(2020 * 12 + 0, row.lastEmployerPaidMonthIndex(DAY));
        assertEquals(2022 * 12 + 2, row.lastEmployerPaidMonthIndex(LocalDate.of(2022, 3, 1)));
        assertEquals(FactRow.NO_MONTH, row.lastEmployerPaidMonthIndex(LocalDate.of(2019, 12, 31)));
        assertEquals(FactRow.NO_MONTH, FactRow.EMPTY.lastEmployerPaidMonthIndex(DAY));
        FactRow flexibleOnly = FactRow.EMPTY.withHistory(ContributionHistory.of(P,
                List.of(ContributionMonth.flexible(YearMonth.of(2021, 4)))));
        assertEquals(FactRow.NO_MONTH, flexibleOnly.lastEmployerPaidMonthIndex(DAY));
    }

    @Test
    void aWideHistoryHasNoCompactIndex() {
        FactRow wide = FactRow.EMPTY.withHistory(ContributionHistory.of(P, List.of(
                ContributionMonth.employer(YearMonth.of(50_000_000, 1)))));
        assertTrue(wide.hasWideHistory());
        assertThrows(IllegalStateException.class, () -> wide.lastEmployerPaidMonthIndex(DAY));
    }
}
