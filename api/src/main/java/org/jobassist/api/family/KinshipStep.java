package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.identity.Gender;

/**
 * One step of the path that proves a relation: from a person to their parent, child or
 * spouse. The words of a step depend on the gender of the person stepped to, and, for a
 * parent or child, on the ground of the relation ("adoptive mother", "stepson").
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the person stepped from
 * @param link whether {@code to} is the parent, child or spouse of {@code from}
 * @param ground for a parent or child step, the kind of parentage; null for a spouse step
 * @param to the person stepped to
 * @param toGender the gender of {@code to}
 */
public record KinshipStep(PersonId from, Link link, ParentageKind ground, PersonId to, Gender toGender) {

    /** What the person stepped to is to the person stepped from. */
    public enum Link {
        /** A parent. */
        PARENT,
        /** A child. */
        CHILD,
        /** A spouse in a marriage in force. */
        SPOUSE
    }

    /**
     * Checks the step.
     *
     * @throws IllegalArgumentException if {@code ground} is null exactly when {@code link} is
     *     not {@link Link#SPOUSE}
     * @throws NullPointerException if {@code from}, {@code link}, {@code to} or {@code toGender} is null
     */
    public KinshipStep {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(toGender, "toGender");
        if ((link == Link.SPOUSE) != (ground == null)) {
            throw new IllegalArgumentException("a parent or child step has a ground, a spouse step has none");
        }
    }

    /**
     * The English word for {@code to} seen from {@code from}, such as "mother", "adoptive son",
     * "stepfather" or "wife".
     *
     * @return the word
     */
    public String word() {
        boolean male = toGender == Gender.MALE;
        String base;
        switch (link) {
            case PARENT:
                base = male ? "father" : "mother";
                break;
            case CHILD:
                base = male ? "son" : "daughter";
                break;
            default:
                return male ? "husband" : "wife";
        }
        switch (ground) {
            case ADOPTION:
                return "adoptive " + base;
            case STEP_WITH_SUPPORT:
                return "step" + base;
            default:
                return base;
        }
    }
}
