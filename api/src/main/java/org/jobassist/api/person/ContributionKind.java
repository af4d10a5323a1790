package org.jobassist.api.person;

/**
 * Who paid a month's social-insurance contribution (社会保险缴费). Only an employer's payment
 * shows employment by an employer; a flexible worker paying alone shows flexible employment.
 *
 * <p>Immutable and thread-safe.
 */
public enum ContributionKind {
    /** Paid by an employer for its employee (单位缴费): the person was employed that month. */
    EMPLOYER,
    /** Paid by the person as a flexible worker (灵活就业人员个人缴费). */
    FLEXIBLE;

    /**
     * Whether this kind shows employment by an employer.
     *
     * @return true for {@link #EMPLOYER}
     */
    public boolean showsEmployment() {
        return this == EMPLOYER;
    }
}
