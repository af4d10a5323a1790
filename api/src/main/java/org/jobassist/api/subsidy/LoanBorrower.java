package org.jobassist.api.subsidy;

/** Who borrows a business-start guarantee loan (创业担保贷款); the caps differ. */
public enum LoanBorrower {
    /** An individual starting a business: up to 200,000 yuan for up to 3 years (Liaoning pack). */
    INDIVIDUAL,
    /** A small or micro enterprise: up to 3,000,000 yuan for up to 2 years (Liaoning pack). */
    SMALL_OR_MICRO_ENTERPRISE
}
