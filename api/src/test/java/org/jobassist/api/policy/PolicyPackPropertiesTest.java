package org.jobassist.api.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

class PolicyPackPropertiesTest {

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final LegalBasis BASIS = LegalBasis.of("test-1", "测试", "Test");
    static final PolicyKey<Integer> KEY = PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS;
    static final LocalDate START = LocalDate.of(2019, 1, 1);

    /** Back-to-back periods of the given lengths from START, the last open-ended; value i in period i. */
    static PolicyPack.Builder series(List<Integer> lengths, int shiftedBoundary, int shift) {
        PolicyPack.Builder builder = PolicyPack.builder().id("p").version("1").jurisdiction(LIAONING);
        LocalDate from = START;
        for (int i = 0; i < lengths.size(); i++) {
            LocalDate to = i == lengths.size() - 1 ? null : from.plusDays(lengths.get(i) - 1);
            if (i == shiftedBoundary && to != null) {
                to = to.plusDays(shift);
            }
            builder.add(PolicyValue.of(KEY, LIAONING, from, to, i, BASIS));
            if (to != null) {
                from = from.plusDays(lengths.get(i));
            }
        }
        return builder;
    }

    @Test
    void theValueInForceIsThatOfThePeriodHoldingTheDate() {
        qt().withFixedSeed(SEED)
                .forAll(lists().of(integers().between(1, 400)).ofSizeBetween(1, 6), integers().between(0, 3000))
                .checkAssert((lengths, offset) -> {
                    int expected = lengths.size() - 1;
                    int end = 0;
                    for (int i = 0; i < lengths.size() - 1; i++) {
                        end += lengths.get(i);
                        if (offset < end) {
                            expected = i;
                            break;
                        }
                    }
                    PolicyPack pack = series(lengths, -1, 0).build();
                    assertEquals(expected, pack.resolve(KEY, LIAOZHONG, START.plusDays(offset)).value());
                });
    }

    @Test
    void everyGapAndOverlapBetweenPeriodsIsReported() {
        qt().withFixedSeed(SEED)
                .forAll(lists().of(integers().between(10, 400)).ofSizeBetween(2, 6), integers().between(0, 4),
                        integers().between(-5, 5))
                .assuming((lengths, boundary, shift) -> boundary < lengths.size() - 1 && shift != 0)
                .checkAssert((lengths, boundary, shift) -> {
                    InvalidInputException e = assertThrows(InvalidInputException.class,
                            () -> series(lengths, boundary, shift).build());
                    assertEquals(List.of("values[" + (boundary + 1) + "].effectiveFrom"),
                            e.violations().stream().map(v -> v.path()).toList());
                    assertEquals(shift > 0 ? "policy.overlap" : "policy.gap", e.code());
                });
    }
}
