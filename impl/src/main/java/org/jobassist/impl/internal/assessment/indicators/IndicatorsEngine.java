package org.jobassist.impl.internal.assessment.indicators;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.family.OverdueReport;
import org.jobassist.api.family.ZeroEmploymentCase;
import org.jobassist.api.family.ZeroEmploymentClearing;
import org.jobassist.api.region.Division;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.region.Divisions;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.time.DateRange;

/** Reads the stores once each and builds the indicators. Stateless and thread-safe. */
public final class IndicatorsEngine {

    private IndicatorsEngine() {}

    /**
     * The indicators of {@code province}: a clearing line for every city of the province in
     * {@code divisions} (zero lines included) and for any other city a stored case names, and
     * the ledger's totals of the province's cities.
     *
     * @param clearing the clearing engine
     * @param cases the case store
     * @param ledger the ledger
     * @param divisions the division table that lists the province's cities
     * @param province the province
     * @param asOf the clearing date
     * @param period the subsidy period
     * @return the indicators
     * @throws org.jobassist.api.error.InvalidInputException with code
     *     {@code indicators.province} if {@code province} is not a province, or
     *     {@code division.unknown} if the table does not hold it
     * @throws NullPointerException if an argument is null
     */
    public static Indicators compute(ZeroEmploymentClearing clearing, ZeroEmploymentCaseStore cases,
                                     EntitlementLedger ledger, Divisions divisions, DivisionCode province,
                                     LocalDate asOf, DateRange period) {
        Objects.requireNonNull(clearing, "clearing");
        Objects.requireNonNull(cases, "cases");
        Objects.requireNonNull(ledger, "ledger");
        Objects.requireNonNull(divisions, "divisions");
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(period, "period");
        if (province.level() != DivisionLevel.PROVINCE) {
            // Indicators.of reports it; asking the table for children first would say "unknown".
            return Indicators.of(province, asOf, List.of(), 0, period, List.of());
        }
        Map<DivisionCode, List<ZeroEmploymentCase>> byCity = new TreeMap<>();
        for (Division city : divisions.children(province)) {
            byCity.put(city.code(), new ArrayList<>());
        }
        // One read of the store: a consistent snapshot for the whole province.
        for (ZeroEmploymentCase c : cases.findInCity(province)) {
            byCity.computeIfAbsent(c.city(), city -> new ArrayList<>()).add(c);
        }
        List<Indicators.Clearing> lines = new ArrayList<>(byCity.size());
        int notYetIdentified = 0;
        for (Map.Entry<DivisionCode, List<ZeroEmploymentCase>> city : byCity.entrySet()) {
            OverdueReport report = clearing.overdueByCity(city.getValue(), asOf);
            lines.add(Indicators.Clearing.of(city.getKey(), report.countsByStatus()));
            notYetIdentified += report.notYetIdentified();
        }
        List<LedgerTotal> totals = new ArrayList<>();
        for (LedgerTotal total : ledger.totals(period)) {
            if (province.contains(total.city())) {
                totals.add(total);
            }
        }
        return Indicators.of(province, asOf, lines, notYetIdentified, period, totals);
    }
}
