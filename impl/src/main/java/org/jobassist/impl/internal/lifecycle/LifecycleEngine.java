package org.jobassist.impl.internal.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.LifecycleOutcome;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.category.TransitionRule;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.time.StatutoryRetirement;

/**
 * {@link RecognitionLifecycle} over a {@link RecognitionService}, a {@link PolicyPack} and the
 * person and recognition stores. Stateless: every step reads the stores, checks everything
 * before it writes, and writes the record once with the version it read, so a concurrent step
 * on the same person makes this one fail with {@code store.stale-version} rather than be lost.
 *
 * <p>Thread-safe.
 */
public final class LifecycleEngine implements RecognitionLifecycle {

    private final RecognitionService service;
    private final PolicyPack pack;
    private final PersonStore people;
    private final RecognitionStore recognitions;

    /**
     * An engine.
     *
     * @param service recognition
     * @param pack the policy pack: catalogues, review interval, exit rules
     * @param people the person store
     * @param recognitions the recognition store
     */
    public LifecycleEngine(RecognitionService service, PolicyPack pack, PersonStore people,
                           RecognitionStore recognitions) {
        this.service = Objects.requireNonNull(service, "service");
        this.pack = Objects.requireNonNull(pack, "pack");
        this.people = Objects.requireNonNull(people, "people");
        this.recognitions = Objects.requireNonNull(recognitions, "recognitions");
    }

