package org.jobassist.testkit.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;
import org.junit.jupiter.api.Test;

class ProvinceBatchesTest {

    private static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    @Test
    void workForTrainingSpreadsEveryTraineeOverEveryEnterpriseOnce() {
        List<WorkForTrainingInput> cases = ProvinceBatches.workForTraining(50, 1_000, SEED);
        assertEquals(1_000, cases.size());
        Map<UnifiedSocialCreditCode, Integer> perEnterprise = new LinkedHashMap<>();
        Set<ResidentIdNumber> trainees = new HashSet<>();
        UnifiedSocialCreditCode previous = null;
        Set<UnifiedSocialCreditCode> finished = new HashSet<>();
        for (WorkForTrainingInput c : cases) {
            perEnterprise.merge(c.enterprise(), 1, Integer::sum);
            assertTrue(trainees.add(c.trainee()), "a trainee drawn twice");
            if (!c.enterprise().equals(previous)) {
                assertTrue(finished.add(c.enterprise()), "cases not grouped by enterprise");
                previous = c.enterprise();
            }
            assertEquals(2021, c.applicationDate().getYear());
            assertTrue(c.trainingMonths() >= 1 && c.trainingMonths() <= 6);
            assertTrue(!c.trainingStart().atDay(1).isAfter(c.applicationDate()));
        }
        assertEquals(50, perEnterprise.size());
        assertTrue(perEnterprise.values().stream().allMatch(n -> n >= 1));
    }

    @Test
    void theSameSeedDrawsTheSameBatch() {
        assertEquals(ProvinceBatches.workForTraining(20, 100, SEED), ProvinceBatches.workForTraining(20, 100, SEED));
        assertEquals(ProvinceBatches.refunds(100, SEED), ProvinceBatches.refunds(100, SEED));
    }

    @Test
    void refundsAreOneDistinctUnitEachForTwentyTwentyOne() {
        List<JobStabilisationRefundInput> cases = ProvinceBatches.refunds(2_000, SEED);
        assertEquals(2_000, cases.size());
        assertEquals(2_000, cases.stream().map(JobStabilisationRefundInput::creditCode).distinct().count());
        long mostlyBelow = cases.stream().filter(c -> (c.insuredAtStartOfYear() - c.insuredAtEndOfYear()) * 1000L
                <= 55L * c.insuredAtStartOfYear()).count();
        assertTrue(mostlyBelow > 1_800, "most units should pass the 5.5% test, were " + mostlyBelow);
        assertTrue(cases.stream().allMatch(c -> c.refundYear().getValue() == 2021));
    }

    @Test
    void countsOutOfRangeAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> ProvinceBatches.workForTraining(0, 10, SEED));
        assertThrows(IllegalArgumentException.class, () -> ProvinceBatches.workForTraining(10, 9, SEED));
        assertThrows(IllegalArgumentException.class, () -> ProvinceBatches.refunds(-1, SEED));
    }
}
