package org.jobassist.api.category;

/**
 * Where a person's recognition as a person with employment difficulties (就业困难人员认定)
 * stands.
 *
 * <p>Immutable and thread-safe.
 */
public enum RecognitionStatus {
    /** The person has applied and awaits a decision. */
    APPLIED,
    /** The person is recognised in at least one category. */
    RECOGNISED,
    /** The recognition has ended, with an {@link ExitReason}. */
    EXITED,
    /** The application was decided and no category was satisfied. */
    REJECTED;

    /**
     * Whether a new application may start from this status: a person with no open
     * application or recognition may apply again.
     *
     * @return true for {@link #EXITED} and {@link #REJECTED}
     */
    public boolean isClosed() {
        return this == EXITED || this == REJECTED;
    }
}
