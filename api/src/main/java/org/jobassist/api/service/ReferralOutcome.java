package org.jobassist.api.service;

/** What became of a referral (岗位推荐) of a vacancy to a person. */
public enum ReferralOutcome {
    /** No answer yet. */
    PENDING,
    /** The person accepted the referral and was hired. */
    ACCEPTED_HIRED,
    /** The person accepted the referral (went to the interview) and was not hired. */
    ACCEPTED_NOT_HIRED,
    /** The person refused the referral; a reason code is recorded. */
    REFUSED,
    /** The person did not answer. */
    NO_ANSWER;

    /**
     * Whether the person accepted the referral, hired or not.
     *
     * @return true for {@link #ACCEPTED_HIRED} and {@link #ACCEPTED_NOT_HIRED}
     */
    public boolean accepted() {
        return this == ACCEPTED_HIRED || this == ACCEPTED_NOT_HIRED;
    }
}
