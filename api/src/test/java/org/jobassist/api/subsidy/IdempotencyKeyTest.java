package org.jobassist.api.subsidy;

import static org.jobassist.api.subsidy.LedgerFixtures.ANNA;
import static org.jobassist.api.subsidy.LedgerFixtures.EMPLOYER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Year;
import java.time.YearMonth;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.junit.jupiter.api.Test;

class IdempotencyKeyTest {

    private static final Beneficiary PERSON = Beneficiary.person(ANNA);

    @Test
    void periodsByShape() {
        IdempotencyKey m = IdempotencyKey.monthly(PERSON, SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, YearMonth.of(2021, 3));
        assertEquals("2021-03", m.period());
        assertEquals(Optional.of(YearMonth.of(2021, 3)), m.month());
        assertEquals("2020", IdempotencyKey.yearly(EMPLOYER, SubsidyKind.JOB_STABILISATION_REFUND, Year.of(2020)).period());
        IdempotencyKey once = IdempotencyKey.once(PERSON, SubsidyKind.VOCATIONAL_TRAINING, "CERT-1");
        assertEquals("once:CERT-1", once.period());
        assertEquals(Optional.empty(), once.month());
        assertEquals("P:210102198005100013", m.subjectKey());
    }

    @Test
    void equality() {
        YearMonth march = YearMonth.of(2021, 3);
        assertEquals(IdempotencyKey.monthly(PERSON, SubsidyKind.PUBLIC_WELFARE_POST, march),
                IdempotencyKey.monthly(Beneficiary.person(ANNA), SubsidyKind.PUBLIC_WELFARE_POST, march));
        assertEquals(IdempotencyKey.monthly(PERSON, SubsidyKind.PUBLIC_WELFARE_POST, march).hashCode(),
                IdempotencyKey.monthly(Beneficiary.person(ANNA), SubsidyKind.PUBLIC_WELFARE_POST, march).hashCode());
        assertNotEquals(IdempotencyKey.monthly(PERSON, SubsidyKind.PUBLIC_WELFARE_POST, march),
                IdempotencyKey.monthly(PERSON, SubsidyKind.WORK_FOR_TRAINING, march));
        assertNotEquals(IdempotencyKey.yearly(PERSON, SubsidyKind.VOCATIONAL_TRAINING, Year.of(2021)),
                IdempotencyKey.once(PERSON, SubsidyKind.VOCATIONAL_TRAINING, "2021"));
    }

    @Test
    void kindMustFitTheShape() {
        InvalidInputException a = assertThrows(InvalidInputException.class,
                () -> IdempotencyKey.monthly(PERSON, SubsidyKind.VOCATIONAL_TRAINING, YearMonth.of(2021, 1)));
        assertEquals("idempotency-key.kind", a.code());
        assertEquals("kind", a.violations().get(0).path());
        assertEquals("idempotency-key.kind", assertThrows(InvalidInputException.class,
                () -> IdempotencyKey.yearly(PERSON, SubsidyKind.PUBLIC_WELFARE_POST, Year.of(2021))).code());
        assertEquals("idempotency-key.kind", assertThrows(InvalidInputException.class,
                () -> IdempotencyKey.once(PERSON, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, "x")).code());
    }

    @Test
    void referenceRules() {
        for (String bad : new String[] {"", "   ", "a\nb", "x".repeat(65), ANNA.value() + "\t"}) {
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> IdempotencyKey.once(PERSON, SubsidyKind.VOCATIONAL_TRAINING, bad));
            assertEquals("idempotency-key.reference", e.code());
            assertEquals("reference", e.violations().get(0).path());
            assertFalse(e.getMessage().contains(ANNA.value()), "the message repeats no input");
        }
        assertTrue(IdempotencyKey.isWellFormedReference("x".repeat(64)));
        assertFalse(IdempotencyKey.isWellFormedReference(null));
    }

    @Test
    void toStringMasks() {
        String text = IdempotencyKey.monthly(PERSON, SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, YearMonth.of(2021, 3)).toString();
        assertFalse(text.contains(ANNA.value()));
        assertTrue(text.contains(ANNA.masked()));
    }

    @Test
    void nulls() {
        assertThrows(NullPointerException.class, () -> IdempotencyKey.monthly(null, SubsidyKind.HIRING, YearMonth.of(2021, 1)));
        assertThrows(NullPointerException.class, () -> IdempotencyKey.once(PERSON, SubsidyKind.HIRING, null));
        assertThrows(NullPointerException.class, () -> IdempotencyKey.yearly(PERSON, null, Year.of(2021)));
    }
}
