package org.jobassist.impl.internal.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeBatchResult;
import org.jobassist.api.assessment.RejectedOutcome;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.RecognitionStore;

/**
 * Records a batch of outcomes against a plan: checks what needs no stored outcome (plan year,
 * recognition on the day), lets the store check what does (duplicate id,
 * person already counted this year) as one step with the write, and accounts for every
 * outcome: accepted, already recorded or rejected with its reasons. Stateless and
 * thread-safe.
 */
public final class OutcomeRecorder {

    private OutcomeRecorder() {}

    /**
     * Records {@code outcomes}; see {@code Assessments.record}.
     *
     * @param plan the plan
     * @param store the outcome store
     * @param recognitions the recognition records
     * @param outcomes the batch
     * @return the result
     */
    public static OutcomeBatchResult record(TargetPlan plan, OutcomeStore store, RecognitionStore recognitions,
            List<EmploymentOutcome> outcomes) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(recognitions, "recognitions");
        Objects.requireNonNull(outcomes, "outcomes");
        List<Violation> nulls = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            if (outcomes.get(i) == null) {
                nulls.add(new Violation("outcomes[" + i + "]", "store.null-item", "a batch holds no null outcome"));
            }
        }
        if (!nulls.isEmpty()) {
            throw new InvalidInputException(nulls);
        }
        List<RejectedOutcome> rejected = new ArrayList<>();
        List<EmploymentOutcome> clean = new ArrayList<>();
        List<Integer> cleanIndex = new ArrayList<>();
        for (int i = 0; i < outcomes.size(); i++) {
            EmploymentOutcome o = outcomes.get(i);
            List<Violation> faults = check(plan, recognitions, o);
            if (faults.isEmpty()) {
                clean.add(o);
                cleanIndex.add(i);
            } else {
                rejected.add(new RejectedOutcome(i, o.id(), faults));
            }
        }
        List<OutcomeStore.WriteStatus> statuses = clean.isEmpty() ? List.of() : store.recordAll(clean, plan.countRule());
        if (statuses.size() != clean.size()) {
            throw new IllegalStateException("the outcome store answered " + statuses.size() + " statuses for "
                    + clean.size() + " outcomes");
        }
        int accepted = 0;
        int already = 0;
        for (int k = 0; k < statuses.size(); k++) {
            int index = cleanIndex.get(k);
            switch (statuses.get(k)) {
                case STORED -> accepted++;
                case ALREADY_STORED -> already++;
                case ID_CONFLICT -> rejected.add(new RejectedOutcome(index, clean.get(k).id(), List.of(new Violation(
                        "outcomes[" + index + "].id", "outcome.duplicate-id",
                        "another outcome with this id is recorded"))));
                case PERSON_ALREADY_COUNTED -> rejected.add(new RejectedOutcome(index, clean.get(k).id(), List.of(
                        new Violation("outcomes[" + index + "].person", "outcome.duplicate-in-year",
                                "the person already counts towards this year's target"))));
            }
        }
        rejected.sort((a, b) -> Integer.compare(a.index(), b.index()));
        OutcomeBatchResult result = new OutcomeBatchResult(accepted, already, rejected);
        Map<String, Integer> byReason = new TreeMap<>(result.rejectedByReason());
        if (!byReason.isEmpty()) {
            store.addRejections(plan.year(), byReason);
        }
        return result;
    }

    private static List<Violation> check(TargetPlan plan, RecognitionStore recognitions, EmploymentOutcome o) {
        List<Violation> faults = new ArrayList<>(1);
        if (o.date().getYear() != plan.year()) {
            faults.add(new Violation("date", "outcome.outside-plan-year", "the day is not in the plan year"));
        }
        Optional<RecognitionRecord> record = recognitions.find(o.person());
        if (record.isEmpty() || !record.get().isRecognisedOn(o.date())) {
            faults.add(new Violation("person", "outcome.not-recognised",
                    "the person was not recognised as a person with employment difficulties on that day"));
        }
        return faults;
    }
}
