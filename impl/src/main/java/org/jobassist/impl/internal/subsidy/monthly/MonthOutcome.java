package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.Rounding;

/**
 * What one month of a period came to: granted with its parts, or excluded with a reason code.
 *
 * @param month the month
 * @param components the parts when granted; empty when excluded
 * @param roundings the roundings applied to the parts
 * @param values the pack values read for the month
 * @param reasonCode the reason code when excluded, else null
 * @param reasonMessage the reason's message when excluded, else null
 * @param explanation the month's explanation, or null on the fast path
 */
public record MonthOutcome(YearMonth month, List<AmountComponent> components, List<Rounding> roundings,
                           List<ResolvedValue<?>> values, String reasonCode, String reasonMessage,
                           Explanation explanation) {

    /** Copies the lists. */
    public MonthOutcome {
        Objects.requireNonNull(month, "month");
        components = List.copyOf(components);
        roundings = List.copyOf(roundings);
        values = List.copyOf(values);
    }

    /**
     * A granted month.
     *
     * @param month the month
     * @param components its parts, not empty
     * @param roundings the roundings
     * @param values the values read
     * @param explanation the explanation or null
     * @return the outcome
     */
    public static MonthOutcome granted(YearMonth month, List<AmountComponent> components, List<Rounding> roundings,
                                       List<ResolvedValue<?>> values, Explanation explanation) {
        return new MonthOutcome(month, components, roundings, values, null, null, explanation);
    }

    /**
     * An excluded month.
     *
     * @param month the month
     * @param code the reason code
     * @param message the reason
     * @param values the values read
     * @param explanation the explanation or null
     * @return the outcome
     */
    public static MonthOutcome excluded(YearMonth month, String code, String message, List<ResolvedValue<?>> values,
                                        Explanation explanation) {
        return new MonthOutcome(month, List.of(), List.of(), values, Objects.requireNonNull(code, "code"),
                Objects.requireNonNull(message, "message"), explanation);
    }

    /** @return whether the month is granted */
    public boolean isGranted() {
        return reasonCode == null;
    }
}
