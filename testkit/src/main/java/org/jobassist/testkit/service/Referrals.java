package org.jobassist.testkit.service;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * Referrals of one person to vacancies, dated within a period: suitable 4 in 5; outcomes
 * pending, accepted and hired, accepted and not hired, refused (with a reason from
 * {@link #REFUSAL_REASONS}) or not answered, equally likely, each outcome dated 0 to 14 days
 * after the referral; offices {@code office-01} to {@code office-20}; ids
 * {@code r-<9 digits>}.
 *
 * <p>Stateless and thread-safe.
 */
public final class Referrals {

    /** The refusal reason codes drawn. */
    public static final List<String> REFUSAL_REASONS =
            List.of("wage-too-low", "too-far", "hours", "health", "family-care", "not-interested");

    private static final List<ReferralOutcome> OUTCOMES = List.of(ReferralOutcome.values());

    private Referrals() {}

    /**
     * Referrals of {@code person} to one of {@code vacancyIds}, dated within {@code period}.
     *
     * @param person the person
     * @param vacancyIds the vacancy ids to pick from, not empty
     * @param period a period with an end
     * @return the generator
     * @throws IllegalArgumentException if the list is empty or the period has no end
     */
    public static Gen<Referral> of(PersonId person, List<String> vacancyIds, DateRange period) {
        Objects.requireNonNull(person, "person");
        List<String> ids = List.copyOf(vacancyIds);
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("need at least one vacancy id");
        }
        ServiceRecords.checkClosed(period);
        return in -> {
            LocalDate day = ServiceRecords.dayIn(in, period);
            Referral pending = Referral.builder()
                    .id("r-" + Draw.between(in, 100_000_000, 999_999_999))
                    .person(person)
                    .vacancyId(Draw.pick(in, ids))
                    .date(day)
                    .providedBy(String.format("office-%02d", Draw.between(in, 1, 20)))
                    .suitable(Draw.between(in, 0, 4) > 0)
                    .build();
            ReferralOutcome outcome = Draw.pick(in, OUTCOMES);
            LocalDate on = day.plusDays(Draw.between(in, 0, 14));
            return switch (outcome) {
                case PENDING -> pending;
                case REFUSED -> pending.refused(on, Draw.pick(in, REFUSAL_REASONS));
                default -> pending.withOutcome(outcome, on);
            };
        };
    }

    /**
     * Referrals as {@link #of} with the given outcome and suitability.
     *
     * @param person the person
     * @param vacancyIds the vacancy ids to pick from, not empty
     * @param period a period with an end
     * @param outcome the outcome
     * @param suitable whether suitable
     * @return the generator
     * @throws IllegalArgumentException if the list is empty or the period has no end
     */
    public static Gen<Referral> of(PersonId person, List<String> vacancyIds, DateRange period,
            ReferralOutcome outcome, boolean suitable) {
        Objects.requireNonNull(outcome, "outcome");
        Gen<Referral> any = of(person, vacancyIds, period);
        return in -> {
            Referral r = any.generate(in);
            Referral base = r.toBuilder().suitable(suitable).outcome(ReferralOutcome.PENDING).outcomeDate(null)
                    .refusalReason(null).build();
            LocalDate on = r.date().plusDays(Draw.between(in, 0, 14));
            return switch (outcome) {
                case PENDING -> base;
                case REFUSED -> base.refused(on, Draw.pick(in, REFUSAL_REASONS));
                default -> base.withOutcome(outcome, on);
            };
        };
    }
}
