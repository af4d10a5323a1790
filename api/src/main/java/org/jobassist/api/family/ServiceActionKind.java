package org.jobassist.api.family;

/**
 * The kinds of service a public employment service gives a zero-employment family or a person
 * with employment difficulties. Constants may be appended in later releases; do not switch
 * over them exhaustively.
 */
public enum ServiceActionKind {
    /** A home visit to register needs (入户走访). */
    HOME_VISIT,
    /** Career guidance (职业指导). */
    CAREER_GUIDANCE,
    /** A referral to a job (岗位推荐). */
    JOB_REFERRAL,
    /** Vocational training (职业培训). */
    TRAINING,
    /** Placement in a public welfare post (公益性岗位安置). */
    PUBLIC_WELFARE_POST,
    /** Anything else; say what in the note. */
    OTHER,
    /** Promotion of employment policies to the person (政策宣传). */
    POLICY_PROMOTION,
    /** Entrepreneurship services: advice, start-up guarantee loans, incubation (创业服务). */
    ENTREPRENEURSHIP_SERVICE
}
