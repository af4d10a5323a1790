package org.jobassist.api.query;

import java.time.Instant;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;

/**
 * One audited query (查询审计记录): who asked, when, with which scope, about whom (masked),
 * what, and how many records the answer showed in clear and held back.
 *
 * <p>The subject is kept masked only, so an audit trail never stores an ID number in clear;
 * the masked form with the user id and time is enough to trace a query to the records it
 * showed. The user id is the host's opaque id ({@link Caller}).
 *
 * <p>Error code of {@link #of}: {@code audit-event.negative-count} (path {@code shown} or
 * {@code hidden}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} is the audit line and holds no ID number
 * in clear.
 */
public final class AuditEvent {

    private final String userId;
    private final Instant at;
    private final AccessScope scope;
    private final String subject;
    private final QueryKind query;
    private final int shown;
    private final int hidden;

    private AuditEvent(Caller caller, Instant at, String subject, QueryKind query, int shown, int hidden) {
        this.userId = caller.userId();
        this.scope = caller.scope();
        this.at = at;
        this.subject = subject;
        this.query = query;
        this.shown = shown;
        this.hidden = hidden;
    }

    /**
     * An event.
     *
     * @param caller who asked, with their scope
     * @param at when, as the caller passed it
     * @param subject whom the query was about; only the masked form is kept
     * @param query what was asked
     * @param shown how many records the answer showed in clear, not negative
     * @param hidden how many records it held back as out of scope, not negative
     * @return the event
     * @throws InvalidInputException {@code audit-event.negative-count}
     * @throws NullPointerException if an argument is null
     */
    public static AuditEvent of(Caller caller, Instant at, ResidentIdNumber subject, QueryKind query, int shown,
                                int hidden) {
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(query, "query");
        if (shown < 0 || hidden < 0) {
            throw new InvalidInputException(new Violation(shown < 0 ? "shown" : "hidden", "audit-event.negative-count",
                    "record counts are not negative"));
        }
        return new AuditEvent(caller, at, subject.masked(), query, shown, hidden);
    }

    /** @return the host's id of the user who asked */
    public String userId() {
        return userId;
    }

    /** @return when the query was asked */
    public Instant at() {
        return at;
    }

    /** @return the caller's scope */
    public AccessScope scope() {
        return scope;
    }

    /** @return the subject's ID number, masked */
    public String subjectMasked() {
        return subject;
    }

    /** @return what was asked */
    public QueryKind query() {
        return query;
    }

    /** @return how many records the answer showed in clear */
    public int shown() {
        return shown;
    }

    /** @return how many records the answer held back as out of scope */
    public int hidden() {
        return hidden;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AuditEvent e && userId.equals(e.userId) && at.equals(e.at) && scope.equals(e.scope)
                && subject.equals(e.subject) && query == e.query && shown == e.shown && hidden == e.hidden;
    }

    @Override
    public int hashCode() {
        return Objects.hash(userId, at, scope, subject, query, shown, hidden);
    }

    /** {@return the audit line, such as {@code 2021-11-09T08:00:00Z user u-17 (city 210200) enjoyed-policies 210102********1234: 12 shown, 3 hidden}} */
    @Override
    public String toString() {
        return at + " user " + userId + " (" + scope + ") " + query.code() + " " + subject + ": " + shown + " shown, "
                + hidden + " hidden";
    }
}
