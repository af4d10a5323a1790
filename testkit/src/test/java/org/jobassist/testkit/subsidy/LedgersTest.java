package org.jobassist.testkit.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.junit.jupiter.api.Test;

class LedgersTest {

    @Test
    void batchesAreValidUnderTheTightestCapsTheyPromise() {
        Properties.qt().withExamples(300).forAll(Ledgers.entries()).checkAssert(batch -> {
            assertEquals(List.of(), Ledgers.rules(1, 3).check(List.of(), batch));
            Set<IdempotencyKey> keys = new HashSet<>();
            for (LedgerEntry e : batch) {
                assertTrue(keys.add(e.key()), "one key per entry");
                assertTrue(DateRange.ofYear(2021).contains(e.accountingDate()));
                assertTrue(e.amount().isPositive());
            }
        });
    }

    @Test
    void drawsCoverTheCitiesAndKinds() {
        Set<DivisionCode> cities = new HashSet<>();
        Set<SubsidyKind> kinds = EnumSet.noneOf(SubsidyKind.class);
        for (List<LedgerEntry> batch : Samples.draw(Ledgers.entries(), 50, Properties.seed())) {
            batch.forEach(e -> {
                cities.add(e.city());
                kinds.add(e.kind());
            });
        }
        assertEquals(14, Divisions.builtIn().cities().size());
        assertEquals(14, cities.size());
        assertEquals(EnumSet.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE,
                SubsidyKind.PUBLIC_WELFARE_POST, SubsidyKind.WORK_FOR_TRAINING, SubsidyKind.VOCATIONAL_TRAINING,
                SubsidyKind.JOB_STABILISATION_REFUND), kinds);
    }

    @Test
    void sameSeedSameBatches() {
        assertEquals(Samples.draw(Ledgers.entries(2022, 5), 3, 7L), Samples.draw(Ledgers.entries(2022, 5), 3, 7L));
        for (LedgerEntry e : Samples.draw(Ledgers.entries(2022, 5), 1, 7L).get(0)) {
            e.month().ifPresent(m -> assertEquals(2022, m.getYear()));
        }
    }

    @Test
    void badArguments() {
        assertThrows(IllegalArgumentException.class, () -> Ledgers.entries(2021, 0));
        assertThrows(IllegalArgumentException.class, () -> Ledgers.entries(1900, 3));
    }
}
