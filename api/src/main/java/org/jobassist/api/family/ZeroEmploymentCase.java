package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * A zero-employment family case under dynamic clearing (零就业家庭动态清零): the household, the
 * city responsible, the day it was identified, the services given, and, once a member starts
 * work, the day it was cleared and by whom.
 *
 * <p>Error codes: {@code zero-employment-case.city} (the division is not a city, that is not
 * of level {@link DivisionLevel#PREFECTURE}), {@code zero-employment-case.action-date}
 * ({@code actions[i].date} before the identified date),
 * {@code zero-employment-case.cleared-before-identified} ({@code clearedDate}),
 * {@code zero-employment-case.already-cleared} ({@code clearedDate}). A failed change leaves
 * the case as it was (it is immutable).
 *
 * <p>Immutable and thread-safe.
 */
public final class ZeroEmploymentCase {

    private final HouseholdId household;
    private final DivisionCode city;
    private final LocalDate identifiedDate;
    private final List<ServiceAction> actions;
    private final LocalDate clearedDate;
    private final PersonId employedMember;

    private ZeroEmploymentCase(HouseholdId household, DivisionCode city, LocalDate identifiedDate,
                               List<ServiceAction> actions, LocalDate clearedDate, PersonId employedMember) {
        this.household = Objects.requireNonNull(household, "household");
        this.city = Objects.requireNonNull(city, "city");
        this.identifiedDate = Objects.requireNonNull(identifiedDate, "identifiedDate");
        this.actions = List.copyOf(actions);
        this.clearedDate = clearedDate;
        this.employedMember = employedMember;
        List<Violation> faults = new ArrayList<>();
        if (city.level() != DivisionLevel.PREFECTURE) {
            faults.add(new Violation("city", "zero-employment-case.city", "a case belongs to a city-level division"));
        }
        for (int i = 0; i < this.actions.size(); i++) {
            if (this.actions.get(i).date().isBefore(identifiedDate)) {
                faults.add(new Violation("actions[" + i + "].date", "zero-employment-case.action-date",
                        "a service action cannot precede the identified date"));
            }
        }
        if (clearedDate != null && clearedDate.isBefore(identifiedDate)) {
            faults.add(new Violation("clearedDate", "zero-employment-case.cleared-before-identified",
                    "a case cannot be cleared before it was identified"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * A newly identified, open case without services.
     *
     * @param household the household
     * @param city the city responsible (a prefecture-level division)
     * @param identifiedDate the day the family was identified (registered) as zero-employment
     * @return the case
     * @throws InvalidInputException with code {@code zero-employment-case.city}
     * @throws NullPointerException if an argument is null
     */
    public static ZeroEmploymentCase identified(HouseholdId household, DivisionCode city, LocalDate identifiedDate) {
        return new ZeroEmploymentCase(household, city, identifiedDate, List.of(), null, null);
    }

    /**
     * This case with one more service action.
     *
     * @param action the action
     * @return a new case; this one is unchanged
     * @throws InvalidInputException with code {@code zero-employment-case.action-date} under
     *     {@code actions[i]} if the action precedes the identified date
     * @throws NullPointerException if {@code action} is null
     */
    public ZeroEmploymentCase withAction(ServiceAction action) {
        List<ServiceAction> more = new ArrayList<>(actions);
        more.add(Objects.requireNonNull(action, "action"));
        return new ZeroEmploymentCase(household, city, identifiedDate, more, clearedDate, employedMember);
    }

    /**
     * This case cleared because {@code member} started work on {@code date}.
     *
     * @param member the family member now employed
     * @param date the day they started work
     * @return a new, cleared case; this one is unchanged
     * @throws InvalidInputException with code {@code zero-employment-case.already-cleared} or
     *     {@code zero-employment-case.cleared-before-identified}
     * @throws NullPointerException if an argument is null
     */
    public ZeroEmploymentCase clearedBy(PersonId member, LocalDate date) {
        Objects.requireNonNull(member, "member");
        Objects.requireNonNull(date, "date");
        if (clearedDate != null) {
            throw new InvalidInputException(new Violation("clearedDate", "zero-employment-case.already-cleared",
                    "the case is already cleared"));
        }
        return new ZeroEmploymentCase(household, city, identifiedDate, actions, date, member);
    }

    /**
     * The household.
     *
     * @return the household's id
     */
    public HouseholdId household() {
        return household;
    }

    /**
     * The city responsible.
     *
     * @return a prefecture-level division code
     */
    public DivisionCode city() {
        return city;
    }

    /**
     * The day the family was identified as zero-employment; the clearing period runs from it.
     *
     * @return the date
     */
    public LocalDate identifiedDate() {
        return identifiedDate;
    }

    /**
     * The services given, in the order recorded.
     *
     * @return an unmodifiable list
     */
    public List<ServiceAction> actions() {
        return actions;
    }

    /**
     * The day a member started work and cleared the case.
     *
     * @return the date, or empty while not cleared
     */
    public Optional<LocalDate> clearedDate() {
        return Optional.ofNullable(clearedDate);
    }

    /**
     * Whether the case was cleared on or before {@code date}.
     *
     * @param date the date
     * @return true if cleared by then
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isClearedOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return clearedDate != null && !clearedDate.isAfter(date);
    }

    /**
     * The member whose employment cleared the case.
     *
     * @return the member, or empty while not cleared
     */
    public Optional<PersonId> employedMember() {
        return Optional.ofNullable(employedMember);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ZeroEmploymentCase c && household.equals(c.household) && city.equals(c.city)
                && identifiedDate.equals(c.identifiedDate) && actions.equals(c.actions)
                && Objects.equals(clearedDate, c.clearedDate) && Objects.equals(employedMember, c.employedMember);
    }

    @Override
    public int hashCode() {
        return Objects.hash(household, city, identifiedDate, actions, clearedDate, employedMember);
    }

    /**
     * Household, city and dates, without the employed member's id.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "ZeroEmploymentCase[" + household + ", " + city + ", identified " + identifiedDate
                + (clearedDate == null ? ", not cleared" : ", cleared " + clearedDate) + ", "
                + actions.size() + " actions]";
    }
}
