package org.jobassist.api.assessment;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.ClearingStatus;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;

/**
 * The indicators block of a monthly assessment (考核指标): how the cities cleared their
 * zero-employment family cases by a date, and what the entitlement ledger paid per subsidy
 * kind and city over a period. Each block has a province line that is the sum of its city
 * lines, so the lines of a report always add up.
 *
 * <p>The subsidy province line sums the cities' {@link LedgerTotal}s field by field. Entries
 * and amounts are then exactly the province's; the payee and person counts are the sums of
 * the cities' distinct counts, so a unit or person paid in two cities counts in each. Ask
 * {@code EntitlementLedger.totals(kind, province, period)} for the distinct province counts.
 *
 * <p>Optionally, the indicators also carry the Employment Assistance Month's
 * ({@link CampaignTotals}: people served, referrals and placements through the campaign per
 * city, with their province line), attached with {@link #withCampaign}.
 *
 * <p>Error codes of {@link #of}, all reported at once:
 * <ul>
 *   <li>{@code indicators.province}: the division given as province is not of level
 *       {@link DivisionLevel#PROVINCE} (path {@code province});</li>
 *   <li>{@code indicators.city}: a line's division is not a city of the province (path
 *       {@code clearing[i]} or {@code subsidies[i]});</li>
 *   <li>{@code indicators.duplicate-line}: a second clearing line for one city, or a second
 *       subsidy line for one kind and city (path as above);</li>
 *   <li>{@code indicators.negative-count}: a count below zero (path
 *       {@code notYetIdentified}, or {@code open}, {@code overdue}, … from
 *       {@link Clearing#of}).</li>
 * </ul>
 * and of {@link #withCampaign}: {@code indicators.campaign} (the campaign totals are of
 * another province; path {@code campaign}).
 *
 * <p>Immutable and thread-safe.
 */
public final class Indicators {

    private final DivisionCode province;
    private final LocalDate clearingAsOf;
    private final List<Clearing> clearingByCity;
    private final Clearing clearingProvince;
    private final int notYetIdentified;
    private final DateRange subsidyPeriod;
    private final List<LedgerTotal> subsidiesByCity;
    private final List<LedgerTotal> subsidiesProvince;
    /** Null when no campaign totals were attached. */
    private final CampaignTotals campaign;

    private Indicators(DivisionCode province, LocalDate clearingAsOf, List<Clearing> clearingByCity,
                       int notYetIdentified, DateRange subsidyPeriod, List<LedgerTotal> subsidiesByCity,
                       CampaignTotals campaign) {
        this.province = province;
        this.clearingAsOf = clearingAsOf;
        this.clearingByCity = clearingByCity;
        this.notYetIdentified = notYetIdentified;
        this.subsidyPeriod = subsidyPeriod;
        this.subsidiesByCity = subsidiesByCity;
        Clearing sum = new Clearing(province, 0, 0, 0, 0);
        for (Clearing line : clearingByCity) {
            sum = sum.plus(line);
        }
        this.clearingProvince = sum;
        Map<SubsidyKind, LedgerTotal> byKind = new EnumMap<>(SubsidyKind.class);
        for (LedgerTotal line : subsidiesByCity) {
            byKind.merge(line.kind(), withCity(line, province), Indicators::sum);
        }
        this.subsidiesProvince = List.copyOf(byKind.values());
        this.campaign = campaign;
    }

