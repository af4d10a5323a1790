package org.jobassist.api.person;

import java.time.YearMonth;
import java.util.Objects;

/**
 * One calendar month for which a social-insurance contribution (社会保险缴费月) was paid, and
 * who paid it.
 *
 * <p>Immutable and thread-safe.
 *
 * @param month the month
 * @param kind who paid
 */
public record ContributionMonth(YearMonth month, ContributionKind kind) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if an argument is null
     */
    public ContributionMonth {
        Objects.requireNonNull(month, "month");
        Objects.requireNonNull(kind, "kind");
    }

    /**
     * A month paid by an employer.
     *
     * @param month the month
     * @return the contribution month
     * @throws NullPointerException if {@code month} is null
     */
    public static ContributionMonth employer(YearMonth month) {
        return new ContributionMonth(month, ContributionKind.EMPLOYER);
    }

    /**
     * A month paid by the person as a flexible worker.
     *
     * @param month the month
     * @return the contribution month
     * @throws NullPointerException if {@code month} is null
     */
    public static ContributionMonth flexible(YearMonth month) {
        return new ContributionMonth(month, ContributionKind.FLEXIBLE);
    }

    /**
     * The contribution month {@code month} paid by {@code kind}.
     *
     * @param month the month
     * @param kind who paid
     * @return the contribution month
     * @throws NullPointerException if an argument is null
     */
    public static ContributionMonth of(YearMonth month, ContributionKind kind) {
        return new ContributionMonth(month, kind);
    }
}
