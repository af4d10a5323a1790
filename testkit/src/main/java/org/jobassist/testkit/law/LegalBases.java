package org.jobassist.testkit.law;

import java.time.LocalDate;
import java.util.List;

import org.jobassist.api.law.LegalBasis;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Generators of legal bases (法律依据), for serialisation round trips: document numbers and
 * titles from the domain's sources mixed with synthetic ones, an article that is absent, a
 * bare number or a provision as written, and an optional effective date.
 *
 * <p>Some titles carry characters that text formats must escape (quotes, a backslash, a line
 * break, a tab, a character outside the Basic Multilingual Plane), so a JSON writer that
 * forgets to escape is caught.
 *
 * <p>Stateless and thread-safe.
 */
public final class LegalBases {

    private static final List<String> DOCUMENT_NUMBERS = List.of(
            "辽人社发〔2021〕7号", "辽政发〔2020〕9号", "财社〔2017〕164号", "人社部发〔2020〕30号",
            "人社部发〔2017〕14号", "人社部发〔2024〕84号", "国发〔1978〕104号", "全国人大常委会2024年9月13日决定",
            "粤人社规〔2019〕7号");
    private static final List<String> TITLES_ZH = List.of(
            "辽宁省就业促进条例", "中华人民共和国民法典", "就业补助资金管理办法", "中华人民共和国就业促进法",
            "国务院关于渐进式延迟法定退休年龄的办法", "关于\"以工代训\"的通知", "路径\\说明", "第一行\n第二行",
            "含\t制表符", "补充\uD840\uDC00字");
    private static final List<String> TITLES_EN = List.of(
            "Regulations of Liaoning Province on Employment Promotion", "Civil Code of the PRC",
            "Measures for the Administration of Employment Subsidy Funds", "Employment Promotion Law of the PRC",
            "Notice on \"work-for-training\"", "A path\\with a backslash", "Line one\nline two", "Tab\there",
            "Supplementary \uD840\uDC00 character");
    private static final List<String> PROVISIONS = List.of("第1045条第3款", "附件1", "第二章", "Art. 52-53");
    private static final String[] ISSUERS = {"辽人社发", "辽政发", "人社部发", "财社", "辽政办发"};

    private LegalBases() {}

    /**
     * Valid legal bases: a document number (one of the domain's, or a synthetic
     * {@code 辽人社发〔2023〕15号}), Chinese and English titles, an article that is absent in a
     * third of the draws, and an effective date (from 1978 to 2030) absent in a third.
     *
     * @return the generator
     */
    public static Gen<LegalBasis> legalBases() {
        return in -> {
            String number = Draw.oneIn(in, 2)
                    ? Draw.pick(in, DOCUMENT_NUMBERS)
                    : ISSUERS[Draw.between(in, 0, ISSUERS.length - 1)] + "〔" + Draw.between(in, 1978, 2030) + "〕"
                            + Draw.between(in, 1, 300) + "号";
            String article;
            switch (Draw.between(in, 0, 2)) {
                case 0:
                    article = null;
                    break;
                case 1:
                    article = Integer.toString(Draw.between(in, 1, 120));
                    break;
                default:
                    article = Draw.pick(in, PROVISIONS);
                    break;
            }
            LocalDate effective = Draw.oneIn(in, 3) ? null
                    : LocalDate.ofEpochDay(Draw.between(in, LocalDate.of(1978, 1, 1).toEpochDay(),
                            LocalDate.of(2030, 12, 31).toEpochDay()));
            return new LegalBasis(number, Draw.pick(in, TITLES_ZH), Draw.pick(in, TITLES_EN), article, effective);
        };
    }
}
