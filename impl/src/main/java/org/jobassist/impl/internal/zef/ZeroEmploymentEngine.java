package org.jobassist.impl.internal.zef;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ExclusionReason;
import org.jobassist.api.family.FamilyMembership;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.MemberAssessment;
import org.jobassist.api.family.NotZeroEmploymentReason;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.family.ZeroEmploymentLaw;
import org.jobassist.api.family.ZeroEmploymentTest;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.time.StatutoryRetirement;

/**
 * The Liaoning zero-employment family test over a policy pack and a family membership. The
 * full path and the fast path share {@link #familyMember} and {@link #countsAsWorkingAge}'s
 * rules so that they cannot drift apart. Immutable and thread-safe (the threshold cache is).
 */
public final class ZeroEmploymentEngine implements ZeroEmploymentTest {

    private final FamilyMembership membership;
    private final ThresholdCache thresholds;

    /**
     * Creates the engine.
     *
     * @param pack the policy pack
     * @param membership who is whose family member
     * @throws NullPointerException if an argument is null
     */
    public ZeroEmploymentEngine(PolicyPack pack, FamilyMembership membership) {
        this.membership = Objects.requireNonNull(membership, "membership");
        this.thresholds = new ThresholdCache(Objects.requireNonNull(pack, "pack"));
    }

