package org.jobassist.api.family;

import java.time.LocalDate;
import org.jobassist.api.law.LegalBasis;

/**
 * The legal bases of the zero-employment family test and of dynamic clearing that are fixed
 * by law rather than set in a policy pack. The pack's values carry their own bases.
 */
public final class ZeroEmploymentLaw {

    /** Civil Code Art. 1045 para. 3: who is a family member (家庭成员). */
    public static final LegalBasis CIVIL_CODE_FAMILY_MEMBERS = CivilCode.ART_1045_PARA_3;

    /**
     * Civil Code Art. 201: a period counted in days starts on the day after the event, which
     * is why a clearing deadline is the identified date plus the period.
     */
    public static final LegalBasis CIVIL_CODE_PERIODS = CivilCode.CODE.withArticle("第201条");

    /**
     * Employment Promotion Law Art. 56: at least one member of every urban family that needs
     * work is to be employed; the public employment service must offer a suitable job.
     */
    public static final LegalBasis EMPLOYMENT_PROMOTION_LAW_ART_56 = LegalBasis.of("《中华人民共和国就业促进法》",
            "中华人民共和国就业促进法", "Employment Promotion Law of the People's Republic of China",
            LocalDate.of(2008, 1, 1)).withArticle("第五十六条");

    /** 人社部发〔2024〕84号: zero-employment families are cleared dynamically (零就业家庭动态清零). */
    public static final LegalBasis DYNAMIC_CLEARING = LegalBasis.of("人社部发〔2024〕84号",
            "人力资源社会保障部关于零就业家庭动态清零的文件（标题待确认）",
            "MOHRSS document on clearing zero-employment families dynamically (title to be confirmed)");

    private ZeroEmploymentLaw() {}
}
