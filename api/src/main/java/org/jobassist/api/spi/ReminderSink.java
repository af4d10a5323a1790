package org.jobassist.api.spi;

import org.jobassist.api.assessment.Reminder;

/**
 * Where reminders to cities behind schedule go (督促提醒): the host's notice system, mail or
 * task queue. The library calls it once per reminder, from the caller's thread.
 *
 * <p>An implementation used by several threads must be thread-safe. It should not throw; an
 * exception it throws stops the remaining reminders of the call and reaches the caller.
 */
public interface ReminderSink {

    /**
     * Delivers one reminder.
     *
     * @param reminder the reminder
     * @throws NullPointerException if {@code reminder} is null
     */
    void remind(Reminder reminder);
}