    @Override
    public boolean isZeroEmployment(HouseholdRegister register, LocalDate asOf) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(asOf, "asOf");
        List<HouseholdMember> members = register.members();
        checkBirthDates(members, asOf);
        Thresholds t = thresholds.get(register.division(), asOf);
        if (register.registration() != Registration.URBAN || register.hasOperatingOrInvestmentIncome()) {
            return false;
        }
        PersonId head = register.head();
        int counted = 0;
        for (int i = 0, n = members.size(); i < n; i++) {
            HouseholdMember m = members.get(i);
            if (!familyMember(head, m, asOf)) {
                continue;
            }
            if (m.isEmployedOn(asOf)) {
                return false;
            }
            if (m.ableToWork() && m.wantsWork() && countsAsWorkingAge(m, t, asOf)) {
                counted++;
            }
        }
        return counted >= t.minMembers;
    }

    @Override
    public ZeroEmploymentDetermination determine(HouseholdRegister register, LocalDate asOf) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(asOf, "asOf");
        List<HouseholdMember> members = register.members();
        checkBirthDates(members, asOf);
        Thresholds t = thresholds.get(register.division(), asOf);
        PersonId head = register.head();

        List<MemberAssessment> assessments = new ArrayList<>(members.size());
        List<Explanation> memberNodes = new ArrayList<>(members.size());
        List<String> employed = new ArrayList<>();
        int counted = 0;
        for (int i = 0; i < members.size(); i++) {
            HouseholdMember m = members.get(i);
            Set<ExclusionReason> reasons = reasons(head, m, t, asOf);
            if (reasons.contains(ExclusionReason.EMPLOYED)) {
                employed.add(path(i));
            }
            if (reasons.isEmpty()) {
                counted++;
            }
            assessments.add(new MemberAssessment(m.id(), i, reasons));
            memberNodes.add(memberNode(i, m, reasons, t, asOf));
        }

        Set<NotZeroEmploymentReason> failed = EnumSet.noneOf(NotZeroEmploymentReason.class);
        boolean urban = register.registration() == Registration.URBAN;
        boolean noIncome = !register.hasOperatingOrInvestmentIncome();
        boolean enough = counted >= t.minMembers;
        if (!urban) {
            failed.add(NotZeroEmploymentReason.RURAL_REGISTRATION);
        }
        if (!noIncome) {
            failed.add(NotZeroEmploymentReason.HAS_OPERATING_OR_INVESTMENT_INCOME);
        }
        if (!employed.isEmpty()) {
            failed.add(NotZeroEmploymentReason.MEMBER_EMPLOYED);
        }
        if (!enough) {
            failed.add(NotZeroEmploymentReason.TOO_FEW_MEMBERS);
        }

        Explanation explanation = Explanation.builder("zero-employment-family")
                .description("urban zero-employment family: enough working-age, able and willing family members,"
                        + " none employed, no operating or investment income")
                .input("household", register.id().value())
                .input("division", register.division().code())
                .input("asOf", asOf.toString())
                .satisfied(failed.isEmpty())
                .legalBasis(ZeroEmploymentLaw.EMPLOYMENT_PROMOTION_LAW_ART_56)
                .child(Explanation.builder("zero-employment-family.urban-registration")
                        .description("the household register is urban")
                        .input("registration", register.registration().name())
                        .satisfied(urban)
                        .build())
                .child(Explanation.builder("zero-employment-family.no-operating-or-investment-income")
                        .description("the family has no operating or investment income")
                        .input("operatingOrInvestmentIncome", Boolean.toString(!noIncome))
                        .satisfied(noIncome)
                        .build())
                .child(Explanation.builder("zero-employment-family.no-member-employed")
                        .description("no family member is employed on the date asked")
                        .input("employedMembers", employed.isEmpty() ? "none" : String.join(", ", employed))
                        .satisfied(employed.isEmpty())
                        .build())
                .child(Explanation.builder("zero-employment-family.working-age-members")
                        .description("at least the minimum number of family members of working age, able to"
                                + " work and wanting work, without work")
                        .input("minimum", Integer.toString(t.minMembers))
                        .input("workingAgeFrom", Integer.toString(t.workingAgeFrom))
                        .input("notWorkingAge", String.join(",", t.notWorkingAgeValue.value()))
                        .result(Integer.toString(counted))
                        .satisfied(enough)
                        .legalBasis(t.minMembersValue.legalBasis())
                        .legalBasis(ZeroEmploymentLaw.CIVIL_CODE_FAMILY_MEMBERS)
                        .children(memberNodes)
                        .build())
                .build();
        return new ZeroEmploymentDetermination(register.id(), asOf, failed.isEmpty(), failed, assessments,
                t.values(), explanation);
    }

    private Set<ExclusionReason> reasons(PersonId head, HouseholdMember m, Thresholds t, LocalDate asOf) {
        Set<ExclusionReason> reasons = EnumSet.noneOf(ExclusionReason.class);
        if (!familyMember(head, m, asOf)) {
            reasons.add(ExclusionReason.NOT_FAMILY_MEMBER);
            return reasons;
        }
        if (!WorkingAge.hasReachedAge(m.birthDate(), t.workingAgeFrom, asOf)) {
            reasons.add(ExclusionReason.UNDER_WORKING_AGE);
        }
        if (t.excludePastRetirement && StatutoryRetirement.hasReachedRetirement(m.birthDate(), m.retirementClass(), asOf)) {
            reasons.add(ExclusionReason.PAST_RETIREMENT);
        }
        if (t.excludeInSchool && m.inSchool()) {
            reasons.add(ExclusionReason.IN_SCHOOL);
        }
        if (t.excludeActiveService && m.inActiveService()) {
            reasons.add(ExclusionReason.ACTIVE_SERVICE);
        }
        if (m.isEmployedOn(asOf)) {
            reasons.add(ExclusionReason.EMPLOYED);
        }
        if (!m.ableToWork()) {
            reasons.add(ExclusionReason.UNABLE_TO_WORK);
        }
        if (!m.wantsWork()) {
            reasons.add(ExclusionReason.NOT_WILLING);
        }
        return reasons;
    }

    private Explanation memberNode(int i, HouseholdMember m, Set<ExclusionReason> reasons, Thresholds t,
                                   LocalDate asOf) {
        Explanation.Builder node = Explanation.builder("zero-employment-family.member")
                .description(reasons.isEmpty() ? "counted: a working-age, able and willing family member without work"
                        : "not counted")
                .input("member", path(i))
                .input("reasons", reasons.isEmpty() ? "none" : reasons.toString())
                .satisfied(reasons.isEmpty());
        if (reasons.contains(ExclusionReason.NOT_FAMILY_MEMBER)) {
            node.legalBasis(ZeroEmploymentLaw.CIVIL_CODE_FAMILY_MEMBERS);
        }
        if (reasons.contains(ExclusionReason.UNDER_WORKING_AGE)) {
            node.legalBasis(t.workingAgeFromValue.legalBasis());
        }
        if (reasons.contains(ExclusionReason.PAST_RETIREMENT)) {
            for (LegalBasis basis : StatutoryRetirement.legalBases(m.retirementClass(), asOf)) {
                node.legalBasis(basis);
            }
        }
        if (reasons.contains(ExclusionReason.IN_SCHOOL) || reasons.contains(ExclusionReason.ACTIVE_SERVICE)) {
            node.legalBasis(t.notWorkingAgeValue.legalBasis());
        }
        return node.build();
    }

    /**
     * Whether {@code member}, on {@code register}, is a family member of its head on
     * {@code asOf} (the head is one): the member's assessment in {@link #determine} lacks
     * {@link ExclusionReason#NOT_FAMILY_MEMBER} exactly when this is true. For callers that
     * need only this of a determination, without building its explanation.
     *
     * @param register the household register
     * @param member a member of it
     * @param asOf the date asked about
     * @return true if a family member
     * @throws NullPointerException if an argument is null
     */
    public boolean isFamilyMember(HouseholdRegister register, HouseholdMember member, LocalDate asOf) {
        Objects.requireNonNull(register, "register");
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(asOf, "asOf");
        return familyMember(register.head(), member, asOf);
    }

    private boolean familyMember(PersonId head, HouseholdMember m, LocalDate asOf) {
        return m.id().equals(head) || membership.isFamilyMember(head, m.id(), asOf);
    }

    private static boolean countsAsWorkingAge(HouseholdMember m, Thresholds t, LocalDate asOf) {
        return WorkingAge.hasReachedAge(m.birthDate(), t.workingAgeFrom, asOf)
                && !(t.excludePastRetirement
                        && StatutoryRetirement.hasReachedRetirement(m.birthDate(), m.retirementClass(), asOf))
                && !(t.excludeInSchool && m.inSchool())
                && !(t.excludeActiveService && m.inActiveService());
    }

    private static void checkBirthDates(List<HouseholdMember> members, LocalDate asOf) {
        List<Violation> faults = null;
        for (int i = 0, n = members.size(); i < n; i++) {
            if (members.get(i).birthDate().isAfter(asOf)) {
                if (faults == null) {
                    faults = new ArrayList<>();
                }
                faults.add(new Violation(path(i) + ".birthDate", "zero-employment.born-after-as-of",
                        "a member cannot be born after the date asked about"));
            }
        }
        if (faults != null) {
            throw new InvalidInputException(faults);
        }
    }

    private static String path(int i) {
        return "members[" + i + "]";
    }
}
