package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.region.DivisionCode;

/**
 * The zero-employment cases overdue on a date, per city, and how every case given was
 * counted: by status, or as not yet identified on that date. The counts add up to the number
 * of cases given.
 *
 * <p>Immutable and thread-safe.
 *
 * @param asOf the date asked about
 * @param overdueByCity per city in code order, the overdue cases by deadline, then identified
 *     date, then household id; cities without an overdue case are absent
 * @param countsByStatus every status with its number of cases, zero included
 * @param notYetIdentified the cases identified after {@code asOf}
 */
public record OverdueReport(LocalDate asOf, Map<DivisionCode, List<ZeroEmploymentCase>> overdueByCity,
                            Map<ClearingStatus, Integer> countsByStatus, int notYetIdentified) {

    /**
     * Checks and copies the fields, keeping the map orders.
     *
     * @throws IllegalArgumentException if a count is negative or a status is missing
     * @throws NullPointerException if a field is null
     */
    public OverdueReport {
        Objects.requireNonNull(asOf, "asOf");
        Map<DivisionCode, List<ZeroEmploymentCase>> byCity = new LinkedHashMap<>();
        overdueByCity.forEach((city, cases) -> byCity.put(city, List.copyOf(cases)));
        overdueByCity = Collections.unmodifiableMap(byCity);
        Map<ClearingStatus, Integer> counts = new EnumMap<>(ClearingStatus.class);
        counts.putAll(countsByStatus);
        if (counts.size() != ClearingStatus.values().length || notYetIdentified < 0
                || counts.values().stream().anyMatch(n -> n < 0)) {
            throw new IllegalArgumentException("every status needs a count, and counts are not negative");
        }
        countsByStatus = Collections.unmodifiableMap(counts);
    }

    /**
     * The number of cases the report counted.
     *
     * @return the sum of the status counts and the not-yet-identified cases
     */
    public int total() {
        int total = notYetIdentified;
        for (int n : countsByStatus.values()) {
            total += n;
        }
        return total;
    }

    /**
     * The number of overdue cases.
     *
     * @return the count
     */
    public int overdue() {
        return countsByStatus.get(ClearingStatus.OVERDUE);
    }
}
