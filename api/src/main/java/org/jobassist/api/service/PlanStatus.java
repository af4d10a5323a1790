package org.jobassist.api.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.law.Explanation;

/**
 * Where a {@link ServicePlan} stands on a day: for every kind the standard requires, how many
 * services are required, how many were counted by that day and how many are missing.
 *
 * <p>The status explains itself ({@link #explanation()}): rule {@code service.plan.status},
 * satisfied when the plan is complete, with one child {@code service.plan.kind} per required
 * kind giving the kind, the numbers and the legal basis of the minimum when the standard
 * carries one.
 *
 * <p>Error code of {@link #of}: {@code plan-status.as-of} (a day outside the plan's year),
 * {@code plan-status.count} (a negative count, path names the kind).
 *
 * <p>{@link #toString()} does not show the person. Immutable and thread-safe.
 */
public final class PlanStatus {

    /**
     * One kind's line.
     *
     * @param kind the kind
     * @param required the yearly minimum, positive
     * @param delivered the services counted by the day, not negative
     * @param missing {@code max(0, required - delivered)}
     */
    public record Line(ServiceActionKind kind, int required, int delivered, int missing) {

        /**
         * Checks the line.
         *
         * @throws IllegalArgumentException if the numbers do not fit together
         * @throws NullPointerException if {@code kind} is null
         */
        public Line {
            Objects.requireNonNull(kind, "kind");
            if (required < 1 || delivered < 0 || missing != Math.max(0, required - delivered)) {
                throw new IllegalArgumentException("inconsistent plan line");
            }
        }

        /**
         * Whether the kind's minimum is met.
         *
         * @return true if nothing is missing
         */
        public boolean met() {
            return missing == 0;
        }
    }

    private final ServicePlan plan;
    private final LocalDate asOf;
    private final List<Line> lines;
    private final Explanation explanation;

    private PlanStatus(ServicePlan plan, LocalDate asOf, List<Line> lines) {
        this.plan = plan;
        this.asOf = asOf;
        this.lines = lines;
        this.explanation = explain(plan, asOf, lines);
    }

    private static Explanation explain(ServicePlan plan, LocalDate asOf, List<Line> lines) {
        List<Explanation> children = new ArrayList<>(lines.size());
        boolean complete = true;
        for (Line line : lines) {
            Explanation.Builder b = Explanation.builder("service.plan.kind")
                    .description("the services of one kind counted from 1 January against the standard's yearly minimum")
                    .input("kind", line.kind().name())
                    .input("required", Integer.toString(line.required()))
                    .input("delivered", Integer.toString(line.delivered()))
                    .input("missing", Integer.toString(line.missing()))
                    .satisfied(line.met());
            plan.standard().legalBasis(line.kind()).ifPresent(b::legalBasis);
            children.add(b.build());
            complete &= line.met();
        }
        return Explanation.builder("service.plan.status")
                .description("every yearly minimum of the service standard is met")
                .input("year", Integer.toString(plan.year()))
                .input("asOf", asOf.toString())
                .satisfied(complete)
                .children(children)
                .build();
    }

    /**
     * The status of {@code plan} on {@code asOf} given the services counted by then.
     *
     * @param plan the plan
     * @param asOf the day, in the plan's year
     * @param counted the services counted per kind; kinds not named count 0, kinds the standard
     *     does not require are ignored
     * @return the status, one line per required kind in {@link ServiceActionKind} order
     * @throws InvalidInputException {@code plan-status.as-of}, {@code plan-status.count}
     * @throws NullPointerException if an argument, key or value is null
     */
    public static PlanStatus of(ServicePlan plan, LocalDate asOf, Map<ServiceActionKind, Integer> counted) {
        Objects.requireNonNull(plan, "plan");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(counted, "counted");
        List<Violation> faults = new ArrayList<>();
        if (asOf.getYear() != plan.year()) {
            faults.add(new Violation("asOf", "plan-status.as-of", "the day is in the plan's year"));
        }
        counted.forEach((k, v) -> {
            Objects.requireNonNull(k, "kind");
            if (Objects.requireNonNull(v, "count") < 0) {
                faults.add(new Violation(k.name(), "plan-status.count", "a count is not negative"));
            }
        });
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        List<Line> lines = new ArrayList<>();
        plan.standard().minimums().forEach((kind, required) -> {
            int delivered = counted.getOrDefault(kind, 0);
            lines.add(new Line(kind, required, delivered, Math.max(0, required - delivered)));
        });
        return new PlanStatus(plan, asOf, List.copyOf(lines));
    }

    /** @return the plan */
    public ServicePlan plan() {
        return plan;
    }

    /** @return the day of the status */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return one line per required kind, in {@link ServiceActionKind} order, unmodifiable */
    public List<Line> lines() {
        return lines;
    }

    /**
     * The line of {@code kind}.
     *
     * @param kind the kind
     * @return the line, or empty if the standard does not require the kind
     * @throws NullPointerException if {@code kind} is null
     */
    public java.util.Optional<Line> line(ServiceActionKind kind) {
        Objects.requireNonNull(kind, "kind");
        return lines.stream().filter(l -> l.kind() == kind).findFirst();
    }

    /**
     * Why the plan is complete or not: rule {@code service.plan.status} with a child per kind.
     *
     * @return the explanation, without personal data
     */
    public Explanation explanation() {
        return explanation;
    }

    /**
     * Whether every required kind is met.
     *
     * @return true if nothing is missing
     */
    public boolean complete() {
        return lines.stream().allMatch(Line::met);
    }

    /**
     * The services still missing, summed over kinds.
     *
     * @return the total missing
     */
    public int missingTotal() {
        return lines.stream().mapToInt(Line::missing).sum();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanStatus s && plan.equals(s.plan) && asOf.equals(s.asOf) && lines.equals(s.lines);
    }

    @Override
    public int hashCode() {
        return Objects.hash(plan, asOf, lines);
    }

    /** {@return a summary without the person} */
    @Override
    public String toString() {
        return "PlanStatus[" + plan.year() + " as of " + asOf + ", " + lines + "]";
    }
}
