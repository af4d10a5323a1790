package org.jobassist.api.crosscheck;

/**
 * What a caseworker should do about a {@link Discrepancy} (处理建议). The
 * {@link Discrepancy#actionText() text} of each discrepancy says it in words for that case.
 *
 * <p>Immutable and thread-safe.
 */
public enum SuggestedAction {
    /** Review the recognition (复核认定): the evidence behind a category no longer holds. */
    REVIEW_RECOGNITION("review-recognition"),
    /** Ask the registry to confirm its data before acting (核实部门数据). */
    CONFIRM_WITH_REGISTRY("confirm-with-registry"),
    /** End the recognition (办理退出): the person can no longer be recognised. */
    EXIT_RECOGNITION("exit-recognition"),
    /** Stop the payment and recover what was paid wrongly (停发并追回). */
    STOP_AND_RECOVER_PAYMENT("stop-and-recover-payment");

    private final String code;

    SuggestedAction(String code) {
        this.code = code;
    }

    /**
     * The stable kebab-case code.
     *
     * @return the code, such as {@code review-recognition}
     */
    public String code() {
        return code;
    }
}
