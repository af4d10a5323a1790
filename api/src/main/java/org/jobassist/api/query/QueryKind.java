package org.jobassist.api.query;

/**
 * What an audited query asked (查询事项).
 */
public enum QueryKind {
    /** The policies a person has enjoyed, {@link EnjoyedPolicies}. */
    ENJOYED_POLICIES("enjoyed-policies");

    private final String code;

    QueryKind(String code) {
        this.code = code;
    }

    /**
     * The stable code, written to the audit trail.
     *
     * @return the kebab-case code
     */
    public String code() {
        return code;
    }
}
