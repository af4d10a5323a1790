package org.jobassist.impl.internal.crosscheck;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;

/**
 * A record's status on a day, read from its history: the status entered by the last transition
 * on or before the day, and the day that status began (a re-verification that keeps the
 * recognition does not restart it).
 */
final class StatusOn {

    private StatusOn() {}

    /**
     * Whether {@code r} is recognised on {@code day}. Reads the history only when the record
     * changed after the day, so the common case allocates one date.
     */
    static boolean isRecognisedOn(RecognitionRecord r, LocalDate day) {
        if (!r.lastTransitionOn().isAfter(day)) {
            return r.status() == RecognitionStatus.RECOGNISED;
        }
        RecognitionRecord.Transition t = on(r, day);
        return t != null && t.status() == RecognitionStatus.RECOGNISED;
    }

    /**
     * The status of {@code r} on {@code day} with the day it began, or null if the record's
     * first transition is after the day.
     */
    static RecognitionRecord.Transition on(RecognitionRecord r, LocalDate day) {
        List<RecognitionRecord.Transition> history = r.history();
        RecognitionStatus status = null;
        LocalDate since = null;
        for (RecognitionRecord.Transition t : history) {
            if (t.date().isAfter(day)) {
                break;
            }
            if (t.status() != status) {
                status = t.status();
                since = t.date();
            }
        }
        return status == null ? null : new RecognitionRecord.Transition(status, since);
    }
}
