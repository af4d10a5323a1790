package org.jobassist.api.family;

import java.time.LocalDate;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.policy.PolicyValueUnavailableException;

/**
 * The urban zero-employment family test (城镇零就业家庭认定), Liaoning's version: within one
 * household register, the family (the head and the register members who are family members
 * of the head under Civil Code Art. 1045) has at least the pack's minimum (2) members of
 * working age who are able to work and want a job, all without work; no family member is
 * employed; the register is urban; and the family has no operating or investment income.
 *
 * <p>Working age runs from the pack's {@code zero-employment-family.working-age-from} (16)
 * up to statutory retirement under the law in force on the date asked; the pack's
 * {@code zero-employment-family.not-working-age} names who else is not counted (past
 * retirement, in school, in active service). Values are resolved for the register's division
 * on the date asked.
 *
 * <p>{@link #determine} builds the full answer; {@link #isZeroEmployment} gives the same
 * decision without explanations and without allocating per member, for batch work.
 *
 * <p>Error code: {@code zero-employment.born-after-as-of} ({@code members[i].birthDate}: a
 * member born after the date asked).
 *
 * <p>Implementations are immutable and thread-safe.
 */
public interface ZeroEmploymentTest {

    /**
     * Determines whether the household is a zero-employment family on {@code asOf}, with
     * the members counted, the reasons for everyone else, the pack values and an explanation.
     *
     * @param register the household register
     * @param asOf the date asked about
     * @return the determination
     * @throws InvalidInputException with code {@code zero-employment.born-after-as-of}
     * @throws PolicyValueUnavailableException if the pack has no value in force for the
     *     register's division on {@code asOf}
     * @throws NullPointerException if an argument is null
     */
    ZeroEmploymentDetermination determine(HouseholdRegister register, LocalDate asOf);

    /**
     * The decision of {@link #determine} alone: no explanation, no per-member allocation.
     *
     * @param register the household register
     * @param asOf the date asked about
     * @return true if the household is a zero-employment family on {@code asOf}
     * @throws InvalidInputException with code {@code zero-employment.born-after-as-of}
     * @throws PolicyValueUnavailableException if the pack has no value in force for the
     *     register's division on {@code asOf}
     * @throws NullPointerException if an argument is null
     */
    boolean isZeroEmployment(HouseholdRegister register, LocalDate asOf);
}
