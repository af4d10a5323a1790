package org.jobassist.impl.internal.zef;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.family.OverdueReport;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/** Dynamic clearing over a policy pack. Immutable and thread-safe. */
public final class ClearingEngine implements ZeroEmploymentClearing {

    private final PolicyPack pack;

    /**
     * Creates the engine.
     *
     * @param pack the policy pack
     * @throws NullPointerException if {@code pack} is null
     */
    public ClearingEngine(PolicyPack pack) {
        this.pack = Objects.requireNonNull(pack, "pack");
    }

    @Override
    public ResolvedValue<Period> clearingPeriod(ZeroEmploymentCase zeroEmploymentCase) {
        Objects.requireNonNull(zeroEmploymentCase, "zeroEmploymentCase");
        return pack.resolve(PolicyKeys.ZERO_EMPLOYMENT_CLEARING_DEADLINE, zeroEmploymentCase.city(),
                zeroEmploymentCase.identifiedDate());
    }

    @Override
    public LocalDate deadline(ZeroEmploymentCase zeroEmploymentCase) {
        // Civil Code Art. 201: the period starts the day after identification, so its last day
        // is the identified date plus the period.
        return zeroEmploymentCase.identifiedDate().plus(clearingPeriod(zeroEmploymentCase).value());
    }

    @Override
    public ClearingStatus status(ZeroEmploymentCase zeroEmploymentCase, LocalDate asOf) {
        Objects.requireNonNull(zeroEmploymentCase, "zeroEmploymentCase");
        Objects.requireNonNull(asOf, "asOf");
        if (asOf.isBefore(zeroEmploymentCase.identifiedDate())) {
            throw new InvalidInputException(new Violation("asOf", "zero-employment-case.as-of-before-identified",
                    "the case was not yet identified on the date asked"));
        }
        return statusOf(zeroEmploymentCase, deadline(zeroEmploymentCase), asOf);
    }

    private static ClearingStatus statusOf(ZeroEmploymentCase c, LocalDate deadline, LocalDate asOf) {
        if (c.isClearedOn(asOf)) {
            return c.clearedDate().orElseThrow().isAfter(deadline) ? ClearingStatus.CLEARED_LATE
                    : ClearingStatus.CLEARED_ON_TIME;
        }
        return asOf.isAfter(deadline) ? ClearingStatus.OVERDUE : ClearingStatus.OPEN;
    }

    @Override
    public OverdueReport overdueByCity(Collection<ZeroEmploymentCase> cases, LocalDate asOf) {
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(asOf, "asOf");
        Map<ClearingStatus, Integer> counts = new EnumMap<>(ClearingStatus.class);
        for (ClearingStatus s : ClearingStatus.values()) {
            counts.put(s, 0);
        }
        Map<DivisionCode, List<Dated>> overdue = new TreeMap<>();
        int notYetIdentified = 0;
        for (ZeroEmploymentCase c : cases) {
            Objects.requireNonNull(c, "case");
            if (asOf.isBefore(c.identifiedDate())) {
                notYetIdentified++;
                continue;
            }
            LocalDate deadline = deadline(c);
            ClearingStatus status = statusOf(c, deadline, asOf);
            counts.merge(status, 1, Integer::sum);
            if (status == ClearingStatus.OVERDUE) {
                overdue.computeIfAbsent(c.city(), k -> new ArrayList<>()).add(new Dated(c, deadline));
            }
        }
        Comparator<Dated> order = Comparator.comparing((Dated d) -> d.deadline)
                .thenComparing(d -> d.zeroEmploymentCase.identifiedDate())
                .thenComparing(d -> d.zeroEmploymentCase.household().value());
        Map<DivisionCode, List<ZeroEmploymentCase>> byCity = new TreeMap<>();
        overdue.forEach((city, list) -> {
            list.sort(order);
            List<ZeroEmploymentCase> sorted = new ArrayList<>(list.size());
            list.forEach(d -> sorted.add(d.zeroEmploymentCase));
            byCity.put(city, sorted);
        });
        return new OverdueReport(asOf, byCity, counts, notYetIdentified);
    }

    /** A case with its deadline, computed once for sorting. */
    private static final class Dated {
        final ZeroEmploymentCase zeroEmploymentCase;
        final LocalDate deadline;

        Dated(ZeroEmploymentCase zeroEmploymentCase, LocalDate deadline) {
            this.zeroEmploymentCase = zeroEmploymentCase;
            this.deadline = deadline;
        }
    }
}
