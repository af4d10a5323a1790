package org.jobassist.api.crosscheck;

/**
 * The kinds of disagreement the cross-check (实时比对) finds between the real-name database,
 * the entitlement ledger and the registries of other agencies.
 *
 * <p>Immutable and thread-safe.
 */
public enum DiscrepancyKind {
    /** A recognised category's deciding evidence has passed its last valid day (认定依据已过期). */
    EVIDENCE_EXPIRED("evidence-expired", "认定依据已过期"),
    /** A recognised category's deciding evidence was withdrawn by its registry (认定依据已撤销). */
    EVIDENCE_WITHDRAWN("evidence-withdrawn", "认定依据已撤销"),
    /** A recognised category has no deciding evidence at all in its registry (无认定依据). */
    EVIDENCE_MISSING("evidence-missing", "无认定依据"),
    /**
     * An employer paid social insurance for a month for which a flexible-employment
     * social-insurance subsidy was paid (领取灵活就业社保补贴期间单位参保).
     */
    EMPLOYED_WHILE_FLEXIBLE_SUBSIDY("employed-while-flexible-subsidy", "领取灵活就业社保补贴期间单位参保"),
    /** Still recognised, or paid for a month, after statutory retirement (超过法定退休年龄). */
    PAST_STATUTORY_RETIREMENT("past-statutory-retirement", "超过法定退休年龄"),
    /** Recognised or paid although a death record holds (已死亡). */
    DECEASED("deceased", "已死亡"),
    /** The same kind of subsidy paid for the same period by two cities (跨市重复领取). */
    PAID_IN_TWO_CITIES("paid-in-two-cities", "跨市重复领取");

    private final String code;
    private final String nameZh;

    DiscrepancyKind(String code, String nameZh) {
        this.code = code;
        this.nameZh = nameZh;
    }

    /**
     * The stable kebab-case code.
     *
     * @return the code, such as {@code evidence-expired}
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
}
