package org.jobassist.api.subsidy;

/**
 * Who an enterprise trains under the work-for-training scheme (以工代训): a new hire from one
 * of the favoured groups, or its own staff when the enterprise was hit by the epidemic.
 */
public enum TraineeCategory {
    /** A newly hired recognised person with employment difficulties, disabled people included. */
    EMPLOYMENT_DIFFICULTY(true),
    /** A newly hired member of a zero-employment family. */
    ZERO_EMPLOYMENT_FAMILY_MEMBER(true),
    /** A newly hired graduate, within the pack's window after graduation (2 years). */
    RECENT_GRADUATE(true),
    /** A newly hired registered unemployed person. */
    REGISTERED_UNEMPLOYED(true),
    /** A member of the enterprise's own staff, the enterprise being hit by the epidemic. */
    OWN_STAFF(false);

    private final boolean newHire;

    TraineeCategory(boolean newHire) {
        this.newHire = newHire;
    }

    /**
     * Whether the category is a new hire, whose hire date the input must give.
     *
     * @return false only for {@link #OWN_STAFF}
     */
    public boolean isNewHire() {
        return newHire;
    }
}
