package org.jobassist.api.subsidy;

/**
 * The kinds of subsidy and reduction the programme grants, each with a stable code used in
 * the ledger, in reports and in JSON.
 *
 * <p>A kind is <em>monthly</em> when it is granted month by month and counted against a
 * duration (the social-insurance, post and work-for-training subsidies), otherwise it is paid
 * once per grant (a year's refund, a certificate, a loan's interest period).
 */
public enum SubsidyKind {
    /** Social-insurance subsidy to an employer that hires a recognised person (单位社会保险补贴). */
    EMPLOYER_SOCIAL_INSURANCE("employer-social-insurance", "单位社会保险补贴", "Employer social-insurance subsidy", true),
    /** Social-insurance subsidy to a recognised person in flexible employment (灵活就业社会保险补贴). */
    FLEXIBLE_SOCIAL_INSURANCE("flexible-social-insurance", "灵活就业社会保险补贴", "Flexible-employment social-insurance subsidy", true),
    /** Public-welfare-post subsidy: the post's wage at the local minimum wage (公益性岗位补贴). */
    PUBLIC_WELFARE_POST("public-welfare-post", "公益性岗位补贴", "Public-welfare-post subsidy", true),
    /** Job-stabilisation refund of unemployment-insurance premiums (失业保险稳岗返还). */
    JOB_STABILISATION_REFUND("job-stabilisation-refund", "失业保险稳岗返还", "Job-stabilisation refund", false),
    /** Work-for-training subsidy to an enterprise, per trainee and month (以工代训补贴). */
    WORK_FOR_TRAINING("work-for-training", "以工代训补贴", "Work-for-training subsidy", true),
    /** The saving from the phased reduction of the unemployment-insurance rate (阶段性降低失业保险费率). */
    UNEMPLOYMENT_INSURANCE_REDUCTION("unemployment-insurance-reduction", "阶段性降低失业保险费率", "Unemployment-insurance premium reduction", false),
    /** Vocational training subsidy, on a recognised certificate (职业培训补贴). */
    VOCATIONAL_TRAINING("vocational-training", "职业培训补贴", "Vocational training subsidy", false),
    /** Skill-upgrade subsidy for insured workers, by certificate level (技能提升补贴). */
    SKILL_UPGRADE("skill-upgrade", "技能提升补贴", "Skill-upgrade subsidy", false),
    /** One-time job-search subsidy for graduates from hardship families (一次性求职创业补贴). */
    JOB_SEARCH("job-search", "一次性求职创业补贴", "One-time job-search subsidy", false),
    /** One-time start-up subsidy (一次性创业补贴). */
    START_UP("start-up", "一次性创业补贴", "One-time start-up subsidy", false),
    /** One-time hiring subsidy (一次性吸纳就业补贴). */
    HIRING("hiring", "一次性吸纳就业补贴", "One-time hiring subsidy", false),
    /** Interest subsidy on a business-start guarantee loan (创业担保贷款贴息). */
    GUARANTEE_LOAN_INTEREST("guarantee-loan-interest", "创业担保贷款贴息", "Guarantee-loan interest subsidy", false);

    private final String code;
    private final String nameZh;
    private final String nameEn;
    private final boolean monthly;

    SubsidyKind(String code, String nameZh, String nameEn, boolean monthly) {
        this.code = code;
        this.nameZh = nameZh;
        this.nameEn = nameEn;
        this.monthly = monthly;
    }

    /**
     * The stable code, such as {@code employer-social-insurance}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The Chinese name.
     *
     * @return the name
     */
    public String nameZh() {
        return nameZh;
    }

    /**
     * The English name.
     *
     * @return the name
     */
    public String nameEn() {
        return nameEn;
    }

    /**
     * Whether the kind is granted month by month and counted against a duration.
     *
     * @return true for a monthly kind
     */
    public boolean isMonthly() {
        return monthly;
    }

    /**
     * The kind with this code.
     *
     * @param code a code such as {@code public-welfare-post}
     * @return the kind
     * @throws IllegalArgumentException if no kind has that code
     * @throws NullPointerException if {@code code} is null
     */
    public static SubsidyKind ofCode(String code) {
        java.util.Objects.requireNonNull(code, "code");
        for (SubsidyKind kind : values()) {
            if (kind.code.equals(code)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown subsidy kind: " + code);
    }
}
