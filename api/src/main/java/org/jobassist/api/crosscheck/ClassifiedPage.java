package org.jobassist.api.crosscheck;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.family.PersonId;

/**
 * One page of a {@link ClassifiedQuery}'s result, in person-id order, and the cursor of the
 * next page: the last person id of this page, empty on the last page.
 *
 * <p>Immutable and thread-safe.
 *
 * @param entries the entries of the page
 * @param next the cursor to pass to {@link ClassifiedRegister#page} for the next page
 */
public record ClassifiedPage(List<ClassifiedEntry> entries, Optional<PersonId> next) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public ClassifiedPage {
        entries = List.copyOf(entries);
        Objects.requireNonNull(next, "next");
    }
}
