package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.AgeAtLeast;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.ReferralsAcceptedAtLeast;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.WithinYearsOfRetirement;
import org.jobassist.api.family.ExclusionReason;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.MemberAssessment;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.internal.memory.FactRow;
import org.jobassist.impl.internal.zef.ZeroEmploymentEngine;

/** The leaf conditions of the vocabulary, one class each. */
final class Leaves {

    private Leaves() {}

    /** Registered unemployed on the date asked. */
    static final class RegisteredUnemployed extends Leaf {
        /** The node but for the spell and the number of spells: most people's spells differ. */
        private final Explanation.Template node;

        RegisteredUnemployed(Condition c, int slot) {
            super(c, 1, slot);
            this.node = start().input("registration", "").input("registrations", "")
                    .template("registration", "registrations");
        }

        @Override
        boolean evaluate(Evaluation e) {
            return e.isRegistered();
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the spell on the day and the number of spells.
            Optional<DateRange> spell = e.person.registrationOn(e.asOf);
            int registrations = e.person.unemploymentRegistrations().size();
            // The spell itself is the key of a person with that one spell (most registered people):
            // no key object per person. A SpellKey never equals a DateRange.
            Object key = spell.isPresent() && registrations == 1 ? spell.get()
                    : new SpellKey(spell.orElse(null), registrations);
            Explanation x = e.alike(this, key);
            return x != null ? x : e.rememberAlike(this, key, explain(e, spell));
        }

        /** What the explanation of a person's registration shows, but for one spell held on the day. */
        private record SpellKey(DateRange spell, int registrations) {}

        @Override
        Explanation compute(Evaluation e) {
            return explain(e, e.person.registrationOn(e.asOf));
        }

        private Explanation explain(Evaluation e, Optional<DateRange> spell) {
            return node.satisfied(spell.isPresent(), List.of(), spell.map(DateRange::toString).orElse("none"),
                    Integer.toString(e.person.unemploymentRegistrations().size()));
        }
    }

    /**
     * Within {@code years} of statutory retirement under the law in force on the date asked;
     * false once retirement age is reached ({@link StatutoryRetirement#isWithinYearsOfRetirement}).
     */
    static final class NearRetirement extends Leaf {
        private final int years;

        NearRetirement(WithinYearsOfRetirement c, int slot) {
            super(c, 3, slot);
            this.years = c.years();
        }

        @Override
        boolean evaluate(Evaluation e) {
            return StatutoryRetirement.isWithinYearsOfRetirement(e.person.birthDate(), e.person.retirementClass(),
                    e.asOf, years);
        }

        @Override
        boolean remembersMany() {
            return true;
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the birth date and the class: one explanation for all who share them.
            Long key = e.person.birthDate().toEpochDay() * 4 + e.person.retirementClass().ordinal();
            Explanation x = e.alike(this, key);
            return x != null ? x : e.rememberAlike(this, key, super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            Explanation.Builder b = start();
            PersonRecord p = e.person;
            RetirementClass rc = p.retirementClass();
            LocalDate retirement = StatutoryRetirement.retirementDate(p.birthDate(), rc, e.asOf);
            boolean reached = !e.asOf.isBefore(retirement);
            b.input("birthMonth", YearMonth.from(p.birthDate()).toString())
                    .input("retirementClass", rc.name())
                    .input("law", StatutoryRetirement.isReformInForce(e.asOf) ? "reformed (from 2025-01-01)"
                            : "original (before 2025-01-01)")
                    .input("retirementDate", retirement.toString())
                    .input("windowStart", retirement.minusYears(years).toString())
                    .input("years", Integer.toString(years))
                    .input("pastRetirement", Boolean.toString(reached))
                    .child(e.retirementExplanation(YearMonth.from(p.birthDate()), rc));
            StatutoryRetirement.legalBases(rc, e.asOf).forEach(b::legalBasis);
            return b.satisfied(evaluate(e)).build();
        }
    }

    /** Aged at least the gender's age in full years on the date asked. */
    static final class AgeAtLeastLeaf extends Leaf {
        private final int male;
        private final int female;

        AgeAtLeastLeaf(AgeAtLeast c, int slot) {
            super(c, 2, slot);
            this.male = c.male();
            this.female = c.female();
        }

        private int required(PersonRecord p) {
            return p.gender() == Gender.MALE ? male : female;
        }

        @Override
        boolean evaluate(Evaluation e) {
            return birthdayCome(e.person.birthDate(), required(e.person), e.asOf);
        }

