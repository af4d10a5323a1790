package org.jobassist.impl.internal.zef;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ExclusionReason;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * The pack values of the zero-employment test for one division on one date, resolved once and
 * unpacked into primitives so that the fast path reads fields only. Immutable.
 */
final class Thresholds {

    final DivisionCode division;
    final LocalDate asOf;
    final int minMembers;
    final int workingAgeFrom;
    final boolean excludePastRetirement;
    final boolean excludeInSchool;
    final boolean excludeActiveService;
    final ResolvedValue<Integer> minMembersValue;
    final ResolvedValue<Integer> workingAgeFromValue;
    final ResolvedValue<Set<String>> notWorkingAgeValue;

    private Thresholds(DivisionCode division, LocalDate asOf, ResolvedValue<Integer> minMembers,
                       ResolvedValue<Integer> workingAgeFrom, ResolvedValue<Set<String>> notWorkingAge) {
        this.division = division;
        this.asOf = asOf;
        this.minMembersValue = minMembers;
        this.workingAgeFromValue = workingAgeFrom;
        this.notWorkingAgeValue = notWorkingAge;
        this.minMembers = minMembers.value();
        this.workingAgeFrom = workingAgeFrom.value();
        Set<String> codes = notWorkingAge.value();
        for (String code : codes) {
            boolean known = code.equals(ExclusionReason.PAST_RETIREMENT.name())
                    || code.equals(ExclusionReason.IN_SCHOOL.name())
                    || code.equals(ExclusionReason.ACTIVE_SERVICE.name());
            if (!known) {
                // A pack problem, not the caller's: name the key, not the household.
                throw new InvalidInputException(new Violation(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE.name(),
                        "zero-employment.pack-code",
                        "the pack lists an exclusion other than PAST_RETIREMENT, IN_SCHOOL, ACTIVE_SERVICE"));
            }
        }
        this.excludePastRetirement = codes.contains(ExclusionReason.PAST_RETIREMENT.name());
        this.excludeInSchool = codes.contains(ExclusionReason.IN_SCHOOL.name());
        this.excludeActiveService = codes.contains(ExclusionReason.ACTIVE_SERVICE.name());
    }

    static Thresholds resolve(PolicyPack pack, DivisionCode division, LocalDate asOf) {
        return new Thresholds(division, asOf,
                pack.resolve(PolicyKeys.ZERO_EMPLOYMENT_MIN_WORKING_AGE_MEMBERS, division, asOf),
                pack.resolve(PolicyKeys.ZERO_EMPLOYMENT_WORKING_AGE_FROM, division, asOf),
                pack.resolve(PolicyKeys.ZERO_EMPLOYMENT_NOT_WORKING_AGE, division, asOf));
    }

    List<ResolvedValue<?>> values() {
        return List.of(minMembersValue, workingAgeFromValue, notWorkingAgeValue);
    }
}
