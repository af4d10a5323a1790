package org.jobassist.api.service;

/** A person's employment status as recorded in a needs profile (就业状态). */
public enum EmploymentStatus {
    /** Unemployed (失业). */
    UNEMPLOYED,
    /** In flexible employment (灵活就业). */
    FLEXIBLY_EMPLOYED,
    /** Employed by an employer (单位就业). */
    EMPLOYED,
    /** Self-employed (自主创业/个体经营). */
    SELF_EMPLOYED
}