    /**
     * The indicators from their city lines; the province lines are computed here as sums.
     *
     * @param province the province (省), of level {@link DivisionLevel#PROVINCE}
     * @param clearingAsOf the date the clearing status of the cases was taken on
     * @param clearingByCity one line per city, in any order; kept in city code order. Give
     *     every city, with zero lines, for a complete table
     * @param notYetIdentified the cases looked at that were identified after
     *     {@code clearingAsOf}, not negative
     * @param subsidyPeriod the period the ledger was totalled over
     * @param subsidiesByCity the ledger's totals, at most one per kind and city, in any order;
     *     kept ordered by kind, then city
     * @return the indicators
     * @throws InvalidInputException with the codes of this class
     * @throws NullPointerException if an argument or an element is null
     */
    public static Indicators of(DivisionCode province, LocalDate clearingAsOf, List<Clearing> clearingByCity,
                                int notYetIdentified, DateRange subsidyPeriod, List<LedgerTotal> subsidiesByCity) {
        Objects.requireNonNull(province, "province");
        Objects.requireNonNull(clearingAsOf, "clearingAsOf");
        Objects.requireNonNull(subsidyPeriod, "subsidyPeriod");
        List<Clearing> clearing = List.copyOf(clearingByCity);
        List<LedgerTotal> subsidies = List.copyOf(subsidiesByCity);
        List<Violation> faults = new ArrayList<>();
        if (province.level() != DivisionLevel.PROVINCE) {
            faults.add(new Violation("province", "indicators.province", "the province must be a province-level division"));
        }
        if (notYetIdentified < 0) {
            faults.add(new Violation("notYetIdentified", "indicators.negative-count", "a count cannot be negative"));
        }
        Set<DivisionCode> cities = new HashSet<>();
        for (int i = 0; i < clearing.size(); i++) {
            DivisionCode city = clearing.get(i).city();
            checkCity(province, city, "clearing[" + i + "]", faults);
            if (!cities.add(city)) {
                faults.add(new Violation("clearing[" + i + "]", "indicators.duplicate-line",
                        "a city has one clearing line"));
            }
        }
        Set<List<Object>> pairs = new HashSet<>();
        for (int i = 0; i < subsidies.size(); i++) {
            LedgerTotal total = subsidies.get(i);
            checkCity(province, total.city(), "subsidies[" + i + "]", faults);
            if (!pairs.add(List.of(total.kind(), total.city()))) {
                faults.add(new Violation("subsidies[" + i + "]", "indicators.duplicate-line",
                        "a kind has one subsidy line per city"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        List<Clearing> sortedClearing = new ArrayList<>(clearing);
        sortedClearing.sort(Comparator.comparing(Clearing::city));
        List<LedgerTotal> sortedSubsidies = new ArrayList<>(subsidies);
        sortedSubsidies.sort(Comparator.comparing(LedgerTotal::kind).thenComparing(LedgerTotal::city));
        return new Indicators(province, clearingAsOf, List.copyOf(sortedClearing), notYetIdentified, subsidyPeriod,
                List.copyOf(sortedSubsidies), null);
    }

    /**
     * The same indicators with the Employment Assistance Month's totals, replacing any attached
     * before; for example from {@code AssistanceCampaigns.totals(...)}.
     *
     * @param totals the campaign totals of this province
     * @return new indicators
     * @throws InvalidInputException with code {@code indicators.campaign} if the totals are of
     *     another province
     * @throws NullPointerException if {@code totals} is null
     */
    public Indicators withCampaign(CampaignTotals totals) {
        Objects.requireNonNull(totals, "totals");
        if (!totals.province().equals(province)) {
            throw new InvalidInputException(new Violation("campaign", "indicators.campaign",
                    "the campaign totals are of the indicators' province"));
        }
        return new Indicators(province, clearingAsOf, clearingByCity, notYetIdentified, subsidyPeriod,
                subsidiesByCity, totals);
    }

    /**
     * The Employment Assistance Month's totals, when attached with {@link #withCampaign}.
     *
     * @return the totals, or empty
     */
    public Optional<CampaignTotals> campaign() {
        return Optional.ofNullable(campaign);
    }

    private static void checkCity(DivisionCode province, DivisionCode city, String path, List<Violation> faults) {
        if (city.level() != DivisionLevel.PREFECTURE || !province.contains(city)) {
            faults.add(new Violation(path, "indicators.city", "a line belongs to a city of the province"));
        }
    }

    private static LedgerTotal withCity(LedgerTotal total, DivisionCode city) {
        return new LedgerTotal(total.kind(), city, total.payees(), total.persons(), total.entries(), total.amount());
    }

    private static LedgerTotal sum(LedgerTotal a, LedgerTotal b) {
        return new LedgerTotal(a.kind(), a.city(), Math.addExact(a.payees(), b.payees()),
                Math.addExact(a.persons(), b.persons()), Math.addExact(a.entries(), b.entries()),
                a.amount().plus(b.amount()));
    }

    /**
     * The province.
     *
     * @return the province-level division
     */
    public DivisionCode province() {
        return province;
    }

    /**
     * The date the clearing status of the cases was taken on.
     *
     * @return the date
     */
    public LocalDate clearingAsOf() {
        return clearingAsOf;
    }

    /**
     * The clearing lines of the cities, in city code order.
     *
     * @return an unmodifiable list
     */
    public List<Clearing> clearingByCity() {
        return clearingByCity;
    }

    /**
     * The clearing line of one city.
     *
     * @param city the city
     * @return the line, or empty if the indicators have none for it
     * @throws NullPointerException if {@code city} is null
     */
    public Optional<Clearing> clearing(DivisionCode city) {
        Objects.requireNonNull(city, "city");
        return clearingByCity.stream().filter(line -> line.city().equals(city)).findFirst();
    }

    /**
     * The province's clearing line: the sum of the city lines, with the province as its city.
     *
     * @return the line
     */
    public Clearing clearingProvince() {
        return clearingProvince;
    }

    /**
     * The cases looked at that were identified after {@link #clearingAsOf()}, so counted in no
     * line: with the province line they account for every case.
     *
     * @return the count, not negative
     */
    public int notYetIdentified() {
        return notYetIdentified;
    }

    /**
     * The period the ledger was totalled over.
     *
     * @return the period
     */
    public DateRange subsidyPeriod() {
        return subsidyPeriod;
    }

    /**
     * The ledger's totals per kind and city, ordered by kind, then city.
     *
     * @return an unmodifiable list
     */
    public List<LedgerTotal> subsidiesByCity() {
        return subsidiesByCity;
    }

    /**
     * The province's totals, one per kind with a city line, in kind order: each the field by
     * field sum of that kind's city lines, with the province as its city.
     *
     * @return an unmodifiable list
     */
    public List<LedgerTotal> subsidiesProvince() {
        return subsidiesProvince;
    }

    /**
     * The province's total of one kind.
     *
     * @param kind the kind
     * @return the sum of the kind's city lines; zero counts and amount when there is none
     * @throws NullPointerException if {@code kind} is null
     */
    public LedgerTotal subsidyProvince(SubsidyKind kind) {
        Objects.requireNonNull(kind, "kind");
        return subsidiesProvince.stream().filter(t -> t.kind() == kind).findFirst()
                .orElseGet(() -> new LedgerTotal(kind, province, 0, 0, 0, Money.ZERO));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Indicators i && province.equals(i.province) && clearingAsOf.equals(i.clearingAsOf)
                && clearingByCity.equals(i.clearingByCity) && notYetIdentified == i.notYetIdentified
                && subsidyPeriod.equals(i.subsidyPeriod) && subsidiesByCity.equals(i.subsidiesByCity)
                && Objects.equals(campaign, i.campaign);
    }

    @Override
    public int hashCode() {
        return Objects.hash(province, clearingAsOf, clearingByCity, notYetIdentified, subsidyPeriod, subsidiesByCity,
                campaign);
    }

    /**
     * The province lines, dates and line counts, and the campaign's province line when attached.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Indicators[" + province + ", clearing as of " + clearingAsOf + " " + clearingProvince + " in "
                + clearingByCity.size() + " cities, " + notYetIdentified + " not yet identified; subsidies "
                + subsidyPeriod + " " + subsidiesProvince
                + (campaign == null ? "" : "; campaign " + campaign.year() + " " + campaign.total()) + "]";
    }

    /**
     * One line of zero-employment clearing (零就业家庭动态清零): a city's cases, or the
     * province's, counted by their {@link ClearingStatus} on the indicators' date.
     *
     * <p>Immutable and thread-safe.
     *
     * @param city the city, or the province for the province line
     * @param open cases not cleared, deadline not passed
     * @param overdue cases not cleared, deadline passed
     * @param clearedOnTime cases cleared on or before the deadline
     * @param clearedLate cases cleared after the deadline
     */
    public record Clearing(DivisionCode city, int open, int overdue, int clearedOnTime, int clearedLate) {

        /**
         * Checks the fields.
         *
         * @throws InvalidInputException with code {@code indicators.negative-count}, path the
         *     field, for each negative count
         * @throws NullPointerException if {@code city} is null
         */
        public Clearing {
            Objects.requireNonNull(city, "city");
            List<Violation> faults = new ArrayList<>();
            negative("open", open, faults);
            negative("overdue", overdue, faults);
            negative("clearedOnTime", clearedOnTime, faults);
            negative("clearedLate", clearedLate, faults);
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
        }

        private static void negative(String field, int value, List<Violation> faults) {
            if (value < 0) {
                faults.add(new Violation(field, "indicators.negative-count", "a count cannot be negative"));
            }
        }

        /**
         * The line of a city from counts by status, such as
         * {@link org.jobassist.api.family.OverdueReport#countsByStatus()}.
         *
         * @param city the city
         * @param countsByStatus counts by status; a missing status counts zero
         * @return the line
         * @throws InvalidInputException with code {@code indicators.negative-count}
         * @throws NullPointerException if an argument, or a count, is null
         */
        public static Clearing of(DivisionCode city, Map<ClearingStatus, Integer> countsByStatus) {
            Objects.requireNonNull(countsByStatus, "countsByStatus");
            return new Clearing(city, countsByStatus.getOrDefault(ClearingStatus.OPEN, 0),
                    countsByStatus.getOrDefault(ClearingStatus.OVERDUE, 0),
                    countsByStatus.getOrDefault(ClearingStatus.CLEARED_ON_TIME, 0),
                    countsByStatus.getOrDefault(ClearingStatus.CLEARED_LATE, 0));
        }

        /**
         * The count of one status.
         *
         * @param status the status
         * @return the count
         * @throws NullPointerException if {@code status} is null
         */
        public int count(ClearingStatus status) {
            return switch (Objects.requireNonNull(status, "status")) {
                case OPEN -> open;
                case OVERDUE -> overdue;
                case CLEARED_ON_TIME -> clearedOnTime;
                case CLEARED_LATE -> clearedLate;
            };
        }

        /**
         * All cases of the line.
         *
         * @return the sum of the four counts
         */
        public int total() {
            return open + overdue + clearedOnTime + clearedLate;
        }

        /**
         * The cases cleared, on time or late.
         *
         * @return the count
         */
        public int cleared() {
            return clearedOnTime + clearedLate;
        }

        /**
         * The share of cleared cases that were cleared on time.
         *
         * @return {@code clearedOnTime / cleared}, or empty when none was cleared
         */
        public Optional<Ratio> onTimeRate() {
            int cleared = cleared();
            return cleared == 0 ? Optional.empty() : Optional.of(Ratio.of(clearedOnTime, cleared));
        }

        /**
         * The field by field sum of this line and another, with this line's city.
         *
         * @param other the other line
         * @return the sum
         * @throws ArithmeticException if a count overflows an {@code int}
         * @throws NullPointerException if {@code other} is null
         */
        public Clearing plus(Clearing other) {
            Objects.requireNonNull(other, "other");
            return new Clearing(city, Math.addExact(open, other.open), Math.addExact(overdue, other.overdue),
                    Math.addExact(clearedOnTime, other.clearedOnTime), Math.addExact(clearedLate, other.clearedLate));
        }
    }
}
