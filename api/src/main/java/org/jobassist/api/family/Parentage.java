package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A parent–child relation (父母子女关系) of one of the {@link ParentageKind kinds}. A birth
 * relation holds from the child's birth and never ends, so it takes neither {@code from} nor
 * {@code end}; an adoption holds from the adoption and a step-relation from the day the
 * support-and-education relationship began, each until {@code end} (a dissolved adoption, a
 * step-relation that ceased) if given, both days included.
 *
 * <p>Error codes (paths relative to the parentage; a builder puts {@code parentages[i]} in
 * front): {@code kinship.parentage-from} (path {@code from}: missing for adoption or
 * step-relation, or given for birth); {@code kinship.parentage-end} (path {@code end}: a birth
 * relation cannot end); {@code kinship.date-order} (path {@code end}: before {@code from}).
 *
 * <p>Immutable and thread-safe.
 *
 * @param parent the parent
 * @param child the child
 * @param kind birth, adoption or step-relation with support
 * @param from the first day for adoption and step-relation; null for birth
 * @param end the last day, or null while the relation lasts; always null for birth
 */
public record Parentage(PersonId parent, PersonId child, ParentageKind kind, LocalDate from, LocalDate end) {

    /**
     * Validates the relation on its own; the graph checks it against the people.
     *
     * @throws InvalidInputException with codes {@code kinship.parentage-from},
     *     {@code kinship.parentage-end} or {@code kinship.date-order}
     * @throws NullPointerException if {@code parent}, {@code child} or {@code kind} is null
     */
    public Parentage {
        Objects.requireNonNull(parent, "parent");
        Objects.requireNonNull(child, "child");
        Objects.requireNonNull(kind, "kind");
        if ((kind == ParentageKind.BIRTH) != (from == null)) {
            throw new InvalidInputException(new Violation("from", "kinship.parentage-from",
                    kind == ParentageKind.BIRTH ? "a birth relation starts at the child's birth and takes no from date"
                            : "an adoption or step-relation needs the date it began"));
        }
        if (kind == ParentageKind.BIRTH && end != null) {
            throw new InvalidInputException(new Violation("end", "kinship.parentage-end",
                    "a birth relation cannot end"));
        }
        if (end != null && end.isBefore(from)) {
            throw new InvalidInputException(new Violation("end", "kinship.date-order",
                    "a parent-child relation must not end before it starts"));
        }
    }

    /**
     * A birth relation.
     *
     * @param parent the natural parent
     * @param child the child
     * @return the relation
     * @throws NullPointerException if an argument is null
     */
    public static Parentage birth(PersonId parent, PersonId child) {
        return new Parentage(parent, child, ParentageKind.BIRTH, null, null);
    }

    /**
     * An adoption (收养, Civil Code Art. 1111) effective from {@code from}.
     *
     * @param parent the adoptive parent
     * @param child the adopted child
     * @param from the day the adoption took effect
     * @return the relation
     * @throws NullPointerException if an argument is null
     */
    public static Parentage adoption(PersonId parent, PersonId child, LocalDate from) {
        Objects.requireNonNull(from, "from");
        return new Parentage(parent, child, ParentageKind.ADOPTION, from, null);
    }

    /**
     * A step-relation with support and education (Civil Code Art. 1072) from {@code from}.
     *
     * @param stepParent the step-parent
     * @param stepChild the step-child
     * @param from the day the support-and-education relationship began
     * @return the relation
     * @throws NullPointerException if an argument is null
     */
    public static Parentage stepWithSupport(PersonId stepParent, PersonId stepChild, LocalDate from) {
        Objects.requireNonNull(from, "from");
        return new Parentage(stepParent, stepChild, ParentageKind.STEP_WITH_SUPPORT, from, null);
    }

    /**
     * This relation, ended on {@code date} (a dissolved adoption, a step-relation that ceased).
     *
     * @param date the last day of the relation
     * @return a copy with the end set
     * @throws InvalidInputException with code {@code kinship.parentage-end} for a birth
     *     relation, or {@code kinship.date-order} if before {@code from}
     * @throws NullPointerException if {@code date} is null
     */
    public Parentage endedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return new Parentage(parent, child, kind, from, date);
    }

    /**
     * The recorded first day.
     *
     * @return the from date, empty for a birth relation
     */
    public Optional<LocalDate> fromDate() {
        return Optional.ofNullable(from);
    }

    /**
     * The recorded last day.
     *
     * @return the end, or empty while the relation lasts
     */
    public Optional<LocalDate> endDate() {
        return Optional.ofNullable(end);
    }
}
