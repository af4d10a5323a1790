package org.jobassist.api.law;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The legal basis (法律依据) of a rule or value: the document it comes from and, where known,
 * the article.
 *
 * <p>{@code documentNumber} is the document's issuing number (文号) as printed, such as
 * {@code 辽人社发〔2021〕7号} or {@code 国发〔1978〕104号}. A document that has none, such as a
 * decision of the NPC Standing Committee or a law, is identified by its issuing body and
 * date of adoption instead, as in {@code 全国人大常委会2024年9月13日决定}; either way it is the
 * stable, unique key of the document. {@code article} is the provision within it: a bare
 * article number ({@code "3"}) is cited as {@code 第3条} / {@code Art. 3}; any other text
 * ({@code "第1045条第3款"}, {@code "附件1"}) is cited as written.
 *
 * <p>Error codes: {@code legal-basis.document-number} (blank number),
 * {@code legal-basis.title} (blank title), {@code legal-basis.article} (blank article;
 * leave it null instead).
 *
 * <p>Immutable and thread-safe.
 *
 * @param documentNumber the issuing number or other stable identifier; not blank
 * @param titleZh the title in Chinese, without book-title marks; not blank
 * @param titleEn the title in English; not blank
 * @param article the provision within the document, or null for the document as a whole
 * @param effectiveDate the day the document took effect, or null if not recorded
 */
public record LegalBasis(String documentNumber, String titleZh, String titleEn, String article,
                         LocalDate effectiveDate) {

    /**
     * Validates the fields.
     *
     * @param documentNumber the issuing number or other stable identifier; not blank
     * @param titleZh the title in Chinese; not blank
     * @param titleEn the title in English; not blank
     * @param article the provision, or null for the whole document; not blank
     * @param effectiveDate the day the document took effect, or null
     * @throws InvalidInputException with codes {@code legal-basis.document-number},
     *     {@code legal-basis.title} or {@code legal-basis.article}, listing every fault
     * @throws NullPointerException if {@code documentNumber}, {@code titleZh} or
     *     {@code titleEn} is null
     */
    public LegalBasis {
        Objects.requireNonNull(documentNumber, "documentNumber");
        Objects.requireNonNull(titleZh, "titleZh");
        Objects.requireNonNull(titleEn, "titleEn");
        List<Violation> faults = new ArrayList<>(2);
        if (documentNumber.isBlank()) {
            faults.add(new Violation("documentNumber", "legal-basis.document-number",
                    "the document number must not be blank"));
        }
        if (titleZh.isBlank()) {
            faults.add(new Violation("titleZh", "legal-basis.title", "the Chinese title must not be blank"));
        }
        if (titleEn.isBlank()) {
            faults.add(new Violation("titleEn", "legal-basis.title", "the English title must not be blank"));
        }
        if (article != null && article.isBlank()) {
            faults.add(new Violation("article", "legal-basis.article",
                    "the article must not be blank; leave it out for the whole document"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * A whole document, without article or effective date.
     *
     * @param documentNumber the issuing number or other stable identifier
     * @param titleZh the Chinese title
     * @param titleEn the English title
     * @return the legal basis
     * @throws InvalidInputException if a field is blank (see the class javadoc)
     * @throws NullPointerException if an argument is null
     */
    public static LegalBasis of(String documentNumber, String titleZh, String titleEn) {
        return new LegalBasis(documentNumber, titleZh, titleEn, null, null);
    }

    /**
     * A whole document with the day it took effect.
     *
     * @param documentNumber the issuing number or other stable identifier
     * @param titleZh the Chinese title
     * @param titleEn the English title
     * @param effectiveDate the day the document took effect
     * @return the legal basis
     * @throws InvalidInputException if a field is blank (see the class javadoc)
     * @throws NullPointerException if an argument is null
     */
    public static LegalBasis of(String documentNumber, String titleZh, String titleEn, LocalDate effectiveDate) {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        return new LegalBasis(documentNumber, titleZh, titleEn, null, effectiveDate);
    }

    /**
     * The same document, pointing at {@code article}.
     *
     * @param article a bare article number such as {@code "3"}, or the provision as written
     * @return a copy with the article set
     * @throws InvalidInputException with code {@code legal-basis.article} if blank
     * @throws NullPointerException if {@code article} is null
     */
    public LegalBasis withArticle(String article) {
        Objects.requireNonNull(article, "article");
        return new LegalBasis(documentNumber, titleZh, titleEn, article, effectiveDate);
    }

    /**
     * The same document with the day it took effect.
     *
     * @param effectiveDate the day, or null if not recorded
     * @return a copy with the effective date set
     */
    public LegalBasis withEffectiveDate(LocalDate effectiveDate) {
        return new LegalBasis(documentNumber, titleZh, titleEn, article, effectiveDate);
    }

    /**
     * A citation for people: in Chinese for a locale whose language is {@code zh}, such as
     * {@code 《辽宁省…通知》（辽人社发〔2021〕7号）第3条}; otherwise in English, such as
     * {@code Notice on … (辽人社发〔2021〕7号), Art. 3}. The document number stays as
     * printed in both.
     *
     * @param locale the reader's locale
     * @return the citation
     * @throws NullPointerException if {@code locale} is null
     */
    public String cite(Locale locale) {
        Objects.requireNonNull(locale, "locale");
        if ("zh".equals(locale.getLanguage())) {
            String cited = "《" + titleZh + "》（" + documentNumber + "）";
            return article == null ? cited : cited + articleZh();
        }
        String cited = titleEn + " (" + documentNumber + ")";
        return article == null ? cited : cited + ", " + articleEn();
    }

    /**
     * The short citation: the document number and the article in Chinese form, such as
     * {@code 辽人社发〔2021〕7号 第3条}, or the document number alone.
     *
     * @return the short citation
     */
    @Override
    public String toString() {
        return article == null ? documentNumber : documentNumber + " " + articleZh();
    }

    private String articleZh() {
        return isArticleNumber() ? "第" + article + "条" : article;
    }

    private String articleEn() {
        return isArticleNumber() ? "Art. " + article : article;
    }

    private boolean isArticleNumber() {
        for (int i = 0; i < article.length(); i++) {
            char c = article.charAt(i);
            if (c < '0' || c > '9') {
                return false;
            }
        }
        return true;
    }
}
