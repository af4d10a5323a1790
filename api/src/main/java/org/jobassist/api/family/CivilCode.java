package org.jobassist.api.family;

import java.time.LocalDate;
import org.jobassist.api.law.LegalBasis;

/**
 * The provisions of the Civil Code of the PRC (中华人民共和国民法典, adopted 2020-05-28 by the
 * National People's Congress, promulgated by Presidential Order No. 45, in force 2021-01-01)
 * on which kinship answers rest.
 */
public final class CivilCode {

    /** The Civil Code as a whole. */
    public static final LegalBasis CODE = LegalBasis.of("中华人民共和国主席令第四十五号", "中华人民共和国民法典",
            "Civil Code of the People's Republic of China", LocalDate.of(2021, 1, 1));

    /** Art. 1045 para. 1: relatives are the spouse, blood relatives and relatives by marriage. */
    public static final LegalBasis ART_1045_PARA_1 = CODE.withArticle("第1045条第1款");

    /** Art. 1045 para. 2: the eight close relations. */
    public static final LegalBasis ART_1045_PARA_2 = CODE.withArticle("第1045条第2款");

    /** Art. 1045 para. 3: family members. */
    public static final LegalBasis ART_1045_PARA_3 = CODE.withArticle("第1045条第3款");

    /** Art. 1072: step-parents and step-children with support and education are parent and child. */
    public static final LegalBasis ART_1072 = CODE.withArticle("1072");

    /** Art. 1111: adoptive parents and children are parent and child. */
    public static final LegalBasis ART_1111 = CODE.withArticle("1111");

    private CivilCode() {}
}
