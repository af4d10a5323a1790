package org.jobassist.api.assessment;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The monthly progress report (月度进度通报) of a target plan: each city's line in the order of
 * {@link org.jobassist.api.region.Divisions#cities()}, the province line, the channel shares,
 * the declared subsets' shares, and the outcomes rejected in the plan year counted by reason.
 *
 * <p>Counts are cumulative from 1 January to the end of the report month.
 *
 * <p>Immutable and thread-safe.
 */
public final class ProgressReport {

    private final int planYear;
    private final YearMonth month;
    private final String planLabel;
    private final List<CityProgress> cities;
    private final CityProgress province;
    private final List<Share> channelShares;
    private final List<Share> subsetShares;
    private final Map<String, Long> rejectedByReason;
    private final int escalateAfterMonths;
    private final Indicators indicators;

    private ProgressReport(Builder b) {
        this.planYear = b.planYear;
        this.month = b.month;
        this.planLabel = b.planLabel;
        this.cities = List.copyOf(b.cities);
        this.province = b.province;
        this.channelShares = List.copyOf(b.channelShares);
        this.subsetShares = List.copyOf(b.subsetShares);
        this.rejectedByReason = Collections.unmodifiableMap(new TreeMap<>(b.rejectedByReason));
        this.escalateAfterMonths = b.escalateAfterMonths;
        this.indicators = b.indicators;
    }

    /**
     * A builder of a report for {@code month}.
     *
     * @param month the report month; its year is the plan year
     * @return a new builder
     * @throws NullPointerException if {@code month} is null
     */
    public static Builder builder(YearMonth month) {
        return new Builder(month);
    }

    /**
     * The plan year.
     *
     * @return the year
     */
    public int planYear() {
        return planYear;
    }

    /**
     * The report month.
     *
     * @return the month
     */
    public YearMonth month() {
        return month;
    }

    /**
     * The plan's label, such as "illustrative split, not the official one".
     *
     * @return the label
     */
    public String planLabel() {
        return planLabel;
    }

    /**
     * The city lines, in the order of the division table.
     *
     * @return an unmodifiable list
     */
    public List<CityProgress> cities() {
        return cities;
    }

    /**
     * The province line.
     *
     * @return the line
     */
    public CityProgress province() {
        return province;
    }

    /**
     * The channel shares, in {@link Channel} order.
     *
     * @return an unmodifiable list
     */
    public List<Share> channelShares() {
        return channelShares;
    }

    /**
     * The declared subsets' shares, in declaration order.
     *
     * @return an unmodifiable list
     */
    public List<Share> subsetShares() {
        return subsetShares;
    }

    /**
     * Outcomes of the plan year rejected when recorded, by reason code.
     *
     * @return an unmodifiable map sorted by code
     */
    public Map<String, Long> rejectedByReason() {
        return rejectedByReason;
    }

    /**
     * The plan's number of consecutive months behind after which a reminder escalates.
     *
     * @return the months, 1 to 12
     */
    public int escalateAfterMonths() {
        return escalateAfterMonths;
    }

    /**
     * The city lines with status {@link ProgressStatus#BEHIND}.
     *
     * @return an unmodifiable list, in table order
     */
    public List<CityProgress> behind() {
        return cities.stream().filter(CityProgress::isBehind).toList();
    }

    /**
     * The other indicators of the month (zero-employment clearing, subsidy totals per kind and
     * city), when the report was given them.
     *
     * @return the indicators, or empty
     */
    public Optional<Indicators> indicators() {
        return Optional.ofNullable(indicators);
    }

    /**
     * The same report with these indicators.
     *
     * @param other the indicators, for example from {@code AssessmentIndicators.of(...)}
     * @return a new report
     * @throws NullPointerException if {@code other} is null
     */
    public ProgressReport withIndicators(Indicators other) {
        Builder b = new Builder(month).planLabel(planLabel).escalateAfterMonths(escalateAfterMonths)
                .rejectedByReason(rejectedByReason).province(province).indicators(other);
        cities.forEach(b::city);
        channelShares.forEach(b::channelShare);
        subsetShares.forEach(b::subsetShare);
        return b.build();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProgressReport r && planYear == r.planYear && month.equals(r.month)
                && planLabel.equals(r.planLabel) && cities.equals(r.cities) && province.equals(r.province)
                && channelShares.equals(r.channelShares) && subsetShares.equals(r.subsetShares)
                && rejectedByReason.equals(r.rejectedByReason) && escalateAfterMonths == r.escalateAfterMonths
                && Objects.equals(indicators, r.indicators);
    }

    @Override
    public int hashCode() {
        return Objects.hash(planYear, month, planLabel, cities, province, channelShares, subsetShares,
                rejectedByReason, escalateAfterMonths, indicators);
    }

    /** {@return a summary: month, province line, number of cities behind} */
    @Override
    public String toString() {
        return "ProgressReport[" + month + ", province " + province.achieved() + "/" + province.target() + " "
                + province.status() + ", " + behind().size() + " of " + cities.size() + " cities behind]";
    }

    /** Builds a {@link ProgressReport}; not thread-safe. */
    public static final class Builder {
        private final int planYear;
        private final YearMonth month;
        private String planLabel = "";
        private final List<CityProgress> cities = new ArrayList<>();
        private CityProgress province;
        private final List<Share> channelShares = new ArrayList<>();
        private final List<Share> subsetShares = new ArrayList<>();
        private final Map<String, Long> rejectedByReason = new TreeMap<>();
        private int escalateAfterMonths = TargetPlan.DEFAULT_ESCALATE_AFTER_MONTHS;
        private Indicators indicators;

        private Builder(YearMonth month) {
            this.month = Objects.requireNonNull(month, "month");
            this.planYear = month.getYear();
        }

        /**
         * Sets the plan label.
         *
         * @param label the label
         * @return this builder
         * @throws NullPointerException if {@code label} is null
         */
        public Builder planLabel(String label) {
            this.planLabel = Objects.requireNonNull(label, "label");
            return this;
        }

        /**
         * Adds a city line, after those added before.
         *
         * @param line the line
         * @return this builder
         * @throws NullPointerException if {@code line} is null
         */
        public Builder city(CityProgress line) {
            cities.add(Objects.requireNonNull(line, "line"));
            return this;
        }

        /**
         * Sets the province line.
         *
         * @param line the line
         * @return this builder
         * @throws NullPointerException if {@code line} is null
         */
        public Builder province(CityProgress line) {
            this.province = Objects.requireNonNull(line, "line");
            return this;
        }

        /**
         * Adds a channel share.
         *
         * @param share the share
         * @return this builder
         * @throws NullPointerException if {@code share} is null
         */
        public Builder channelShare(Share share) {
            channelShares.add(Objects.requireNonNull(share, "share"));
            return this;
        }

        /**
         * Adds a subset share.
         *
         * @param share the share
         * @return this builder
         * @throws NullPointerException if {@code share} is null
         */
        public Builder subsetShare(Share share) {
            subsetShares.add(Objects.requireNonNull(share, "share"));
            return this;
        }

        /**
         * Sets the rejections by reason code.
         *
         * @param counts the counts
         * @return this builder
         * @throws NullPointerException if the map, a key or a value is null
         */
        public Builder rejectedByReason(Map<String, Long> counts) {
            rejectedByReason.clear();
            Objects.requireNonNull(counts, "counts").forEach((k, v) ->
                    rejectedByReason.put(Objects.requireNonNull(k, "code"), Objects.requireNonNull(v, "count")));
            return this;
        }

        /**
         * Sets after how many consecutive months behind a reminder escalates (the plan's).
         *
         * @param months the months, 1 to 12
         * @return this builder
         * @throws IllegalArgumentException if {@code months} is not 1 to 12
         */
        public Builder escalateAfterMonths(int months) {
            if (months < 1 || months > 12) {
                throw new IllegalArgumentException("escalation comes after 1 to 12 months");
            }
            this.escalateAfterMonths = months;
            return this;
        }

        /**
         * Sets the other indicators of the month.
         *
         * @param other the indicators
         * @return this builder
         * @throws NullPointerException if {@code other} is null
         */
        public Builder indicators(Indicators other) {
            this.indicators = Objects.requireNonNull(other, "indicators");
            return this;
        }

        /**
         * Builds the report.
         *
         * @return the report
         * @throws IllegalStateException if the province line is missing
         */
        public ProgressReport build() {
            if (province == null) {
                throw new IllegalStateException("a report has a province line");
            }
            return new ProgressReport(this);
        }
    }
}
