package org.jobassist.api.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.person.RegistryFlag;
import org.junit.jupiter.api.Test;

class RecognitionTypesTest {

    static final LegalBasis BASIS = LegalBasis.of("示人社发〔2021〕1号", "示例", "Example");
    static final Category DISABLED = Category.of("DISABLED", "残疾人", "Disabled", BASIS,
            HoldsRegistryFlag.of(RegistryFlag.DISABILITY_CERTIFICATE), CategoryKind.RECOGNISED);
    static final Category MODEL_WORKER = Category.of("MODEL_WORKER", "劳模", "Model worker", BASIS,
            HoldsRegistryFlag.of(RegistryFlag.MODEL_WORKER), CategoryKind.REFERENCE);
    static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    static Explanation node(boolean satisfied) {
        return Explanation.builder("category.outcome").satisfied(satisfied).build();
    }

    @Test
    void anOutcomeMustAgreeWithItsExplanation() {
        assertThrows(IllegalArgumentException.class, () -> new CategoryOutcome(DISABLED, true, node(false)));
        assertEquals(List.of(), new CategoryOutcome(DISABLED, true, node(true)).decidingConditions());
    }

    @Test
    void aRecognitionSeparatesRecognisedAndReferenceCategories() {
        Recognition r = Recognition.of(PersonId.of("p-1"), DAY, "v1",
                List.of(new CategoryOutcome(DISABLED, false, node(false)), new CategoryOutcome(MODEL_WORKER, true, node(true))),
                Explanation.builder("category.recognition").satisfied(false).build());
        assertFalse(r.isRecognised());
        assertTrue(r.isReferenceOnly());
        assertEquals(Set.of(), r.categoryCodes());
        assertEquals(Set.of("MODEL_WORKER"), r.referenceCategoryCodes());
        assertFalse(r.isExplained());
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> r.outcome("NOPE"));
        assertEquals("recognition.unknown-category", e.code());
        assertFalse(e.getMessage().contains("NOPE"));
        assertThrows(IllegalArgumentException.class, () -> Recognition.of(PersonId.of("p-1"), DAY, "v1",
                List.of(new CategoryOutcome(DISABLED, true, node(true))),
                Explanation.builder("category.recognition").satisfied(false).build()));
    }

    @Test
    void batchResultsCombineOnlyForTheSameDateAndVersion() {
        RejectedPerson rejected = new RejectedPerson(3, Optional.empty(),
                List.of(new Violation("person", "recognition.null-person", "no person")));
        RecognitionBatchResult a = RecognitionBatchResult.of(DAY, "v1", 2, 3, 1, Map.of("DISABLED", 2L), List.of(), List.of());
        RecognitionBatchResult b = RecognitionBatchResult.of(DAY, "v1", 1, 0, 0, Map.of("DISABLED", 1L), List.of(rejected),
                List.of());
        RecognitionBatchResult sum = a.plus(b);
        assertEquals(3, sum.recognisedCount());
        assertEquals(3, sum.notRecognisedCount());
        assertEquals(1, sum.referenceEligibleCount());
        assertEquals(1, sum.rejectedCount());
        assertEquals(7, sum.total());
        assertEquals(3, sum.count("DISABLED"));
        assertEquals(0, sum.count("MARTYR_FAMILY"));
        assertThrows(IllegalArgumentException.class,
                () -> a.plus(RecognitionBatchResult.of(DAY.plusDays(1), "v1", 0, 0, 0, Map.of(), List.of(), List.of())));
        assertThrows(IllegalArgumentException.class,
                () -> RecognitionBatchResult.of(DAY, "v1", 0, 1, 2, Map.of(), List.of(), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new RejectedPerson(0, Optional.empty(), List.of()));
    }
}