        /**
         * The age in full years on {@code asOf} by the same rule as {@link #birthdayCome}: the
         * most years whose birthday has come. It differs from {@code Period.between} only for one
         * born on 29 February, on 28 February of other years; the explanation shows this age, so
         * that it always agrees with the decision.
         */
        static int ageInFullYears(LocalDate birth, LocalDate asOf) {
            int years = asOf.getYear() - birth.getYear();
            return birthdayCome(birth, years, asOf) ? years : years - 1;
        }

        /**
         * Whether {@code birth.plusYears(years)} is on or before {@code asOf} (the birthday of
         * the required age has come; one born on 29 February has it on the 28th in other
         * years), worked out on the dates' fields: asked of every person, it makes no date.
         */
        static boolean birthdayCome(LocalDate birth, int years, LocalDate asOf) {
            long year = (long) birth.getYear() + years;
            if (year != asOf.getYear()) {
                return year < asOf.getYear();
            }
            int month = birth.getMonthValue();
            if (month != asOf.getMonthValue()) {
                return month < asOf.getMonthValue();
            }
            int day = birth.getDayOfMonth();
            // plusYears keeps the day unless the month is shorter that year: only 29 February.
            if (month == 2 && day == 29 && !Year.isLeap(year)) {
                day = 28;
            }
            return day <= asOf.getDayOfMonth();
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the gender and the age in full years.
            Integer key = ageInFullYears(e.person.birthDate(), e.asOf) * 2 + (e.person.gender() == Gender.MALE ? 1 : 0);
            Explanation x = e.alike(this, key);
            return x != null ? x : e.rememberAlike(this, key, super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            Explanation.Builder b = start();
            return b.input("gender", e.person.gender().name())
                    .input("age", Integer.toString(ageInFullYears(e.person.birthDate(), e.asOf)))
                    .input("required", Integer.toString(required(e.person)))
                    .satisfied(evaluate(e)).build();
        }
    }

    /**
     * Member of an urban zero-employment family: the person's household register is a
     * zero-employment family on the date asked and the person is a member of that family (on
     * the register and not excluded as {@link ExclusionReason#NOT_FAMILY_MEMBER}; a family
     * member not counted, say one in school, is still a member).
     */
    static final class ZeroEmploymentMember extends Leaf {
        ZeroEmploymentMember(Condition c, int slot) {
            super(c, 50, slot);
        }

        @Override
        boolean evaluate(Evaluation e) {
            Optional<HouseholdRegister> found = e.household();
            if (found.isEmpty()) {
                return false;
            }
            HouseholdRegister register = found.get();
            HouseholdMember own = memberOf(register, e.person.id());
            if (own == null) {
                return false;
            }
            // The cheap test first: most households are not zero-employment families.
            if (!e.isZeroEmployment(register)) {
                return false;
            }
            // The library's own test answers membership alone; another is asked for its determination.
            return e.facts.zeroEmployment() instanceof ZeroEmploymentEngine z
                    ? z.isFamilyMember(register, own, e.asOf)
                    : isFamilyMember(e.determine(register), e.person.id());
        }

        /** The first member of the register with the person's id, as {@link ZeroEmploymentDetermination#assessmentOf} finds it; or null. */
        private static HouseholdMember memberOf(HouseholdRegister register, PersonId person) {
            List<HouseholdMember> members = register.members();
            for (int i = 0, n = members.size(); i < n; i++) {
                if (members.get(i).id().equals(person)) {
                    return members.get(i);
                }
            }
            return null;
        }

        /** The key of everyone without a household: their explanation reads nothing else about them. */
        private static final Object NO_HOUSEHOLD = "no household";

