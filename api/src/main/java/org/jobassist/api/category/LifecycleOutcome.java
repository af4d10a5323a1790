package org.jobassist.api.category;

import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.law.Explanation;

/**
 * What one step of the recognition lifecycle did: the record as stored after it, the
 * recognition it ran (if it ran one) and why it came out so.
 *
 * <p>Immutable and thread-safe.
 *
 * @param record the record as stored, with its new version
 * @param recognition the recognition run by a decision or re-verification, with its
 *     "why (not)" explanation; empty for steps that run none (host-reported exits, a transition
 *     that keeps the recognition)
 * @param explanation why the step came out so: the rule applied (rule ids
 *     {@code lifecycle.decision}, {@code lifecycle.reverification}, {@code lifecycle.exit},
 *     {@code lifecycle.transition}) with its legal basis
 */
public record LifecycleOutcome(RecognitionRecord record, Optional<Recognition> recognition, Explanation explanation) {

    /**
     * Checks the components.
     *
     * @throws NullPointerException if a component is null
     */
    public LifecycleOutcome {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(explanation, "explanation");
    }
}
