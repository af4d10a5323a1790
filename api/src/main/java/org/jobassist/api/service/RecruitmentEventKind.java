package org.jobassist.api.service;

/** The kinds of recruitment event. */
public enum RecruitmentEventKind {
    /** A job fair (招聘会). */
    JOB_FAIR,
    /** An Employment Assistance Month campaign event (就业援助月). */
    ASSISTANCE_MONTH,
    /** An online recruitment event (网络招聘). */
    ONLINE,
    /** Anything else. */
    OTHER
}
