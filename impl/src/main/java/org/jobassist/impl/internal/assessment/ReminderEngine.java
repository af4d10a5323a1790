package org.jobassist.impl.internal.assessment;

import java.util.Objects;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.spi.ReminderSink;

/** Sends one reminder per city behind, escalated after the plan's months. Stateless and thread-safe. */
public final class ReminderEngine {

    private ReminderEngine() {}

    /**
     * Sends the reminders of {@code report}; see {@code Assessments.remind}.
     *
     * @param report the report
     * @param sink the sink
     * @return the number sent
     */
    public static int remind(ProgressReport report, ReminderSink sink) {
        Objects.requireNonNull(report, "report");
        Objects.requireNonNull(sink, "sink");
        int sent = 0;
        for (CityProgress city : report.behind()) {
            sink.remind(new Reminder(city.division(), report.month(), city.status(), city.gap(), city.monthsBehind(),
                    city.monthsBehind() >= report.escalateAfterMonths()));
            sent++;
        }
        return sent;
    }
}
