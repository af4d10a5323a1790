package org.jobassist.api.category;

/**
 * What happens, when a catalogue version takes effect, to people recognised under the
 * version before it (认定过渡).
 *
 * <p>Immutable and thread-safe.
 */
public enum TransitionRule {
    /** They keep their recognition until their next review; the default. */
    KEEP_UNTIL_NEXT_REVIEW,
    /** They are assessed again at once under the new version. */
    REASSESS_IMMEDIATELY
}