        @Override
        Explanation build(Evaluation e) {
            if (e.person.household().isPresent()) {
                return super.build(e);
            }
            Explanation x = e.alike(this, NO_HOUSEHOLD);
            return x != null ? x : e.rememberAlike(this, NO_HOUSEHOLD, super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            Explanation.Builder b = start();
            b.input("household", e.person.household().map(h -> h.value()).orElse("none"));
            Optional<HouseholdRegister> found = e.household();
            if (found.isEmpty()) {
                if (e.person.household().isPresent()) {
                    b.input("householdFound", "false");
                }
                return b.satisfied(false).build();
            }
            HouseholdRegister register = found.get();
            b.input("householdFound", "true");
            if (!onRegister(register, e.person.id())) {
                return b.input("onRegister", "false").satisfied(false).build();
            }
            ZeroEmploymentDetermination d = e.determine(register);
            MemberAssessment own = d.assessmentOf(e.person.id());
            boolean member = isFamilyMember(d, e.person.id());
            b.input("onRegister", "true")
                    .input("zeroEmploymentFamily", Boolean.toString(d.zeroEmployment()))
                    .input("familyReasons", d.reasons().toString())
                    .input("countedMembers", Integer.toString(d.counted().size()))
                    .input("familyMember", Boolean.toString(member))
                    .input("memberReasons", own.reasons().toString());
            for (ResolvedValue<?> v : d.policyValues()) {
                b.input("policy." + v.key().name(), Explain.policyValue(v));
            }
            return b.satisfied(d.zeroEmployment() && member).build();
        }

        private static boolean onRegister(HouseholdRegister register, PersonId person) {
            for (HouseholdMember m : register.members()) {
                if (m.id().equals(person)) {
                    return true;
                }
            }
            return false;
        }

        private static boolean isFamilyMember(ZeroEmploymentDetermination d, PersonId person) {
            return !d.assessmentOf(person).reasons().contains(ExclusionReason.NOT_FAMILY_MEMBER);
        }
    }

    /** A registry records the flag for the person on the date asked. */
    static final class RegistryFlagLeaf extends Leaf {
        private final HoldsRegistryFlag flag;

        /** The explanation of everyone without the flag: it reads nothing about them. */
        private final Explanation none;
        /** The node of evidence held, without and with a withdrawal day. */
        private final Explanation.Template held;
        private final Explanation.Template heldWithdrawn;

        /**
         * A flag leaf.
         *
         * @param c the condition
         * @param oneRow whether the person's row of one table holds every registry's flags
         *     ({@link Facts#table()}): then every flag is a bit of that row, read once per person
         *     (a batch reads it ahead), and costs no more than "registered unemployed"; a
         *     registry of the host's is a call of its own
         * @param slot the memo slot
         */
        RegistryFlagLeaf(HoldsRegistryFlag c, boolean oneRow, int slot) {
            super(c, oneRow ? 1 : 10, slot);
            this.flag = c;
            this.none = start().input("flag", c.flag().name()).input("source", c.source().name())
                    .input("evidence", "none").satisfied(false).build();
            Explanation.Builder b = start().input("flag", c.flag().name()).input("source", c.source().name())
                    .input("evidence", "").input("recordedOn", "").input("valid", "");
            this.held = b.template("evidence", "recordedOn", "valid");
            this.heldWithdrawn = b.input("withdrawnOn", "").template("evidence", "recordedOn", "valid", "withdrawnOn");
        }

        @Override
        Explanation build(Evaluation e) {
            return e.holds(flag.flag()) ? super.build(e) : e.same(this, none);
        }

        @Override
        boolean evaluate(Evaluation e) {
            // One look-up per registry and person, for every flag of that registry.
            return e.holds(flag.flag());
        }

        /** The flag's bit in the flags of a row ({@link FactRow#flagsAt}): {@code 1 << ordinal}. */
        int bit() {
            return 1 << flag.flag().ordinal();
        }

        @Override
        Explanation compute(Evaluation e) {
            // The registry is read once for all its flags; only evidence that holds is fetched.
            Optional<Evidence> found = !e.holds(flag.flag()) ? Optional.empty()
                    : e.facts.table() != null ? e.row().find(flag.flag(), e.asOf.toEpochDay())
                    : e.facts.registries().find(e.person.id(), flag.flag(), e.asOf);
            if (found.isEmpty()) {
                return none;
            }
            Evidence ev = found.get();
            return ev.withdrawal().isEmpty()
                    ? held.satisfied(true, List.of(), ev.reference(), ev.recordedOn().toString(), ev.valid().toString())
                    : heldWithdrawn.satisfied(true, List.of(), ev.reference(), ev.recordedOn().toString(),
                            ev.valid().toString(), ev.withdrawal().get().toString());
        }
    }

    /** The person's county of residence, or a division above it, is in the pack's code set. */
    static final class CountySet extends Leaf {
        private final PolicyKey<Set<String>> key;
        private final String policyInput;

        CountySet(ResidesInCountySet c, int slot) {
            super(c, 4, slot);
            this.key = PolicyKey.codeSet(c.policyKey());
            this.policyInput = "policy." + key.name();
        }

        @Override
        boolean evaluate(Evaluation e) {
            return e.codeSet(key, e.person.residence()).matched() != null;
        }

