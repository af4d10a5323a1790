package org.jobassist.impl.internal.recognition;

import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.policy.ResolvedValue;

/** Text of values in explanations. */
final class Explain {

    private Explain() {}

    /**
     * A policy value as read: value, jurisdiction that set it, pack id and version, first day.
     *
     * @param v the resolved value
     * @return such as {@code [] (210000, liaoning 2021.1, from 2021-01-01)}
     */
    static String policyValue(ResolvedValue<?> v) {
        Object value = v.value();
        String text = value instanceof Set<?> set ? new TreeSet<>(set.stream().map(String::valueOf).toList()).toString()
                : String.valueOf(value);
        return text + " (" + v.jurisdiction().code() + ", " + v.packId() + " " + v.packVersion() + ", from "
                + v.effectiveFrom() + ")";
    }
}
