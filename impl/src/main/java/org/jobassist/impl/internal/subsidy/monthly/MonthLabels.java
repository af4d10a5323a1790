package org.jobassist.impl.internal.subsidy.monthly;

import java.time.YearMonth;
import org.jobassist.api.subsidy.InsuranceType;

/**
 * The labels of per-insurance, per-month roundings, {@code "<insurance code> <yyyy-MM>"} (such
 * as {@code "pension 2021-06"}), built once per insurance and month rather than once per
 * calculation. Months from {@value #FIRST_YEAR} to {@value #LAST_YEAR} are kept (a few
 * thousand short strings at most); others are built on each call.
 *
 * <p>Thread-safe: the table is filled lazily, and a race only builds an equal string twice
 * (strings are safely published through their final fields).
 */
public final class MonthLabels {

    static final int FIRST_YEAR = 2000;
    static final int LAST_YEAR = 2099;

    private static final InsuranceType[] INSURANCES = InsuranceType.values();
    private static final int MONTHS = (LAST_YEAR - FIRST_YEAR + 1) * 12;

    private final String[][] byInsurance = new String[INSURANCES.length][MONTHS];

    /** An empty table. */
    public MonthLabels() {}

    /**
     * The label of {@code insurance} in {@code month}.
     *
     * @param insurance the insurance
     * @param month the month
     * @return {@code insurance.code() + " " + month}
     * @throws NullPointerException if an argument is null
     */
    public String of(InsuranceType insurance, YearMonth month) {
        int year = month.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return insurance.code() + " " + month;
        }
        String[] labels = byInsurance[insurance.ordinal()];
        int at = (year - FIRST_YEAR) * 12 + month.getMonthValue() - 1;
        String label = labels[at];
        if (label == null) {
            label = insurance.code() + " " + month;
            labels[at] = label;
        }
        return label;
    }
}
