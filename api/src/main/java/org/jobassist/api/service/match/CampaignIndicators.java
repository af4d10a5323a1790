package org.jobassist.api.service.match;

import java.util.ArrayList;
import java.util.List;
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

    private static void negative(String path, int value, List<Violation> faults) {
        if (value < 0) {
            faults.add(new Violation(path, "campaign.negative-count", "a count cannot be negative"));
        }
    }
}
