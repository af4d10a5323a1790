package org.jobassist.api.assessment;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A declared category subset of the counted outcomes (重点群体), such as the zero-employment
 * family members among the people helped into work. Subsets cut across the channels: an
 * outcome belongs to the subset when it holds any of the subset's category codes on its date.
 *
 * <p>Error codes: {@code category-subset.name} (blank name), {@code category-subset.codes}
 * (no code, or a code that is not upper-case letters, digits and underscores).
 *
 * <p>Immutable and thread-safe.
 *
 * @param name the subset's display name, such as {@code zero-employment family members}
 * @param categoryCodes the category codes of the catalogue, at least one; kept sorted
 * @param base the denominator of the subset's share
 */
public record CategorySubset(String name, Set<String> categoryCodes, ShareBase base) {

    /**
     * Validates the subset.
     *
     * @throws InvalidInputException with every violation found (codes in the class javadoc)
     * @throws NullPointerException if an argument or a code is null
     */
    public CategorySubset {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(categoryCodes, "categoryCodes");
        Objects.requireNonNull(base, "base");
        List<Violation> faults = new ArrayList<>();
        if (name.isBlank()) {
            faults.add(new Violation("name", "category-subset.name", "a subset has a name"));
        }
        if (categoryCodes.isEmpty() || !categoryCodes.stream().allMatch(EmploymentOutcome::isWellFormedCategoryCode)) {
            faults.add(new Violation("categoryCodes", "category-subset.codes",
                    "a subset has at least one category code of upper-case letters, digits and underscores"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        categoryCodes = Collections.unmodifiableSet(new TreeSet<>(categoryCodes));
    }

    /**
     * A subset whose share is computed against the channel total.
     *
     * @param name the display name
     * @param categoryCodes the category codes, at least one
     * @return the subset
     * @throws InvalidInputException if the name is blank or the codes are bad
     */
    public static CategorySubset of(String name, String... categoryCodes) {
        return new CategorySubset(name, Set.of(categoryCodes), ShareBase.CHANNEL_TOTAL);
    }
}
