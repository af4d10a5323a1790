package org.jobassist.examples.province;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.subsidy.JobStabilisationRefundInput;
import org.jobassist.api.subsidy.WorkForTrainingInput;

/**
 * What a province run works on: the people, their households, relations and registry facts,
 * and either the year's employment outcomes (the host's own data) or nothing, in which case
 * the run draws outcomes month by month from the people it recognised.
 *
 * @param source a short description for the report, such as {@code "generated, seed 20211109"}
 * @param seed the seed the run draws outcomes with when {@code outcomes} is empty
 * @param people the people's records
 * @param households the household registers
 * @param relations the kinship facts about household members
 * @param evidence the registry evidence
 * @param contributions the social-insurance contribution histories
 * @param outcomes the year's outcomes, if given
 * @param postEmployers the employing unit of each given outcome on a public welfare post, by
 *     outcome id
 * @param employers units the run picks a public welfare post's employer from for drawn outcomes
 * @param training the enterprises' work-for-training cases
 * @param refunds the units' job-stabilisation refund cases
 */
public record Population(String source, long seed, List<PersonRecord> people, List<HouseholdRegister> households,
                         KinshipBatch relations, List<Evidence> evidence, List<ContributionHistory> contributions,
                         Optional<List<EmploymentOutcome>> outcomes,
                         Map<String, UnifiedSocialCreditCode> postEmployers, List<UnifiedSocialCreditCode> employers,
                         List<WorkForTrainingInput> training, List<JobStabilisationRefundInput> refunds) {

    /**
     * Checks and copies the fields.
     *
     * @throws NullPointerException if a field or an element is null
     * @throws IllegalArgumentException if outcomes are drawn but there is no employer to pick
     */
    public Population {
        Objects.requireNonNull(source, "source");
        people = List.copyOf(people);
        households = List.copyOf(households);
        Objects.requireNonNull(relations, "relations");
        evidence = List.copyOf(evidence);
        contributions = List.copyOf(contributions);
        outcomes = outcomes.map(List::copyOf);
        postEmployers = Map.copyOf(postEmployers);
        employers = List.copyOf(employers);
        training = List.copyOf(training);
        refunds = List.copyOf(refunds);
        if (outcomes.isEmpty() && employers.isEmpty()) {
            throw new IllegalArgumentException("drawn outcomes need at least one employer");
        }
    }

    /**
     * A summary with counts only: no personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Population[" + source + ": " + people.size() + " people, " + households.size() + " households, "
                + relations.size() + " kinship facts, " + evidence.size() + " evidence, " + contributions.size()
                + " contribution histories, " + outcomes.map(o -> o.size() + " outcomes").orElse("outcomes drawn")
                + ", " + training.size() + " work-for-training cases, " + refunds.size() + " refund cases]";
    }
}
