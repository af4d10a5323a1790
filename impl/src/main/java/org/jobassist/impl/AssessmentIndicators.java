package org.jobassist.impl;

import java.time.LocalDate;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.internal.assessment.indicators.IndicatorsEngine;

/**
 * The indicators block of a monthly assessment (考核指标): zero-employment family clearing per
 * city (open, overdue, cleared on time, cleared late; 零就业家庭动态清零) and the subsidies the
 * entitlement ledger paid per kind and city, each with a province line that sums the cities.
 * Attach the result to a progress report, or render it on its own.
 *
 * <p>Each call reads the case store once ({@code findInCity(province)}) and the ledger once
 * ({@code totals(period)}); a store that keeps its snapshot contract gives lines that belong
 * together. Thread-safe and stateless.
 */
public final class AssessmentIndicators {

    private AssessmentIndicators() {}

    /**
     * The indicators of the pack's province in the built-in division table, with the pack's
     * clearing period.
     *
     * @param pack the policy pack: its jurisdiction is the province, its clearing period
     *     ({@code zero-employment-family.clearing-deadline}) sets the deadlines
     * @param cases the zero-employment cases
     * @param ledger the entitlement ledger
     * @param asOf the date the clearing status is taken on, usually the last day of the month
     *     assessed
     * @param period the period the ledger is totalled over, usually the year to date
     * @return the indicators
     * @throws org.jobassist.api.error.InvalidInputException with code
     *     {@code indicators.province} if the pack's jurisdiction is not a province
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has no
     *     clearing period for a case's city on its identified date
     * @throws org.jobassist.api.spi.StorageException if a store fails
     * @throws NullPointerException if an argument is null
     */
    public static Indicators of(PolicyPack pack, ZeroEmploymentCaseStore cases, EntitlementLedger ledger,
                                LocalDate asOf, DateRange period) {
        return of(ZeroEmploymentFamilies.clearing(pack), cases, ledger, Divisions.builtIn(), pack.jurisdiction(),
                asOf, period);
    }

    /**
     * The indicators of {@code province}, with the cities {@code divisions} lists under it
     * (every one gets a line, zero lines included) and any other city a stored case of the
     * province names.
     *
     * @param clearing the clearing engine, such as {@link ZeroEmploymentFamilies#clearing}
     * @param cases the zero-employment cases
     * @param ledger the entitlement ledger
     * @param divisions the division table
     * @param province the province
     * @param asOf the date the clearing status is taken on
     * @param period the period the ledger is totalled over
     * @return the indicators
     * @throws org.jobassist.api.error.InvalidInputException with code
     *     {@code indicators.province} if {@code province} is not a province, or
     *     {@code division.unknown} if the table does not hold it
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException as the clearing engine
     * @throws org.jobassist.api.spi.StorageException if a store fails
     * @throws NullPointerException if an argument is null
     */
    public static Indicators of(ZeroEmploymentClearing clearing, ZeroEmploymentCaseStore cases,
                                EntitlementLedger ledger, Divisions divisions, DivisionCode province, LocalDate asOf,
                                DateRange period) {
        return IndicatorsEngine.compute(clearing, cases, ledger, divisions, province, asOf, period);
    }
}
