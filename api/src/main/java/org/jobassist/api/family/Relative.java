package org.jobassist.api.family;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.law.Explanation;

/**
 * One person in a {@link RelativesReport}: the relations that tie them to the subject, whether
 * they live together on the date, and why they are in or out of the report's circle.
 *
 * <p>Immutable and thread-safe.
 *
 * @param person the related person
 * @param findings the relations, at least one, in the order of {@link Kinship}
 * @param livingTogether whether the two live together (共同生活) on the report's date
 * @param deceased whether the person had died before the report's date
 * @param explanation why the person is included in or excluded from the circle
 */
public record Relative(PersonId person, List<KinshipFinding> findings, boolean livingTogether, boolean deceased,
                       Explanation explanation) {

    /**
     * Checks the entry.
     *
     * @throws IllegalArgumentException if {@code findings} is empty
     * @throws NullPointerException if an argument is null
     */
    public Relative {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(explanation, "explanation");
        findings = List.copyOf(findings);
        if (findings.isEmpty()) {
            throw new IllegalArgumentException("a relative has at least one finding");
        }
    }

    /**
     * The kinds of relation, in the order of {@link Kinship}.
     *
     * @return an unmodifiable set that iterates in the order of {@link Kinship}
     */
    public Set<Kinship> kinds() {
        EnumSet<Kinship> kinds = EnumSet.noneOf(Kinship.class);
        findings.forEach(f -> kinds.add(f.kind()));
        return Collections.unmodifiableSet(kinds);
    }
}
