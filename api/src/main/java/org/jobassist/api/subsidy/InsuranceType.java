package org.jobassist.api.subsidy;

import java.util.Objects;
import java.util.Optional;

/**
 * The kinds of social insurance (险种) whose contributions a social-insurance subsidy may
 * cover, each with the stable code a policy pack lists them by
 * ({@link org.jobassist.api.policy.PolicyKeys#SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES})
 * and that names a subsidy's {@link AmountComponent}.
 *
 * <p>Immutable and thread-safe.
 */
public enum InsuranceType {
    /** Basic pension insurance (基本养老保险). */
    PENSION("pension"),
    /** Basic medical insurance (基本医疗保险). */
    MEDICAL("medical"),
    /** Unemployment insurance (失业保险). */
    UNEMPLOYMENT("unemployment"),
    /** Work-injury insurance (工伤保险); no Liaoning subsidy covers it by default. */
    WORK_INJURY("work-injury"),
    /** Maternity insurance (生育保险); no Liaoning subsidy covers it by default. */
    MATERNITY("maternity");

    private final String code;

    InsuranceType(String code) {
        this.code = code;
    }

    /**
     * The stable code, such as {@code pension}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The insurance with this code.
     *
     * @param code a code such as {@code medical}
     * @return the insurance, or empty if no insurance has that code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<InsuranceType> ofCode(String code) {
        Objects.requireNonNull(code, "code");
        for (InsuranceType type : values()) {
            if (type.code.equals(code)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
