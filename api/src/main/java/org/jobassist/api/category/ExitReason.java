package org.jobassist.api.category;

import java.util.Objects;
import java.util.Optional;

/**
 * Why a recognition ended (退出就业困难人员认定). No Liaoning rule on exit was found; the
 * reasons follow Guangdong's 粤人社规〔2019〕7号 as a <b>provisional</b> assumption
 * (DOMAIN §1.2). Which reasons are active, and the thresholds of
 * {@link #REFUSED_SERVICES} and {@link #UNREACHABLE}, are policy values of the pack
 * ({@code category.exit.*}).
 *
 * <p>Each reason has a stable kebab-case {@link #code()} for storage and audit; never store
 * the ordinal.
 *
 * <p>Immutable and thread-safe.
 */
public enum ExitReason {
    /** Reached statutory retirement age; the engine finds it itself on re-verification. */
    REACHED_RETIREMENT("reached-retirement", true),
    /** Draws a basic old-age pension. */
    DRAWS_PENSION("draws-pension", false),
    /** Has lost all capacity to work. */
    LOST_CAPACITY("lost-capacity", false),
    /** Entered school. */
    ENTERED_SCHOOL("entered-school", false),
    /** Joined the army. */
    ENLISTED("enlisted", false),
    /** Emigrated. */
    EMIGRATED("emigrated", false),
    /** Refused public employment services too often within the window of the pack (3 in 6 months). */
    REFUSED_SERVICES("refused-services", false),
    /** Asked to leave. */
    ASKED_TO_LEAVE("asked-to-leave", false),
    /** Became employed or self-employed. */
    EMPLOYED("employed", false),
    /** The unemployment registration was cancelled; the engine finds it itself on re-verification. */
    REGISTRATION_CANCELLED("registration-cancelled", true),
    /** A member of the person's zero-employment family became employed. */
    FAMILY_MEMBER_EMPLOYED("family-member-employed", false),
    /** Was sentenced to a criminal penalty. */
    CRIMINAL_PENALTY("criminal-penalty", false),
    /** Obtained the status with false information or defrauded subsidies. */
    FALSE_INFORMATION("false-information", false),
    /** Could not be contacted for longer than the pack's period (6 months). */
    UNREACHABLE("unreachable", false),
    /** Re-verification found no category satisfied any more; the engine decides it. */
    NO_LONGER_ELIGIBLE("no-longer-eligible", true);

    private final String code;
    private final boolean automatic;

    ExitReason(String code, boolean automatic) {
        this.code = code;
        this.automatic = automatic;
    }

    /**
     * The stable code, such as {@code reached-retirement}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * Whether the lifecycle engine finds this reason itself when it re-verifies a
     * recognition; the others are reported by the host.
     *
     * @return true for {@link #REACHED_RETIREMENT}, {@link #REGISTRATION_CANCELLED} and
     *     {@link #NO_LONGER_ELIGIBLE}
     */
    public boolean isAutomatic() {
        return automatic;
    }

    /**
     * The reason with this code.
     *
     * @param code the code
     * @return the reason, or empty if no reason has the code
     * @throws NullPointerException if {@code code} is null
     */
    public static Optional<ExitReason> fromCode(String code) {
        Objects.requireNonNull(code, "code");
        for (ExitReason r : values()) {
            if (r.code.equals(code)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
