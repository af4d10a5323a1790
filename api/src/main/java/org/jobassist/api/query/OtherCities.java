package org.jobassist.api.query;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * The masked notice of the records a caller may not see: "other cities hold records". It says
 * how many cities outside the caller's scope hold records of the person, which subsidy kinds
 * they paid and whether one of them holds the person's recognition record, and nothing else:
 * no city, no amount, no date, no count of payments. That is enough for the caller to know
 * the person has enjoyed policies elsewhere (and ask the province, whose scope sees them) and
 * too little to learn what, when or how much.
 *
 * <p>Error codes of the constructor: {@code other-cities.count} (a negative count, or records
 * with no city to hold them; path {@code cityCount}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param cityCount how many cities outside the scope hold records, 0 when none
 * @param kinds the subsidy kinds of their ledger entries, unmodifiable, in enum order
 * @param recognition whether a city outside the scope holds the person's recognition record
 */
public record OtherCities(int cityCount, Set<SubsidyKind> kinds, boolean recognition) {

    private static final OtherCities NONE = new OtherCities(0, Set.of(), false);

    /**
     * Checks and copies the components.
     *
     * @throws InvalidInputException {@code other-cities.count}
     * @throws NullPointerException if {@code kinds} or an element is null
     */
    public OtherCities {
        Set<SubsidyKind> copy = EnumSet.noneOf(SubsidyKind.class);
        for (SubsidyKind k : Objects.requireNonNull(kinds, "kinds")) {
            copy.add(Objects.requireNonNull(k, "kind"));
        }
        if (cityCount < 0 || (cityCount == 0 && (!copy.isEmpty() || recognition))) {
            throw new InvalidInputException(new Violation("cityCount", "other-cities.count",
                    "the city count is not negative, and records outside the scope are held by at least one city"));
        }
        kinds = Collections.unmodifiableSet(copy);
    }

    /**
     * The notice that nothing is held outside the scope.
     *
     * @return the empty notice
     */
    public static OtherCities none() {
        return NONE;
    }

    /**
     * Whether no city outside the scope holds records.
     *
     * @return true if the count is 0
     */
    public boolean isEmpty() {
        return cityCount == 0;
    }

    /**
     * The notice as one line, such as {@code "2 other cities hold records: public-welfare-post,
     * vocational-training; a recognition record"}, or {@code "no other city holds records"}.
     *
     * @return the line
     */
    public String line() {
        if (isEmpty()) {
            return "no other city holds records";
        }
        StringBuilder b = new StringBuilder().append(cityCount)
                .append(cityCount == 1 ? " other city holds records" : " other cities hold records");
        String codes = kinds.stream().map(SubsidyKind::code).collect(Collectors.joining(", "));
        if (!codes.isEmpty()) {
            b.append(": ").append(codes);
        }
        if (recognition) {
            b.append(codes.isEmpty() ? ": " : "; ").append("a recognition record");
        }
        return b.toString();
    }
}
