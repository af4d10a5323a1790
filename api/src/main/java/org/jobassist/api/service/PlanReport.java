package org.jobassist.api.service;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;

/**
 * How the service plans of an area stand on a day: per county-level district, how many people
 * have a plan (a needs profile in force) and how many of those plans are complete; the totals;
 * and the services still missing per kind.
 *
 * <p>Immutable and thread-safe. It holds counts only, no person.
 */
public final class PlanReport {

    /**
     * One district's line.
     *
     * @param district the county-level district
     * @param people the people with a plan, at least 1
     * @param complete the people whose plan is complete, at most {@code people}
     */
    public record Line(DivisionCode district, int people, int complete) {

        /**
         * Checks the line.
         *
         * @throws IllegalArgumentException if the counts do not fit together
         * @throws NullPointerException if {@code district} is null
         */
        public Line {
            Objects.requireNonNull(district, "district");
            if (people < 1 || complete < 0 || complete > people) {
                throw new IllegalArgumentException("inconsistent plan report line");
            }
        }

        /**
         * The share of complete plans.
         *
         * @return {@code complete / people}
         */
        public Ratio completeShare() {
            return Ratio.of(complete, people);
        }
    }

    private final DivisionCode area;
    private final LocalDate asOf;
    private final List<Line> lines;
    private final Map<ServiceActionKind, Integer> missing;

    /**
     * A report.
     *
     * @param area the area reported on
     * @param asOf the day
     * @param lines one line per district with people, in district order
     * @param missing the services missing per kind, summed over people; kinds with none may be
     *     left out
     * @throws IllegalArgumentException if the lines are not in strictly increasing district
     *     order or a missing count is negative
     * @throws NullPointerException if an argument, element, key or value is null
     */
    public PlanReport(DivisionCode area, LocalDate asOf, List<Line> lines, Map<ServiceActionKind, Integer> missing) {
        this.area = Objects.requireNonNull(area, "area");
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.lines = List.copyOf(lines);
        for (int i = 1; i < this.lines.size(); i++) {
            if (this.lines.get(i - 1).district().compareTo(this.lines.get(i).district()) >= 0) {
                throw new IllegalArgumentException("lines must be in increasing district order");
            }
        }
        Map<ServiceActionKind, Integer> copy = new EnumMap<>(ServiceActionKind.class);
        missing.forEach((k, v) -> {
            if (Objects.requireNonNull(v, "count") < 0) {
                throw new IllegalArgumentException("a missing count is not negative");
            }
            if (v > 0) {
                copy.put(Objects.requireNonNull(k, "kind"), v);
            }
        });
        this.missing = Collections.unmodifiableMap(copy);
    }

    /** @return the area reported on */
    public DivisionCode area() {
        return area;
    }

    /** @return the day */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return one line per district with people, in district order, unmodifiable */
    public List<Line> lines() {
        return lines;
    }

    /** @return the people with a plan in the area */
    public int people() {
        return lines.stream().mapToInt(Line::people).sum();
    }

    /** @return the people whose plan is complete */
    public int complete() {
        return lines.stream().mapToInt(Line::complete).sum();
    }

    /**
     * The share of complete plans in the area.
     *
     * @return {@code complete / people}, or empty if nobody has a plan
     */
    public Optional<Ratio> completeShare() {
        int people = people();
        return people == 0 ? Optional.empty() : Optional.of(Ratio.of(complete(), people));
    }

    /** @return the services missing per kind, summed over people, positive counts only, unmodifiable */
    public Map<ServiceActionKind, Integer> missing() {
        return missing;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PlanReport r && area.equals(r.area) && asOf.equals(r.asOf) && lines.equals(r.lines)
                && missing.equals(r.missing);
    }

    @Override
    public int hashCode() {
        return Objects.hash(area, asOf, lines, missing);
    }

    /** {@return a summary} */
    @Override
    public String toString() {
        return "PlanReport[" + area + " as of " + asOf + ", " + complete() + "/" + people() + " complete, missing "
                + missing + "]";
    }
}
