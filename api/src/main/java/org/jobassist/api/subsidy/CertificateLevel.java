package org.jobassist.api.subsidy;

/**
 * The level of a vocational qualification or skill-level certificate (职业资格/职业技能等级证书),
 * from level 5, the lowest, to level 1, the highest. The skill-upgrade subsidy covers levels 5,
 * 4 and 3 only.
 *
 * <p>Immutable and thread-safe.
 */
public enum CertificateLevel {
    /** Level 5, junior worker (五级/初级工). */
    LEVEL_5(5),
    /** Level 4, intermediate worker (四级/中级工). */
    LEVEL_4(4),
    /** Level 3, senior worker (三级/高级工). */
    LEVEL_3(3),
    /** Level 2, technician (二级/技师). */
    LEVEL_2(2),
    /** Level 1, senior technician (一级/高级技师). */
    LEVEL_1(1);

    private final int number;

    CertificateLevel(int number) {
        this.number = number;
    }

    /**
     * The level's number, 5 (lowest) to 1 (highest).
     *
     * @return the number
     */
    public int number() {
        return number;
    }
}
