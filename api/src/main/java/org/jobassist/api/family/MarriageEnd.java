package org.jobassist.api.family;

/** How a marriage (婚姻关系) ended. */
public enum MarriageEnd {
    /** Dissolved by divorce (离婚), by registration or by judgment. */
    DIVORCE,
    /** Ended by the death of a spouse (配偶死亡). */
    DEATH
}
