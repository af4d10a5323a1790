package org.jobassist.api.family;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Locale;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class FamilyFactsTest {

    private static final PersonId A = PersonId.of("A");
    private static final PersonId B = PersonId.of("B");
    private static final LocalDate D2000 = LocalDate.of(2000, 1, 1);

    private static Violation rejected(Executable e, String code, String path) {
        InvalidInputException x = assertThrows(InvalidInputException.class, e);
        assertEquals(1, x.violations().size());
        assertEquals(code, x.code());
        assertEquals(path, x.violations().get(0).path());
        return x.violations().get(0);
    }

    @Test
    void personIdsAreShortNonBlankKeys() {
        assertEquals("P-17", PersonId.of("P-17").toString());
        rejected(() -> PersonId.of(" "), "person-id.blank", "");
        rejected(() -> PersonId.of("x".repeat(65)), "person-id.format", "");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> PersonId.of("张 三"));
        assertEquals("person-id.format", e.code());
        assertFalse(e.getMessage().contains("张"), "the message must not echo the input");
        assertEquals(64, PersonId.of("x".repeat(64)).value().length());
        assertTrue(PersonId.of("A").compareTo(PersonId.of("B")) < 0);
    }

    @Test
    void aPersonCannotDieBeforeBirth() {
        KinPerson p = KinPerson.of("A", Gender.FEMALE, D2000);
        rejected(() -> p.diedOn(D2000.minusDays(1)), "kinship.date-order", "deathDate");
        KinPerson dead = p.diedOn(D2000.plusYears(80));
        assertTrue(dead.isLivingOn(D2000.plusYears(80)), "the day of death still counts as living");
        assertFalse(dead.isLivingOn(D2000.plusYears(80).plusDays(1)));
        assertFalse(p.isLivingOn(D2000.minusDays(1)));
        assertEquals(D2000.plusYears(80), dead.death().orElseThrow());
    }

    @Test
    void aMarriageMustNotEndBeforeItStarts() {
        Marriage m = Marriage.of(A, B, D2000);
        rejected(() -> m.endedOn(D2000.minusDays(1), MarriageEnd.DIVORCE), "kinship.date-order", "end");
        rejected(() -> new Marriage(A, B, D2000, D2000, null), "kinship.marriage-end", "endReason");
        rejected(() -> new Marriage(A, B, D2000, null, MarriageEnd.DEATH), "kinship.marriage-end", "endReason");
        assertEquals(D2000, m.endedOn(D2000, MarriageEnd.DIVORCE).endDate().orElseThrow(), "a one-day marriage");
        assertTrue(m.involves(B));
        assertFalse(m.involves(PersonId.of("C")));
    }

    @Test
    void aHostCanPutTheListIndexInFrontOfAFactsPath() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> Marriage.of(A, B, D2000).endedOn(D2000.minusDays(1), MarriageEnd.DIVORCE));
        assertEquals("marriages[2].end", e.under("marriages[2]").violations().get(0).path());
    }

    @Test
    void parentageDatesFollowTheirKind() {
        rejected(() -> new Parentage(A, B, ParentageKind.BIRTH, D2000, null), "kinship.parentage-from", "from");
        rejected(() -> new Parentage(A, B, ParentageKind.ADOPTION, null, null), "kinship.parentage-from", "from");
        rejected(() -> new Parentage(A, B, ParentageKind.STEP_WITH_SUPPORT, null, null), "kinship.parentage-from", "from");
        rejected(() -> Parentage.birth(A, B).endedOn(D2000), "kinship.parentage-end", "end");
        rejected(() -> Parentage.adoption(A, B, D2000).endedOn(D2000.minusDays(1)), "kinship.date-order", "end");
        Parentage dissolved = Parentage.adoption(A, B, D2000).endedOn(D2000.plusYears(3));
        assertEquals(D2000.plusYears(3), dissolved.endDate().orElseThrow());
        assertEquals(D2000, Parentage.stepWithSupport(A, B, D2000).fromDate().orElseThrow());
        assertTrue(Parentage.birth(A, B).fromDate().isEmpty());
    }

    @Test
    void aHouseholdKeyIsNotBlank() {
        rejected(() -> Residence.of(A, " ", DateRange.ofYear(2021)), "kinship.household", "household");
        assertEquals("H1", Residence.of(A, "H1", DateRange.ofYear(2021)).household());
    }

    @Test
    void theCivilCodeIsCitedByArticleAndParagraph() {
        assertEquals("中华人民共和国主席令第四十五号 第1045条第2款", CivilCode.ART_1045_PARA_2.toString());
        assertEquals("《中华人民共和国民法典》（中华人民共和国主席令第四十五号）第1045条第3款",
                CivilCode.ART_1045_PARA_3.cite(Locale.CHINA));
        assertEquals("Civil Code of the People's Republic of China (中华人民共和国主席令第四十五号), Art. 1111",
                CivilCode.ART_1111.cite(Locale.ENGLISH));
        assertEquals(LocalDate.of(2021, 1, 1), CivilCode.ART_1072.effectiveDate());
    }
}
