package org.jobassist.api.query;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;

/**
 * The policies one person has enjoyed (享受政策情况), as a caller with a given scope may see
 * them: the person masked; the ledger payments booked to cities in scope, in full, grouped by
 * subsidy kind with totals and periods; the recognition record in full when the person's
 * residence city is in scope; and for everything else only the {@link OtherCities} notice.
 *
 * <p>The result never holds the person's ID number, only its masked form: a caller who asked
 * by number knows it, and a result may end up in a log or a screen shot. Nothing of a record
 * outside the scope is in it beyond the notice.
 *
 * <p>Error code of {@link #of}: {@code enjoyed-policies.duplicate-kind} (two summaries of one
 * kind, path {@code kinds[i]}).
 *
 * <p>Immutable and thread-safe. {@link #toString()} shows the masked number.
 */
public final class EnjoyedPolicies {

    private final String person;
    private final AccessScope scope;
    private final Instant queriedAt;
    private final boolean registered;
    private final List<KindSummary> kinds;
    private final RecognitionLine recognition;
    private final OtherCities otherCities;

    private EnjoyedPolicies(String person, AccessScope scope, Instant queriedAt, boolean registered,
                            List<KindSummary> kinds, RecognitionLine recognition, OtherCities otherCities) {
        this.person = person;
        this.scope = scope;
        this.queriedAt = queriedAt;
        this.registered = registered;
        this.kinds = kinds;
        this.recognition = recognition;
        this.otherCities = otherCities;
    }

    /**
     * The result of a query.
     *
     * @param person the person asked about; only the masked form is kept
     * @param scope the caller's scope
     * @param queriedAt when the query was asked, as the caller passed it
     * @param registered whether the person store holds the person
     * @param kinds the in-scope payments by kind, one summary per kind, in any order (kept in
     *     kind order)
     * @param recognition the in-scope recognition, or empty
     * @param otherCities the notice of what is held outside the scope
     * @return the result
     * @throws InvalidInputException {@code enjoyed-policies.duplicate-kind}
     * @throws NullPointerException if an argument or a summary is null
     */
    public static EnjoyedPolicies of(ResidentIdNumber person, AccessScope scope, Instant queriedAt, boolean registered,
                                     List<KindSummary> kinds, Optional<RecognitionLine> recognition,
                                     OtherCities otherCities) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(queriedAt, "queriedAt");
        Objects.requireNonNull(recognition, "recognition");
        Objects.requireNonNull(otherCities, "otherCities");
        List<KindSummary> sorted = new ArrayList<>(kinds);
        sorted.forEach(k -> Objects.requireNonNull(k, "kind summary"));
        sorted.sort(Comparator.comparing(KindSummary::kind));
        for (int i = 1; i < sorted.size(); i++) {
            if (sorted.get(i).kind() == sorted.get(i - 1).kind()) {
                throw new InvalidInputException(new Violation("kinds[" + i + "]", "enjoyed-policies.duplicate-kind",
                        "one summary per subsidy kind"));
            }
        }
        return new EnjoyedPolicies(person.masked(), scope, queriedAt, registered, List.copyOf(sorted),
                recognition.orElse(null), otherCities);
    }

    /** @return the person's ID number, masked: first 6 characters, eight asterisks, last 4 */
    public String personMasked() {
        return person;
    }

    /** @return the scope the result was cut to */
    public AccessScope scope() {
        return scope;
    }

    /** @return when the query was asked, as the caller passed it */
    public Instant queriedAt() {
        return queriedAt;
    }

    /** @return whether the person store holds the person (else no recognition can be shown) */
    public boolean registered() {
        return registered;
    }

    /** @return the in-scope payments, one summary per kind, in {@link org.jobassist.api.subsidy.SubsidyKind} order */
    public List<KindSummary> kinds() {
        return kinds;
    }

    /** @return the recognition record, when the person lives in a city in scope and has one */
    public Optional<RecognitionLine> recognition() {
        return Optional.ofNullable(recognition);
    }

    /** @return the notice of the records held outside the scope */
    public OtherCities otherCities() {
        return otherCities;
    }

    /**
     * The sum of every in-scope payment.
     *
     * @return the total, exact
     */
    public Money total() {
        Money sum = Money.ZERO;
        for (KindSummary k : kinds) {
            sum = sum.plus(k.total());
        }
        return sum;
    }

    /**
     * How many records the result shows in clear: the in-scope payments, and the recognition
     * record if shown.
     *
     * @return the count
     */
    public int shownRecords() {
        int n = recognition == null ? 0 : 1;
        for (KindSummary k : kinds) {
            n += k.payments().size();
        }
        return n;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof EnjoyedPolicies e && person.equals(e.person) && scope.equals(e.scope)
                && queriedAt.equals(e.queriedAt) && registered == e.registered && kinds.equals(e.kinds)
                && Objects.equals(recognition, e.recognition) && otherCities.equals(e.otherCities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(person, scope, queriedAt, registered, kinds, recognition, otherCities);
    }

    /** {@return a summary: masked person, scope, kinds with totals, recognition status, the notice} */
    @Override
    public String toString() {
        return "EnjoyedPolicies[" + person + ", " + scope + ", " + kinds
                + (recognition == null ? "" : ", recognition " + recognition.record().status())
                + ", " + otherCities.line() + "]";
    }
}
