package org.jobassist.api.category;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.PersonId;
import org.junit.jupiter.api.Test;

class RecognitionRecordTest {

    private static final PersonId P = PersonId.of("p-1");
    private static final LocalDate APPLIED = LocalDate.of(2021, 3, 1);
    private static final LocalDate DECIDED = LocalDate.of(2021, 3, 15);

    private static RecognitionRecord recognised() {
        return RecognitionRecord.applied(P, APPLIED).recognised(DECIDED, "liaoning-2021",
                Set.of("NEAR_RETIREMENT", "DISABLED"), LocalDate.of(2022, 3, 15));
    }

    @Test
    void recognisedRecordKeepsItsFacts() {
        RecognitionRecord r = recognised();
        assertAll(
                () -> assertEquals(RecognitionStatus.RECOGNISED, r.status()),
                () -> assertEquals(List.of("DISABLED", "NEAR_RETIREMENT"), r.categories(), "sorted"),
                () -> assertEquals(APPLIED, r.appliedOn()),
                () -> assertEquals(DECIDED, r.recognisedOn().orElseThrow()),
                () -> assertEquals(0, r.version()),
                () -> assertTrue(r.isDueForReview(LocalDate.of(2022, 3, 15))),
                () -> assertFalse(r.isDueForReview(LocalDate.of(2022, 3, 14))),
                () -> assertEquals(List.of(new RecognitionRecord.Transition(RecognitionStatus.APPLIED, APPLIED),
                        new RecognitionRecord.Transition(RecognitionStatus.RECOGNISED, DECIDED)), r.history()));
    }

    @Test
    void historyHoldsDatesBefore1970() {
        RecognitionRecord r = RecognitionRecord.applied(P, LocalDate.of(1960, 2, 29));
        assertEquals(LocalDate.of(1960, 2, 29), r.history().get(0).date());
        assertEquals(RecognitionStatus.APPLIED, r.history().get(0).status());
    }

    @Test
    void versionsAreNotContent() {
        RecognitionRecord r = recognised();
        RecognitionRecord v5 = r.withVersion(5);
        assertAll(
                () -> assertTrue(r.sameContentAs(v5)),
                () -> assertNotEquals(r, v5),
                () -> assertEquals(v5, recognised().withVersion(5)),
                () -> assertEquals(v5.hashCode(), recognised().withVersion(5).hashCode()),
                () -> assertFalse(r.sameContentAs(r.exited(DECIDED, ExitReason.EMPLOYED))),
                () -> assertThrows(IllegalArgumentException.class, () -> r.withVersion(-1)));
    }

    @Test
    void transitionNotAllowedFromStatus() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RecognitionRecord.applied(P, APPLIED).exited(DECIDED, ExitReason.EMPLOYED));
        assertEquals("lifecycle.status", e.code());
        assertEquals("status", e.violations().get(0).path());
        assertThrows(InvalidInputException.class, () -> recognised().rejected(DECIDED, "v"));
        assertThrows(InvalidInputException.class, () -> recognised().reapplied(DECIDED));
    }

    @Test
    void transitionBeforeTheLastOne() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> recognised().exited(DECIDED.minusDays(1), ExitReason.EMPLOYED));
        assertEquals("lifecycle.date-order", e.code());
        assertEquals("date", e.violations().get(0).path());
    }

    @Test
    void recognitionNeedsCategoryAndLaterReview() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> RecognitionRecord.applied(P, APPLIED).recognised(DECIDED, "v", Set.of(), DECIDED));
        assertEquals(List.of("nextReview", "categories"), e.violations().stream().map(v -> v.path()).toList());
        assertEquals(List.of("lifecycle.date-order", "lifecycle.no-categories"),
                e.violations().stream().map(v -> v.code()).toList());
    }

    @Test
    void exitCodesAreStableAndRoundTrip() {
        assertEquals("reached-retirement", ExitReason.REACHED_RETIREMENT.code());
        assertEquals("family-member-employed", ExitReason.FAMILY_MEMBER_EMPLOYED.code());
        for (ExitReason r : ExitReason.values()) {
            assertEquals(r, ExitReason.fromCode(r.code()).orElseThrow());
        }
        assertTrue(ExitReason.fromCode("EMPLOYED").isEmpty());
        assertEquals(Set.of(ExitReason.REACHED_RETIREMENT, ExitReason.REGISTRATION_CANCELLED,
                ExitReason.NO_LONGER_ELIGIBLE), Set.of(java.util.Arrays.stream(ExitReason.values())
                .filter(ExitReason::isAutomatic).toArray(ExitReason[]::new)));
    }
}
