package org.jobassist.api.law;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.junit.jupiter.api.Test;

class LegalBasisTest {

    /** The number is the one DOMAIN.md cites; the titles are placeholders for the test. */
    private static final LegalBasis CATEGORIES = LegalBasis.of("辽人社发〔2021〕7号",
            "就业困难人员范围调整文件（测试标题）",
            "Placeholder title of the category notice");

    private static final LegalBasis CIVIL_CODE = LegalBasis.of("中华人民共和国主席令第45号",
            "中华人民共和国民法典", "Civil Code of the People's Republic of China", LocalDate.of(2021, 1, 1));

    @Test
    void shortCitationIsNumberAndArticle() {
        assertEquals("辽人社发〔2021〕7号 第3条", CATEGORIES.withArticle("3").toString());
        assertEquals("辽人社发〔2021〕7号", CATEGORIES.toString());
    }

    @Test
    void articleTextOtherThanANumberIsCitedAsWritten() {
        assertEquals("中华人民共和国主席令第45号 第1045条第3款", CIVIL_CODE.withArticle("第1045条第3款").toString());
        assertEquals("Civil Code of the People's Republic of China (中华人民共和国主席令第45号), 第1045条第3款",
                CIVIL_CODE.withArticle("第1045条第3款").cite(Locale.ENGLISH));
    }

    @Test
    void citationInChineseAndEnglish() {
        LegalBasis basis = CATEGORIES.withArticle("3");
        assertEquals("《就业困难人员范围调整文件（测试标题）》（辽人社发〔2021〕7号）第3条", basis.cite(Locale.CHINA));
        assertEquals("《就业困难人员范围调整文件（测试标题）》（辽人社发〔2021〕7号）", CATEGORIES.cite(Locale.SIMPLIFIED_CHINESE));
        assertEquals("Placeholder title of the category notice"
                + " (辽人社发〔2021〕7号), Art. 3", basis.cite(Locale.ENGLISH));
        assertEquals("Placeholder title of the category notice"
                + " (辽人社发〔2021〕7号)", CATEGORIES.cite(Locale.GERMANY));
    }

    @Test
    void copiesChangeOneField() {
        LegalBasis withArticle = CIVIL_CODE.withArticle("1045");
        assertEquals("1045", withArticle.article());
        assertEquals(LocalDate.of(2021, 1, 1), withArticle.effectiveDate());
        assertNull(CIVIL_CODE.article());
        assertEquals(LocalDate.of(2020, 1, 1), CATEGORIES.withEffectiveDate(LocalDate.of(2020, 1, 1)).effectiveDate());
        assertNull(CATEGORIES.effectiveDate());
        assertEquals(CATEGORIES.withArticle("3"), CATEGORIES.withArticle("3"));
    }

    @Test
    void blankDocumentNumberIsRefused() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> LegalBasis.of(" ", "标题", "Title"));
        assertEquals(List.of(new Violation("documentNumber", "legal-basis.document-number",
                "the document number must not be blank")), e.violations());
    }

    @Test
    void everyBlankFieldIsReported() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> new LegalBasis("", "", "", " ", null));
        assertEquals(List.of("legal-basis.document-number", "legal-basis.title", "legal-basis.title",
                "legal-basis.article"), e.violations().stream().map(Violation::code).toList());
        assertEquals(List.of("documentNumber", "titleZh", "titleEn", "article"),
                e.violations().stream().map(Violation::path).toList());
    }

    @Test
    void blankArticleIsRefused() {
        assertEquals("legal-basis.article",
                assertThrows(InvalidInputException.class, () -> CATEGORIES.withArticle("")).code());
    }

    @Test
    void nullRequiredFieldsAreRefused() {
        assertThrows(NullPointerException.class, () -> LegalBasis.of(null, "标题", "Title"));
        assertThrows(NullPointerException.class, () -> LegalBasis.of("X号", null, "Title"));
        assertThrows(NullPointerException.class, () -> LegalBasis.of("X号", "标题", null));
        assertThrows(NullPointerException.class, () -> CATEGORIES.withArticle(null));
    }
}
