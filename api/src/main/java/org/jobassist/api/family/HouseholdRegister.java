package org.jobassist.api.family;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;

/**
 * A household register (户籍家庭户, 同一家庭户口): the people registered in one household,
 * its head (户主), the division where it is registered, whether it is urban or rural, and
 * whether the household has operating or investment income (经营性、投资性收入).
 *
 * <p>Being on the same register does not make people one family: the zero-employment test
 * counts only the head and those members who are family members of the head under Civil Code
 * Art. 1045 (see {@link FamilyMembership}).
 *
 * <p>Error codes, thrown by {@link Builder#build()} with every fault at once:
 * {@code household.required} (id, division, registration or head missing),
 * {@code household.no-members}, {@code household.duplicate-member}
 * ({@code members[i].id}: the same person twice), {@code household.head-not-member}
 * ({@code head}), and the member codes of {@link HouseholdMember.Builder#build()} under
 * {@code members[i]}. {@code toString()} shows no personal data.
 *
 * <p>Immutable and thread-safe.
 */
public final class HouseholdRegister {

    private final HouseholdId id;
    private final DivisionCode division;
    private final Registration registration;
    private final PersonId head;
    private final List<HouseholdMember> members;
    private final boolean operatingOrInvestmentIncome;

    private HouseholdRegister(Builder b, List<HouseholdMember> members) {
        this.id = b.id;
        this.division = b.division;
        this.registration = b.registration;
        this.head = b.head;
        this.members = List.copyOf(members);
        this.operatingOrInvestmentIncome = b.operatingOrInvestmentIncome;
    }

    /**
     * A new, empty builder; the household has no operating or investment income until told
     * otherwise.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * A builder holding this register, to change it.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder().id(id).division(division).registration(registration).head(head)
                .operatingOrInvestmentIncome(operatingOrInvestmentIncome);
        members.forEach(b::member);
        return b;
    }

    /**
     * This register with one more member.
     *
     * @param member the new member
     * @return a new register; this one is unchanged
     * @throws InvalidInputException with code {@code household.duplicate-member} if the
     *     person is already on the register
     * @throws NullPointerException if {@code member} is null
     */
    public HouseholdRegister withMember(HouseholdMember member) {
        return toBuilder().member(Objects.requireNonNull(member, "member")).build();
    }

    /**
     * This register with its members in the order given, for hosts that sort them.
     *
     * @param members the same people, in any order (or different people, checked as for build)
     * @return a new register; this one is unchanged
     * @throws InvalidInputException as {@link Builder#build()}
     * @throws NullPointerException if the list or an element is null
     */
    public HouseholdRegister withMembers(List<HouseholdMember> members) {
        Builder b = toBuilder();
        b.members.clear();
        members.forEach(m -> b.member(Objects.requireNonNull(m, "member")));
        return b.build();
    }

    /**
     * The register's id.
     *
     * @return the id
     */
    public HouseholdId id() {
        return id;
    }

    /**
     * The division where the household is registered; policy values are resolved for it.
     *
     * @return the division code
     */
    public DivisionCode division() {
        return division;
    }

    /**
     * Urban or rural.
     *
     * @return the registration
     */
    public Registration registration() {
        return registration;
    }

    /**
     * The household head (户主), on whom the family is anchored.
     *
     * @return the head
     */
    public PersonId head() {
        return head;
    }

