package org.jobassist.api.service.match;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * The Employment Assistance Month's indicators for the assessment report (援助月成效): what
 * the campaign did for the people in scope, counted over the campaign's dates.
 *
 * <p>Error codes: {@code campaign.negative-count} (a count below zero; path the field),
 * {@code campaign.count-mismatch} (more placements than people served, or more people placed
 * than referrals accepted).
 *
 * <p>Immutable and thread-safe.
 *
 * @param peopleInScope the people in scope: with a needs profile in the city, not employed
 * @param peopleVisited the people in scope with a home visit delivered in the campaign
 * @param peopleServed the people in scope with at least one service delivered or referral made
 *     in the campaign, each counted once
 * @param servicesDelivered the service records of the people in scope delivered in the campaign
 * @param referrals the referrals made to them in the campaign
 * @param referralsAccepted those referrals accepted (hired or not) as of the view's date
 * @param placements the people hired through a referral made in the campaign, each counted once
 */
public record CampaignIndicators(int peopleInScope, int peopleVisited, int peopleServed, int servicesDelivered,
                                 int referrals, int referralsAccepted, int placements) {

    /**
     * Checks the counts.
     *
     * @throws InvalidInputException with the codes of this class
     */
    public CampaignIndicators {
        List<Violation> faults = new ArrayList<>();
        negative("peopleInScope", peopleInScope, faults);
        negative("peopleVisited", peopleVisited, faults);
        negative("peopleServed", peopleServed, faults);
        negative("servicesDelivered", servicesDelivered, faults);
        negative("referrals", referrals, faults);
        negative("referralsAccepted", referralsAccepted, faults);
        negative("placements", placements, faults);
        if (placements > peopleServed || placements > referralsAccepted || referralsAccepted > referrals) {
            faults.add(new Violation("placements", "campaign.count-mismatch",
                    "placements are at most the people served and the referrals accepted"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /** No one in scope, nothing done: the neutral element of {@link #plus}. */
    public static final CampaignIndicators ZERO = new CampaignIndicators(0, 0, 0, 0, 0, 0, 0);

    /**
     * The field by field sum of these indicators and others, such as two cities' for their
     * province. The sum keeps the checks of this class, since each inequality adds up.
     *
     * @param other the other indicators
     * @return the sum
     * @throws ArithmeticException if a count overflows an {@code int}
     * @throws NullPointerException if {@code other} is null
     */
    public CampaignIndicators plus(CampaignIndicators other) {
        Objects.requireNonNull(other, "other");
        return new CampaignIndicators(Math.addExact(peopleInScope, other.peopleInScope),
                Math.addExact(peopleVisited, other.peopleVisited), Math.addExact(peopleServed, other.peopleServed),
                Math.addExact(servicesDelivered, other.servicesDelivered), Math.addExact(referrals, other.referrals),
                Math.addExact(referralsAccepted, other.referralsAccepted), Math.addExact(placements, other.placements));
    }

    private static void negative(String path, int value, List<Violation> faults) {
        if (value < 0) {
            faults.add(new Violation(path, "campaign.negative-count", "a count cannot be negative"));
        }
    }
}
