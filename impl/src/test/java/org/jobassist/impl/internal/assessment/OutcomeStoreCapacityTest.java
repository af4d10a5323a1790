package org.jobassist.impl.internal.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore.WriteStatus;
import org.jobassist.api.spi.StorageException;
import org.junit.jupiter.api.Test;

class OutcomeStoreCapacityTest {

    private static EmploymentOutcome outcome(int i, String... categories) {
        return EmploymentOutcome.builder().id("o" + i).person(PersonId.of("人员-" + i)).city(DivisionCode.of("210100"))
                .date(LocalDate.of(2021, 1, 1).plusDays(i % 365)).channel(Channel.values()[i % 3])
                .categories(categories).build();
    }

    @Test
    void growsThroughManyRehashesAndFindsEveryOutcomeWithNonAsciiPersons() {
        InMemoryOutcomeStore store = new InMemoryOutcomeStore();
        List<EmploymentOutcome> batch = new ArrayList<>();
        for (int i = 0; i < 50_000; i++) {
            batch.add(outcome(i, "DISABLED"));
            if (batch.size() == 777) {
                store.recordAll(batch, CountRule.ONCE_PER_PERSON_PER_YEAR);
                batch.clear();
            }
        }
        store.recordAll(batch, CountRule.ONCE_PER_PERSON_PER_YEAR);
        assertEquals(50_000, store.size());
        for (int i = 0; i < 50_000; i += 997) {
            assertEquals(outcome(i, "DISABLED"), store.find("o" + i).orElseThrow());
        }
        assertEquals(List.of(WriteStatus.PERSON_ALREADY_COUNTED),
                store.recordAll(List.of(EmploymentOutcome.builder().id("new").person(PersonId.of("人员-42"))
                        .city(DivisionCode.of("210100")).date(LocalDate.of(2021, 9, 9)).channel(Channel.EMPLOYER)
                        .build()), CountRule.ONCE_PER_PERSON_PER_YEAR));
        assertTrue(store.heapBytesEstimate() > 50_000L * 16);
    }

    @Test
    void aBatchBringingTheThirtyThirdCategoryCodeIsRefusedWhole() {
        InMemoryOutcomeStore store = new InMemoryOutcomeStore();
        List<EmploymentOutcome> batch = new ArrayList<>();
        for (int i = 0; i < 33; i++) {
            batch.add(outcome(i, "CODE_" + i));
        }
        assertThrows(StorageException.class, () -> store.recordAll(batch, CountRule.EVERY_OUTCOME));
        assertEquals(0, store.size());
        store.recordAll(batch.subList(0, 32), CountRule.EVERY_OUTCOME);
        assertEquals(32, store.size());
        assertEquals(batch.get(31), store.find("o31").orElseThrow());
    }
}