    @Override
    public RecognitionRecord apply(PersonRecord person, LocalDate date) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(date, "date");
        Optional<RecognitionRecord> existing = recognitions.find(person.id());
        RecognitionRecord next;
        if (existing.isPresent()) {
            RecognitionRecord r = existing.get();
            if (!r.status().isClosed()) {
                throw fault("person", "lifecycle.already-applied", "the person has an open application or recognition");
            }
            checkOrder(r, date);
            next = r.reapplied(date);
        } else {
            next = RecognitionRecord.applied(person.id(), date);
        }
        // The person first: a record must never name a person the store lacks; saving a person is idempotent.
        people.save(person);
        return recognitions.save(next, existing.map(RecognitionRecord::version).orElse(0L));
    }

    @Override
    public LifecycleOutcome decide(PersonId id, LocalDate date) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        RecognitionRecord r = recognitions.find(id).orElseThrow(LifecycleEngine::notApplied);
        if (r.status() != RecognitionStatus.APPLIED) {
            throw notApplied();
        }
        checkOrder(r, date);
        PersonRecord person = person(id);
        checkCatalogue(date);
        Recognition recognition = service.recognise(person, date);
        Explanation.Builder why = Explanation.builder("lifecycle.decision")
                .description("the application is decided under the catalogue version in force on the day")
                .input("catalogue-version", recognition.catalogueVersion())
                .input("date", date.toString())
                .satisfied(recognition.isRecognised())
                .child(recognition.explanation());
        RecognitionRecord next;
        if (recognition.isRecognised()) {
            ResolvedValue<Period> interval = ExitRules.reviewInterval(pack, person.residence(), date);
            next = r.recognised(date, recognition.catalogueVersion(), recognition.categoryCodes(),
                    date.plus(interval.value()));
            why.result(RecognitionStatus.RECOGNISED.name()).child(intervalExplanation(interval));
        } else {
            next = r.rejected(date, recognition.catalogueVersion());
            why.result(RecognitionStatus.REJECTED.name());
        }
        return new LifecycleOutcome(recognitions.save(next, r.version()), Optional.of(recognition), why.build());
    }

    @Override
    public LifecycleOutcome reverify(PersonId id, LocalDate date) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        RecognitionRecord r = recognised(id, date);
        PersonRecord person = person(id);
        return reverify(r, person, date);
    }

    private LifecycleOutcome reverify(RecognitionRecord r, PersonRecord person, LocalDate date) {
        ExitRules rules = ExitRules.of(pack, person.residence(), date);
        if (rules.isActive(ExitReason.REACHED_RETIREMENT)
                && StatutoryRetirement.hasReachedRetirement(person.birthDate(), person.retirementClass(), date)) {
            Explanation retirement = StatutoryRetirement.explain(YearMonth.from(person.birthDate()),
                    person.retirementClass(), date);
            return exitWith(r, date, ExitReason.REACHED_RETIREMENT, rules, Optional.empty(), List.of(retirement));
        }
        if (rules.isActive(ExitReason.REGISTRATION_CANCELLED) && !person.isRegisteredUnemployedOn(date)) {
            Explanation registration = Explanation.builder("lifecycle.registered-unemployed")
                    .description("the person is a registered unemployed person on the day")
                    .input("date", date.toString())
                    .satisfied(false)
                    .build();
            return exitWith(r, date, ExitReason.REGISTRATION_CANCELLED, rules, Optional.empty(),
                    List.of(registration));
        }
        checkCatalogue(date);
        Recognition recognition = service.recognise(person, date);
        if (!recognition.isRecognised()) {
            return exitWith(r, date, ExitReason.NO_LONGER_ELIGIBLE, rules, Optional.of(recognition),
                    List.of(recognition.explanation()));
        }
        ResolvedValue<Period> interval = ExitRules.reviewInterval(pack, person.residence(), date);
        RecognitionRecord next = r.recognised(date, recognition.catalogueVersion(), recognition.categoryCodes(),
                date.plus(interval.value()));
        Explanation why = Explanation.builder("lifecycle.reverification")
                .description("the recognition is confirmed under the catalogue version in force on the day")
                .input("catalogue-version", recognition.catalogueVersion())
                .input("date", date.toString())
                .satisfied(true)
                .result(String.join(",", next.categories()))
                .child(recognition.explanation())
                .child(intervalExplanation(interval))
                .build();
        return new LifecycleOutcome(recognitions.save(next, r.version()), Optional.of(recognition), why);
    }

    @Override
    public LifecycleOutcome applyTransition(PersonId id, LocalDate date) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        RecognitionRecord r = recognised(id, date);
        PersonRecord person = person(id);
        CategoryCatalogue current = checkCatalogue(date);
        String pinned = r.catalogueVersion().orElseThrow();
        if (reassessing(date).contains(pinned)) {
            return reverify(r, person, date);
        }
        boolean same = pinned.equals(current.version());
        Explanation why = Explanation.builder("lifecycle.transition")
                .description(same ? "the recognition is under the catalogue version in force"
                        : "the recognition keeps its catalogue version until its next review")
                .input("pinned-version", pinned)
                .input("version-in-force", current.version())
                .input("next-review", r.nextReview().map(LocalDate::toString).orElse(""))
                .outcome(same ? Explanation.Outcome.NOT_APPLICABLE : Explanation.Outcome.SATISFIED)
                .result(TransitionRule.KEEP_UNTIL_NEXT_REVIEW.name())
                .build();
        return new LifecycleOutcome(r, Optional.empty(), why);
    }

    @Override
    public LifecycleOutcome exit(PersonId id, LocalDate date, ExitReason reason) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(reason, "reason");
        if (reason == ExitReason.REFUSED_SERVICES || reason == ExitReason.UNREACHABLE
                || reason == ExitReason.NO_LONGER_ELIGIBLE) {
            throw fault("reason", "lifecycle.evidence-required",
                    "this exit reason needs its evidence checked by its own method");
        }
        RecognitionRecord r = recognised(id, date);
        ExitRules rules = activeRules(id, date, reason);
        return exitWith(r, date, reason, rules, Optional.empty(), List.of());
    }

    @Override
    public LifecycleOutcome exitForRefusedServices(PersonId id, LocalDate date, List<LocalDate> refusals) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        List<LocalDate> days = List.copyOf(refusals);
        RecognitionRecord r = recognised(id, date);
        ExitRules rules = activeRules(id, date, ExitReason.REFUSED_SERVICES);
        List<Violation> faults = new ArrayList<>();
        for (int i = 0; i < days.size(); i++) {
            if (days.get(i).isAfter(date)) {
                faults.add(new Violation("refusals[" + i + "]", "lifecycle.date-order",
                        "a refusal is dated after the exit"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        PersonRecord person = person(id);
        ResolvedValue<Integer> threshold = pack.resolve(PolicyKeys.CATEGORY_EXIT_REFUSAL_THRESHOLD,
                person.residence(), date);
        ResolvedValue<Period> window = pack.resolve(PolicyKeys.CATEGORY_EXIT_REFUSAL_WINDOW, person.residence(), date);
        LocalDate from = date.minus(window.value());
        long within = days.stream().filter(d -> !d.isBefore(from)).count();
        if (within < threshold.value()) {
            throw fault("refusals", "lifecycle.threshold-not-met",
                    "fewer refusals within the window than the pack's threshold");
        }
        Explanation evidence = Explanation.builder("lifecycle.refused-services")
                .description("refusals of public employment services within the window reach the threshold")
                .input("refusals-in-window", Long.toString(within))
                .input("threshold", threshold.value().toString())
                .input("window", window.value().toString())
                .satisfied(true)
                .legalBasis(threshold.legalBasis())
                .build();
        return exitWith(r, date, ExitReason.REFUSED_SERVICES, rules, Optional.empty(), List.of(evidence));
    }

    @Override
    public LifecycleOutcome exitUnreachable(PersonId id, LocalDate date, LocalDate lastContact) {
        Objects.requireNonNull(id, "person");
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(lastContact, "lastContact");
        RecognitionRecord r = recognised(id, date);
        ExitRules rules = activeRules(id, date, ExitReason.UNREACHABLE);
        if (lastContact.isAfter(date)) {
            throw fault("lastContact", "lifecycle.date-order", "the last contact is dated after the exit");
        }
        PersonRecord person = person(id);
        ResolvedValue<Period> after = pack.resolve(PolicyKeys.CATEGORY_EXIT_UNREACHABLE_AFTER, person.residence(),
                date);
        if (!date.isAfter(lastContact.plus(after.value()))) {
            throw fault("lastContact", "lifecycle.threshold-not-met",
                    "the person has not been out of contact for longer than the pack's period");
        }
        Explanation evidence = Explanation.builder("lifecycle.unreachable")
                .description("the person has been out of contact for longer than the period")
                .input("last-contact", lastContact.toString())
                .input("period", after.value().toString())
                .satisfied(true)
                .legalBasis(after.legalBasis())
                .build();
        return exitWith(r, date, ExitReason.UNREACHABLE, rules, Optional.empty(), List.of(evidence));
    }

    @Override
    public List<RecognitionRecord> dueForReview(LocalDate date) {
        Objects.requireNonNull(date, "date");
        Map<PersonId, RecognitionRecord> due = new LinkedHashMap<>();
        for (RecognitionRecord r : recognitions.findDueForReview(date)) {
            due.put(r.person(), r);
        }
        Set<String> reassess = reassessing(date);
        if (!reassess.isEmpty()) {
            for (RecognitionRecord r : recognitions.findByStatus(RecognitionStatus.RECOGNISED)) {
                if (reassess.contains(r.catalogueVersion().orElseThrow())) {
                    due.putIfAbsent(r.person(), r);
                }
            }
        }
        List<RecognitionRecord> sorted = new ArrayList<>(due.values());
        sorted.sort(Comparator.comparing(r -> r.person().value()));
        return List.copyOf(sorted);
    }

    /** The versions that a version with REASSESS_IMMEDIATELY, in force by {@code date}, has replaced. */
    private Set<String> reassessing(LocalDate date) {
        List<CategoryCatalogue> versions = pack.categoryCatalogues().versions();
        Set<String> replaced = new HashSet<>();
        for (int i = 1; i < versions.size(); i++) {
            CategoryCatalogue v = versions.get(i);
            if (v.transition() == TransitionRule.REASSESS_IMMEDIATELY && !v.effectiveFrom().isAfter(date)) {
                for (int j = 0; j < i; j++) {
                    replaced.add(versions.get(j).version());
                }
            }
        }
        return replaced;
    }

    private LifecycleOutcome exitWith(RecognitionRecord r, LocalDate date, ExitReason reason, ExitRules rules,
                                      Optional<Recognition> recognition, List<Explanation> evidence) {
        RecognitionRecord next = r.exited(date, reason);
        Explanation why = Explanation.builder("lifecycle.exit")
                .description("the recognition ends for the reason given (exit rules provisional)")
                .input("reason", reason.code())
                .input("date", date.toString())
                .satisfied(true)
                .result(reason.code())
                .legalBasis(rules.basis())
                .children(evidence)
                .build();
        return new LifecycleOutcome(recognitions.save(next, r.version()), recognition, why);
    }

    private ExitRules activeRules(PersonId id, LocalDate date, ExitReason reason) {
        ExitRules rules = ExitRules.of(pack, person(id).residence(), date);
        if (!rules.isActive(reason)) {
            throw fault("reason", "lifecycle.exit-reason-inactive", "the pack does not make this exit reason active");
        }
        return rules;
    }

    /** The stored record, recognised, with {@code date} not before its last transition. */
    private RecognitionRecord recognised(PersonId id, LocalDate date) {
        RecognitionRecord r = recognitions.find(id).orElseThrow(LifecycleEngine::notApplied);
        if (r.status() == RecognitionStatus.EXITED) {
            throw fault("person", "lifecycle.already-exited", "the recognition has already ended");
        }
        if (r.status() != RecognitionStatus.RECOGNISED) {
            throw fault("person", "lifecycle.not-recognised", "the person is not recognised");
        }
        checkOrder(r, date);
        return r;
    }

    private PersonRecord person(PersonId id) {
        return people.find(id).orElseThrow(
                () -> fault("person", "lifecycle.unknown-person", "no person record is stored for the person"));
    }

    private CategoryCatalogue checkCatalogue(LocalDate date) {
        return pack.categoryCatalogues().find(date).orElseThrow(
                () -> fault("date", "lifecycle.no-catalogue", "no catalogue version is in force on the day"));
    }

    private static void checkOrder(RecognitionRecord r, LocalDate date) {
        if (date.isBefore(r.lastTransitionOn())) {
            throw fault("date", "lifecycle.date-order", "the date is before the record's last transition");
        }
    }

    private static Explanation intervalExplanation(ResolvedValue<Period> interval) {
        return Explanation.builder("lifecycle.review-interval")
                .description("a recognition is reviewed after this interval (assumption)")
                .value(interval.value().toString())
                .legalBasis(interval.legalBasis())
                .build();
    }

    private static InvalidInputException notApplied() {
        return fault("person", "lifecycle.not-applied", "the person has no open application");
    }

    private static InvalidInputException fault(String path, String code, String message) {
        return new InvalidInputException(new Violation(path, code, message));
    }
}
