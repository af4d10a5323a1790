package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.policy.ResolvedValue;

/**
 * The answer to "is this household an urban zero-employment family (城镇零就业家庭) on this
 * date", with the members counted, why every other person was not counted, the policy values
 * used (key, value, jurisdiction, pack version) and an {@link Explanation} whose
 * {@link Explanation#failedConditions()} answer "why not".
 *
 * <p>Immutable and thread-safe.
 *
 * @param household the register's id
 * @param asOf the date asked about
 * @param zeroEmployment whether the household is a zero-employment family on {@code asOf}
 * @param reasons the household-level conditions that failed; empty exactly when
 *     {@code zeroEmployment}
 * @param assessments every person on the register, in register order
 * @param policyValues the pack values the test used
 * @param explanation how the decision came about
 */
public record ZeroEmploymentDetermination(HouseholdId household, LocalDate asOf, boolean zeroEmployment,
                                          Set<NotZeroEmploymentReason> reasons,
                                          List<MemberAssessment> assessments,
                                          List<ResolvedValue<?>> policyValues, Explanation explanation) {

    /**
     * Checks and copies the fields.
     *
     * @throws IllegalArgumentException if {@code zeroEmployment} disagrees with {@code reasons}
     * @throws NullPointerException if any field is null
     */
    public ZeroEmploymentDetermination {
        Objects.requireNonNull(household, "household");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(reasons, "reasons");
        Objects.requireNonNull(explanation, "explanation");
        if (zeroEmployment != reasons.isEmpty()) {
            throw new IllegalArgumentException("a household is zero-employment exactly when no condition failed");
        }
        reasons = reasons.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(reasons));
        assessments = List.copyOf(assessments);
        policyValues = List.copyOf(policyValues);
    }

    /**
     * The people counted as working-age, able and willing family members without work.
     *
     * @return an unmodifiable list, in register order
     */
    public List<PersonId> counted() {
        List<PersonId> counted = new ArrayList<>();
        for (MemberAssessment a : assessments) {
            if (a.counted()) {
                counted.add(a.person());
            }
        }
        return Collections.unmodifiableList(counted);
    }

    /**
     * The people not counted, each with its reasons.
     *
     * @return an unmodifiable list, in register order
     */
    public List<MemberAssessment> excluded() {
        List<MemberAssessment> excluded = new ArrayList<>();
        for (MemberAssessment a : assessments) {
            if (!a.counted()) {
                excluded.add(a);
            }
        }
        return Collections.unmodifiableList(excluded);
    }

    /**
     * The assessment of {@code person}.
     *
     * @param person the person
     * @return the assessment
     * @throws IllegalArgumentException if the person is not on the register
     */
    public MemberAssessment assessmentOf(PersonId person) {
        for (MemberAssessment a : assessments) {
            if (a.person().equals(person)) {
                return a;
            }
        }
        throw new IllegalArgumentException("the person is not on the register");
    }

    /**
     * Household, date, decision and reasons, without personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ZeroEmploymentDetermination[" + household + " on " + asOf + ": "
                + (zeroEmployment ? "zero-employment" : "not zero-employment " + reasons) + ", "
                + counted().size() + " counted of " + assessments.size() + "]";
    }
}
