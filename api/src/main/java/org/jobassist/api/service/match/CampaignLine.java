package org.jobassist.api.service.match;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.StreetCode;

/**
 * One street's line of an Employment Assistance Month view (就业援助月): the people in scope,
 * who was visited and who is still to visit (入户走访), the matches proposed, and the
 * referrals made in the campaign with their outcomes as of the view's date.
 *
 * <p>Error codes: {@code campaign.negative-count} (a count below zero; path the field),
 * {@code campaign.count-mismatch} (more visited or to visit than people, or outcome counts
 * that do not add up to the referrals).
 *
 * <p>Immutable and thread-safe.
 *
 * @param street the street (乡镇街道)
 * @param people the people in scope living in the street
 * @param visited how many of them had a home visit delivered in the campaign
 * @param toVisit the people not yet visited, in ascending id order
 * @param matchesProposed the matches proposed to the street's people
 * @param peopleWithMatches how many of the street's people got at least one match
 * @param referrals the referrals made to the street's people in the campaign
 * @param outcomes the referrals by outcome as of the view's date; every outcome present, zeros included
 */
public record CampaignLine(StreetCode street, int people, int visited, List<PersonId> toVisit, int matchesProposed,
                           int peopleWithMatches, int referrals, Map<ReferralOutcome, Integer> outcomes) {

    /**
     * Checks and copies the fields; a missing outcome counts zero.
     *
     * @throws InvalidInputException with the codes of this class
     * @throws NullPointerException if a field, an element or a count is null
     */
    public CampaignLine {
        Objects.requireNonNull(street, "street");
        toVisit = List.copyOf(toVisit);
        Map<ReferralOutcome, Integer> all = new EnumMap<>(ReferralOutcome.class);
        for (ReferralOutcome o : ReferralOutcome.values()) {
            all.put(o, 0);
        }
        all.putAll(outcomes);
        List<Violation> faults = new ArrayList<>();
        negative("people", people, faults);
        negative("visited", visited, faults);
        negative("matchesProposed", matchesProposed, faults);
        negative("peopleWithMatches", peopleWithMatches, faults);
        negative("referrals", referrals, faults);
        int sum = 0;
        for (Map.Entry<ReferralOutcome, Integer> e : all.entrySet()) {
            negative("outcomes." + e.getKey().name(), Objects.requireNonNull(e.getValue(), "count"), faults);
            sum += e.getValue();
        }
        if (visited + toVisit.size() > people || peopleWithMatches > people || sum != referrals) {
            faults.add(new Violation("outcomes", "campaign.count-mismatch",
                    "visited and to visit are at most the people; outcomes add up to the referrals"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        outcomes = Collections.unmodifiableMap(all);
    }

    private static void negative(String path, int value, List<Violation> faults) {
        if (value < 0) {
            faults.add(new Violation(path, "campaign.negative-count", "a count cannot be negative"));
        }
    }

    /**
     * The referrals of one outcome.
     *
     * @param outcome the outcome
     * @return the count
     * @throws NullPointerException if {@code outcome} is null
     */
    public int outcome(ReferralOutcome outcome) {
        return outcomes.get(Objects.requireNonNull(outcome, "outcome"));
    }

    /**
     * The street, its counts and how many are to visit (not who: the list holds person ids).
     *
     * @return the text
     */
    @Override
    public String toString() {
        return "CampaignLine[" + street + ": people " + people + ", visited " + visited + ", to visit "
                + toVisit.size() + ", matches " + matchesProposed + " for " + peopleWithMatches + ", referrals "
                + referrals + " " + outcomes + "]";
    }
}