    /**
     * Everyone on the register, head included, in register order.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<HouseholdMember> members() {
        return members;
    }

    /**
     * Whether the household has operating or investment income (经营性、投资性收入).
     *
     * @return true if it has such income
     */
    public boolean hasOperatingOrInvestmentIncome() {
        return operatingOrInvestmentIncome;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HouseholdRegister r && id.equals(r.id) && division.equals(r.division)
                && registration == r.registration && head.equals(r.head) && members.equals(r.members)
                && operatingOrInvestmentIncome == r.operatingOrInvestmentIncome;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, division, registration, head, members, operatingOrInvestmentIncome);
    }

    /**
     * Id, division, registration, member count and income flag, without personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "HouseholdRegister[" + id + ", " + division + ", " + registration + ", " + members.size()
                + " members" + (operatingOrInvestmentIncome ? ", operating or investment income" : "") + "]";
    }

    /**
     * Builds a {@link HouseholdRegister}; {@link #build()} reports every fault at once. Not
     * thread-safe.
     */
    public static final class Builder {
        private HouseholdId id;
        private DivisionCode division;
        private Registration registration;
        private PersonId head;
        private boolean operatingOrInvestmentIncome;
        /** Each a HouseholdMember or a HouseholdMember.Builder, built in build(). */
        private final List<Object> members = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the register's id.
         *
         * @param id the id
         * @return this builder
         */
        public Builder id(HouseholdId id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the division where the household is registered.
         *
         * @param division the division, usually a county or district
         * @return this builder
         */
        public Builder division(DivisionCode division) {
            this.division = division;
            return this;
        }

        /**
         * Sets urban or rural registration.
         *
         * @param registration the registration
         * @return this builder
         */
        public Builder registration(Registration registration) {
            this.registration = registration;
            return this;
        }

        /**
         * Sets the household head, who must also be added as a member.
         *
         * @param head the head
         * @return this builder
         */
        public Builder head(PersonId head) {
            this.head = head;
            return this;
        }

        /**
         * Sets whether the household has operating or investment income.
         *
         * @param income true if it has such income
         * @return this builder
         */
        public Builder operatingOrInvestmentIncome(boolean income) {
            this.operatingOrInvestmentIncome = income;
            return this;
        }

        /**
         * Adds a member.
         *
         * @param member the member
         * @return this builder
         * @throws NullPointerException if {@code member} is null
         */
        public Builder member(HouseholdMember member) {
            members.add(Objects.requireNonNull(member, "member"));
            return this;
        }

        /**
         * Adds a member still to be built, so that its faults are reported under
         * {@code members[i]} with the register's.
         *
         * @param member the member's builder
         * @return this builder
         * @throws NullPointerException if {@code member} is null
         */
        public Builder member(HouseholdMember.Builder member) {
            members.add(Objects.requireNonNull(member, "member"));
            return this;
        }

        /**
         * Builds the register.
         *
         * @return the register
         * @throws InvalidInputException with every fault (see the class javadoc)
         */
        public HouseholdRegister build() {
            List<Violation> faults = new ArrayList<>();
            if (id == null) {
                faults.add(new Violation("id", "household.required", "a household register needs an id"));
            }
            if (division == null) {
                faults.add(new Violation("division", "household.required", "a household register needs a division"));
            }
            if (registration == null) {
                faults.add(new Violation("registration", "household.required",
                        "a household register needs an urban or rural registration"));
            }
            if (head == null) {
                faults.add(new Violation("head", "household.required", "a household register needs a head"));
            }
            if (members.isEmpty()) {
                faults.add(new Violation("members", "household.no-members", "a household register needs members"));
            }
            List<HouseholdMember> built = new ArrayList<>(members.size());
            Map<PersonId, Integer> seen = new HashMap<>();
            for (int i = 0; i < members.size(); i++) {
                HouseholdMember member;
                try {
                    member = members.get(i) instanceof HouseholdMember m ? m
                            : ((HouseholdMember.Builder) members.get(i)).build();
                } catch (InvalidInputException e) {
                    faults.addAll(e.under("members[" + i + "]").violations());
                    continue;
                }
                Integer first = seen.putIfAbsent(member.id(), i);
                if (first != null) {
                    faults.add(new Violation("members[" + i + "].id", "household.duplicate-member",
                            "the person is already on the register as members[" + first + "]"));
                }
                built.add(member);
            }
            if (head != null && !seen.containsKey(head) && built.size() == members.size()) {
                faults.add(new Violation("head", "household.head-not-member", "the head must be a member of the register"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new HouseholdRegister(this, built);
        }
    }
}
