package org.jobassist.api.service;

/** What a person wishes to do about work (就业意愿). */
public enum Willingness {
    /** Looking for a job (求职). */
    JOB,
    /** Starting a business (自主创业). */
    SELF_EMPLOYMENT,
    /** Flexible work (灵活就业). */
    FLEXIBLE_WORK,
    /** No wish to work at present. */
    NONE
}
