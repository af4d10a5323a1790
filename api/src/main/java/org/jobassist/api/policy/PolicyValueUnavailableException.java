package org.jobassist.api.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.region.DivisionCode;

/**
 * Thrown when a policy pack cannot give a value: the pack marks it unknown for the
 * jurisdiction and date asked about ({@value #VALUE_UNKNOWN}), or has no value in force there
 * and then ({@value #VALUE_MISSING}). The message names the key, the jurisdiction code and the
 * date; a pack holds no personal data.
 *
 * <p>It is not an {@link org.jobassist.api.error.InvalidInputException}: the question was
 * well formed, the pack lacks the answer. The remedy is a pack with the value, or an override.
 */
public class PolicyValueUnavailableException extends RuntimeException {

    /** The code when the pack marks the value unknown. */
    public static final String VALUE_UNKNOWN = "policy.value-unknown";
    /** The code when no value is in force. */
    public static final String VALUE_MISSING = "policy.value-missing";

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String keyName;
    private final String jurisdictionCode;
    private final LocalDate date;
    private final String markedUnknownBy;

    /**
     * Creates the exception.
     *
     * @param key the key asked for
     * @param jurisdiction the jurisdiction asked about
     * @param date the date asked about
     * @param unknownEntry the entry that marks the value unknown, or null if none is in force
     * @throws NullPointerException if {@code key}, {@code jurisdiction} or {@code date} is null
     */
    public PolicyValueUnavailableException(PolicyKey<?> key, DivisionCode jurisdiction,
            LocalDate date, PolicyValue<?> unknownEntry) {
        super(describe(key, jurisdiction, date, unknownEntry));
        this.code = unknownEntry == null ? VALUE_MISSING : VALUE_UNKNOWN;
        this.keyName = key.name();
        this.jurisdictionCode = jurisdiction.code();
        this.date = date;
        this.markedUnknownBy = unknownEntry == null ? null : unknownEntry.jurisdiction().code();
    }

    private static String describe(PolicyKey<?> key, DivisionCode jurisdiction, LocalDate date,
            PolicyValue<?> unknownEntry) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        String subject = "policy value " + key.name() + " for " + jurisdiction.code() + " on " + date;
        if (unknownEntry == null) {
            return subject + " is missing: no value is in force [" + VALUE_MISSING + "]";
        }
        return subject + " is unknown (marked unknown for " + unknownEntry.jurisdiction().code()
                + unknownEntry.note().map(n -> ": " + n).orElse("") + ") [" + VALUE_UNKNOWN + "]";
    }

    /**
     * The stable error code, {@value #VALUE_UNKNOWN} or {@value #VALUE_MISSING}.
     *
     * @return the code
     */
    public String code() {
        return code;
    }

    /**
     * The name of the key asked for.
     *
     * @return the key name
     */
    public String keyName() {
        return keyName;
    }

    /**
     * The six-digit code of the jurisdiction asked about.
     *
     * @return the division code
     */
    public String jurisdictionCode() {
        return jurisdictionCode;
    }

    /**
     * The date asked about.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The code of the jurisdiction whose entry marks the value unknown: the one asked about or
     * one that contains it.
     *
     * @return the division code, or empty when the value is missing rather than unknown
     */
    public Optional<String> markedUnknownBy() {
        return Optional.ofNullable(markedUnknownBy);
    }
}