        @Override
        boolean remembersMany() {
            return true;
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the county of residence.
            DivisionCode residence = e.person.residence();
            Explanation x = e.alike(this, residence);
            return x != null ? x : e.rememberAlike(this, residence, super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            Explanation.Builder b = start();
            Evaluation.CodeSetMatch m = e.codeSet(key, e.person.residence());
            ResolvedValue<Set<String>> v = m.value();
            DivisionCode matched = m.matched();
            b.input("residence", e.person.residence().code())
                    .input(policyInput, m.text())
                    .input("matched", matched == null ? "none" : matched.code())
                    .legalBasis(v.legalBasis());
            return b.satisfied(matched != null).build();
        }
    }

    /** No employer-paid social-insurance contribution for at least {@code months} months. */
    static final class UnemployedMonths extends Leaf {
        private final int months;

        /** The node without and with the last employer-paid month. */
        private final Explanation.Template node;
        private final Explanation.Template nodeWithLast;

        UnemployedMonths(UnemployedAtLeastMonths c, int slot) {
            super(c, 12, slot);
            this.months = c.months();
            Explanation.Builder b = start().input("required", Integer.toString(months))
                    .input("monthsWithoutEmployerContribution", "").input("history", "");
            this.node = b.template("monthsWithoutEmployerContribution", "history");
            this.nodeWithLast = b.input("lastEmployerPaidMonth", "")
                    .template("monthsWithoutEmployerContribution", "history", "lastEmployerPaidMonth");
        }

        @Override
        boolean evaluate(Evaluation e) {
            return e.monthsWithoutEmployerContribution() >= months;
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the months without, whether a history is recorded and the last employer-paid month.
            if (e.facts.table() == null) {
                return super.build(e);
            }
            FactRow row = e.row();
            if (row.hasWideHistory()) {
                return super.build(e);
            }
            // One long, boxed: the months without (an int), whether a history is recorded, and the last
            // employer-paid month's index or FactRow.NO_MONTH, all within 31 bits and told apart there.
            long last = row.lastEmployerPaidMonthIndex(e.asOf);
            Long key = (long) e.monthsWithoutEmployerContribution() << 32 | (row.hasHistory() ? 1L << 31 : 0)
                    | (last & 0x7FFF_FFFFL);
            Explanation x = e.alike(this, key);
            return x != null ? x : e.rememberAlike(this, key, super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            int without = e.monthsWithoutEmployerContribution();
            boolean recorded;
            Optional<YearMonth> last;
            if (e.facts.table() != null) {
                // The shared table's row answers without making the history.
                recorded = e.row().hasHistory();
                last = e.row().lastEmployerPaidMonth(e.asOf);
            } else {
                Optional<ContributionHistory> history = e.facts.registries().socialInsurance().history(e.person.id());
                recorded = history.isPresent();
                last = history.flatMap(h -> h.lastEmployerPaidMonth(e.asOf));
            }
            String withoutText = without == ContributionHistory.NEVER ? "never" : Integer.toString(without);
            String historyText = recorded ? "recorded" : "none";
            return last.isEmpty() ? node.satisfied(without >= months, List.of(), withoutText, historyText)
                    : nodeWithLast.satisfied(without >= months, List.of(), withoutText, historyText,
                            last.get().toString());
        }
    }

    /** At least {@code count} suitable job referrals accepted on or before the date asked. */
    static final class Referrals extends Leaf {
        private final int count;

        /** The node but for the days: most people's differ. */
        private final Explanation.Template node;

        Referrals(ReferralsAcceptedAtLeast c, int slot) {
            super(c, 1, slot);
            this.count = c.count();
            this.node = start().input("required", Integer.toString(count)).input("accepted", "")
                    .input("acceptedOn", "").template("accepted", "acceptedOn");
        }

        @Override
        boolean evaluate(Evaluation e) {
            return e.referralsAccepted() >= count;
        }

        @Override
        Explanation build(Evaluation e) {
            // Everything read is the days accepted by the date asked: alike for the many who share them.
            List<LocalDate> all = e.person.acceptedReferrals();
            List<LocalDate> key = all.subList(0, e.person.referralsAcceptedBy(e.asOf));
            Explanation x = e.alike(this, key);
            return x != null ? x : e.rememberAlike(this, List.copyOf(key), super.build(e));
        }

        @Override
        Explanation compute(Evaluation e) {
            List<String> days = new ArrayList<>();
            for (LocalDate d : e.person.acceptedReferrals()) {
                if (!d.isAfter(e.asOf)) {
                    days.add(d.toString());
                }
            }
            return node.satisfied(days.size() >= count, List.of(), Integer.toString(days.size()), days.toString());
        }
    }
}
