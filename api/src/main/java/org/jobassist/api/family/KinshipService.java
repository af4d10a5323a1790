package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;

/**
 * Answers kinship questions under Civil Code Art. 1045 over one {@link KinshipGraph}, as of a
 * date.
 *
 * <p>As-of rules: a marriage counts from its start to its end, both included, and ends at the
 * death of a spouse; a parentage counts from the child's birth (birth), the adoption, or the
 * start of support and education (step) to its end, if any. People not yet born on the date
 * have no relations. Blood relations to a person who has died are still reported, flagged
 * {@link KinshipFinding#relativeDeceased()}, but a deceased person is never a family member.
 *
 * <p>Implementations are immutable and thread-safe, and answer for one person in time that
 * depends on the number of their relations, not on the size of the graph.
 *
 * <p>Error code: {@code kinship.unknown-person} (path {@code a}, {@code b} or
 * {@code person}) when a person is not in the graph.
 */
public interface KinshipService extends FamilyMembership {

    /**
     * Whether {@code member} is a family member of {@code anchor} on {@code asOf} (Art. 1045
     * para. 3): the same rule as {@link #familyMembers(PersonId, LocalDate)}, answered without
     * building a report, so that the zero-employment test can ask it for every person on a
     * household register.
     *
     * @param anchor the person the family is anchored on, such as the household head
     * @param member another person
     * @param asOf the date
     * @return true if {@code member} is among {@code anchor}'s family members on that date;
     *     false when both are the same person
     * @throws InvalidInputException with code {@code kinship.unknown-person} (path
     *     {@code anchor} or {@code member})
     * @throws NullPointerException if an argument is null
     */
    @Override
    boolean isFamilyMember(PersonId anchor, PersonId member, LocalDate asOf);

    /**
     * Every relation {@code b} has to {@code a} on {@code asOf}, each with its proof.
     *
     * @param a the subject
     * @param b the other person
     * @param asOf the date
     * @return the findings, in the order of {@link Kinship}; empty if none; empty if
     *     {@code a} equals {@code b}
     * @throws InvalidInputException with code {@code kinship.unknown-person}
     * @throws NullPointerException if an argument is null
     */
    List<KinshipFinding> relations(PersonId a, PersonId b, LocalDate asOf);

    /**
     * {@code person}'s relatives (亲属, Art. 1045 para. 1) on {@code asOf}: the spouse, the
     * blood relatives the graph derives (parents, children, siblings, grandparents,
     * grandchildren) and the relatives by marriage.
     *
     * @param person the subject
     * @param asOf the date
     * @return the report
     * @throws InvalidInputException with code {@code kinship.unknown-person}
     * @throws NullPointerException if an argument is null
     */
    RelativesReport relatives(PersonId person, LocalDate asOf);

    /**
     * {@code person}'s close relatives (近亲属, Art. 1045 para. 2) on {@code asOf}: exactly
     * the eight relations; never an in-law.
     *
     * @param person the subject
     * @param asOf the date
     * @return the report
     * @throws InvalidInputException with code {@code kinship.unknown-person}
     * @throws NullPointerException if an argument is null
     */
    RelativesReport closeRelatives(PersonId person, LocalDate asOf);

    /**
     * {@code person}'s family members (家庭成员, Art. 1045 para. 3) on {@code asOf}: the
     * living spouse, parents and children, and the other living close relatives who live
     * together with {@code person} on that date. The report's excluded list names the other
     * close relatives and why they are out.
     *
     * @param person the subject
     * @param asOf the date
     * @return the report
     * @throws InvalidInputException with code {@code kinship.unknown-person}
     * @throws NullPointerException if an argument is null
     */
    RelativesReport familyMembers(PersonId person, LocalDate asOf);
}
