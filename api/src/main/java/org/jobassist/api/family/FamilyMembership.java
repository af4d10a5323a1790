package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Who belongs to whose family (家庭成员) under Civil Code Art. 1045 para. 3: spouse, parents and
 * children, and other close relatives who live together. The zero-employment test asks it
 * about each person on a household register, anchored on the household head; the kinship
 * service implements it from its graph of relations.
 *
 * <p>Implementations must be thread-safe, must not change their answer for the same
 * arguments while a determination runs, and should not allocate per call where they can
 * help it: the test calls this once per register member in batch runs.
 */
@FunctionalInterface
public interface FamilyMembership {

    /**
     * Whether {@code member} is a family member (家庭成员, Civil Code Art. 1045 para. 3) of
     * {@code anchor} on {@code asOf}.
     *
     * @param anchor the person the family is anchored on, such as the household head
     * @param member another person
     * @param asOf the date asked about
     * @return true if {@code member} is a family member of {@code anchor} on that date
     * @throws NullPointerException if an argument is null
     */
    boolean isFamilyMember(PersonId anchor, PersonId member, LocalDate asOf);

    /**
     * A membership that takes everyone on the same household register as a family member of
     * everyone else. It <b>bypasses Civil Code Art. 1045</b>: a lodger or an in-law on the
     * register counts as family. Meant for hosts that have no kinship data yet and for tests;
     * a determination made with it says so only through the host's own records.
     *
     * @return the membership
     */
    static FamilyMembership everyoneInRegister() {
        return (anchor, member, asOf) -> {
            Objects.requireNonNull(anchor, "anchor");
            Objects.requireNonNull(member, "member");
            Objects.requireNonNull(asOf, "asOf");
            return true;
        };
    }
}
