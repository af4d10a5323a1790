package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A person's relatives, close relatives or family members as of a date: the people in the
 * circle and, for family members, the close relatives left out and why (not living together,
 * deceased).
 *
 * <p>Immutable and thread-safe.
 *
 * @param subject the person asked about
 * @param asOf the date
 * @param scope the circle
 * @param included the people in the circle, ordered by id
 * @param excluded for {@link RelativeScope#FAMILY_MEMBERS}, the close relatives not in the
 *     circle, ordered by id; empty for the other scopes
 */
public record RelativesReport(PersonId subject, LocalDate asOf, RelativeScope scope, List<Relative> included,
                              List<Relative> excluded) {

    /**
     * Checks for nulls and copies the lists.
     *
     * @throws NullPointerException if an argument or element is null
     */
    public RelativesReport {
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(scope, "scope");
        included = List.copyOf(included);
        excluded = List.copyOf(excluded);
    }

    /**
     * The ids of the people in the circle.
     *
     * @return an unmodifiable set
     */
    public Set<PersonId> people() {
        return included.stream().map(Relative::person).collect(Collectors.toUnmodifiableSet());
    }

    /**
     * Whether {@code person} is in the circle.
     *
     * @param person the person
     * @return true if included
     */
    public boolean includes(PersonId person) {
        return included.stream().anyMatch(r -> r.person().equals(person));
    }
}
