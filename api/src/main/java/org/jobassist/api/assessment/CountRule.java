package org.jobassist.api.assessment;

/**
 * How outcomes count towards the target. The programme counts a person once per year; a host
 * that counts every placement may choose {@link #EVERY_OUTCOME}.
 *
 * <p>Immutable and thread-safe.
 */
public enum CountRule {
    /**
     * A person counts once per plan year: a second outcome of the same person in the same
     * year is rejected with {@code outcome.duplicate-in-year}. The default.
     */
    ONCE_PER_PERSON_PER_YEAR,
    /** Every outcome counts, however often the same person is placed. */
    EVERY_OUTCOME
}
