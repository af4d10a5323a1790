package org.jobassist.api.spi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.junit.jupiter.api.Test;

class SpiValuesTest {

    @Test
    void batchResultCountsEveryItemOnce() {
        BatchResult r = new BatchResult(3, 2, 5);
        assertEquals(5, r.accepted());
        assertEquals(10, r.total());
        assertFalse(r.isNoOp());
        assertTrue(new BatchResult(0, 0, 4).isNoOp());
        assertEquals(new BatchResult(0, 0, 0), BatchResult.EMPTY);
    }

    @Test
    void batchResultRejectsNegativeCounts() {
        assertThrows(IllegalArgumentException.class, () -> new BatchResult(-1, 0, 0));
        assertThrows(IllegalArgumentException.class, () -> new BatchResult(0, -1, 0));
        assertThrows(IllegalArgumentException.class, () -> new BatchResult(0, 0, -1));
    }

    @Test
    void kinshipBatchHoldsTheGraphsFactsInOrder() {
        KinPerson a = KinPerson.of("A", Gender.MALE, LocalDate.of(1950, 1, 1));
        KinPerson b = KinPerson.of("B", Gender.FEMALE, LocalDate.of(1952, 1, 1));
        Marriage m = Marriage.of(a.id(), b.id(), LocalDate.of(1975, 5, 1));
        KinshipGraph g = KinshipGraph.builder().person(a).person(b).marriage(m).build();
        KinshipBatch batch = KinshipBatch.of(g);
        assertEquals(List.of(a, b), batch.people());
        assertEquals(List.of(m), batch.marriages());
        assertEquals(3, batch.size());
        assertEquals(batch, KinshipBatch.builder().person(a).person(b).marriage(m).build());
        assertEquals(0, KinshipBatch.EMPTY.size());
    }

    @Test
    void kinshipBatchCopiesItsListsAndRefusesNulls() {
        List<KinPerson> people = new ArrayList<>(List.of(KinPerson.of("A", Gender.MALE, LocalDate.of(1950, 1, 1))));
        KinshipBatch batch = new KinshipBatch(people, List.of(), List.of(), List.of(), List.of());
        people.clear();
        assertEquals(1, batch.people().size());
        assertThrows(UnsupportedOperationException.class, () -> batch.people().clear());
        assertThrows(NullPointerException.class,
                () -> new KinshipBatch(Arrays.asList((KinPerson) null), List.of(), List.of(), List.of(), List.of()));
        assertThrows(NullPointerException.class, () -> KinshipBatch.builder().person(null));
        assertThrows(NullPointerException.class, () -> KinshipBatch.of(null));
        assertThrows(NullPointerException.class, () -> PersonId.of(null));
    }

    @Test
    void storageExceptionKeepsItsCause() {
        IllegalStateException cause = new IllegalStateException("connection lost");
        StorageException e = new StorageException("saving registers failed", cause);
        assertEquals(cause, e.getCause());
        assertEquals("saving registers failed", e.getMessage());
    }
}
