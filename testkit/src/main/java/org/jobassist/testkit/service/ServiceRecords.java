package org.jobassist.testkit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Service records of one person within a period: every kind of {@link ServiceActionKind}
 * equally likely; 80% delivered, 10% refused, 10% not answered; offices {@code office-01} to
 * {@code office-20}; ids {@code s-<9 digits>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class ServiceRecords {

    private static final List<ServiceActionKind> KINDS = List.of(ServiceActionKind.values());

    private ServiceRecords() {}

    /**
     * Records of {@code person} dated within {@code period}.
     *
     * @param person the person
     * @param period a period with an end
     * @return the generator
     * @throws IllegalArgumentException if the period has no end
     */
    public static Gen<ServiceRecord> of(PersonId person, DateRange period) {
        Objects.requireNonNull(person, "person");
        checkClosed(period);
        return in -> {
            int r = Draw.between(in, 0, 9);
            return ServiceRecord.builder()
                    .id("s-" + Draw.between(in, 100_000_000, 999_999_999))
                    .person(person)
                    .kind(Draw.pick(in, KINDS))
                    .date(dayIn(in, period))
                    .providedBy(String.format("office-%02d", Draw.between(in, 1, 20)))
                    .outcome(r < 8 ? ServiceOutcome.DELIVERED : r < 9 ? ServiceOutcome.REFUSED : ServiceOutcome.NO_ANSWER)
                    .build();
        };
    }

    /**
     * Records of {@code person} and {@code kind} with {@code outcome}, dated within
     * {@code period}.
     *
     * @param person the person
     * @param kind the kind
     * @param outcome the outcome
     * @param period a period with an end
     * @return the generator
     * @throws IllegalArgumentException if the period has no end
     */
    public static Gen<ServiceRecord> of(PersonId person, ServiceActionKind kind, ServiceOutcome outcome,
            DateRange period) {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(outcome, "outcome");
        Gen<ServiceRecord> any = of(person, period);
        return in -> {
            ServiceRecord r = any.generate(in);
            return ServiceRecord.builder().id(r.id()).person(person).kind(kind).date(r.date())
                    .providedBy(r.providedBy()).outcome(outcome).build();
        };
    }

    static void checkClosed(DateRange period) {
        Objects.requireNonNull(period, "period");
        if (period.isOpenEnded()) {
            throw new IllegalArgumentException("the period must have an end");
        }
    }

    static LocalDate dayIn(org.quicktheories.core.RandomnessSource in, DateRange period) {
        return period.start().plusDays(Draw.between(in, 0L, period.days() - 1));
    }
}
