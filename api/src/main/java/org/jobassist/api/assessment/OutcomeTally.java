package org.jobassist.api.assessment;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.region.DivisionCode;

/**
 * The stored outcomes of one year counted by month, city and channel, and for each declared
 * category subset by month and city: everything a monthly progress report reads, in a few
 * hundred numbers however many outcomes are stored. An {@link org.jobassist.api.spi.OutcomeStore}
 * computes it in one pass (or one {@code GROUP BY}).
 *
 * <p>Months are 1 to 12; cities are indexed in the order of the list given; channels by
 * {@link Channel#ordinal()}; subsets in the order of the list given. Counts are of outcomes
 * in the month, not cumulative; the {@code through} methods add months up.
 *
 * <p>Instances are immutable and thread-safe; the {@link Builder} is not thread-safe.
 */
public final class OutcomeTally {

    private static final int CHANNELS = Channel.values().length;

    private final int year;
    private final List<DivisionCode> cities;
    private final List<CategorySubset> subsets;
    private final int[] counts;
    private final int[] subsetCounts;

    private OutcomeTally(Builder b) {
        this.year = b.year;
        this.cities = b.cities;
        this.subsets = b.subsets;
        this.counts = b.counts.clone();
        this.subsetCounts = b.subsetCounts.clone();
    }

    /**
     * A builder of an all-zero tally.
     *
     * @param year the year counted
     * @param cities the cities, in the order the indexes use
     * @param subsets the declared subsets, in the order the indexes use
     * @return a new builder
     * @throws NullPointerException if an argument or element is null
     */
    public static Builder builder(int year, List<DivisionCode> cities, List<CategorySubset> subsets) {
        return new Builder(year, cities, subsets);
    }

    /**
     * The year counted.
     *
     * @return the year
     */
    public int year() {
        return year;
    }

    /**
     * The cities, in index order.
     *
     * @return an unmodifiable list
     */
    public List<DivisionCode> cities() {
        return cities;
    }

    /**
     * The declared subsets, in index order.
     *
     * @return an unmodifiable list
     */
    public List<CategorySubset> subsets() {
        return subsets;
    }

    /**
     * Outcomes in one month, city and channel.
     *
     * @param month the month, 1 to 12
     * @param cityIndex the city's index
     * @param channel the channel
     * @return the count
     * @throws IndexOutOfBoundsException if the month or index is out of range
     */
    public int count(int month, int cityIndex, Channel channel) {
        return counts[index(month, cityIndex, channel.ordinal())];
    }

    /**
     * Outcomes of one city, over all channels, from January to the end of {@code month}.
     *
     * @param month the last month, 1 to 12
     * @param cityIndex the city's index
     * @return the cumulative count
     * @throws IndexOutOfBoundsException if the month or index is out of range
     */
    public int cityThrough(int month, int cityIndex) {
        int sum = 0;
        for (int m = 1; m <= month; m++) {
            for (int ch = 0; ch < CHANNELS; ch++) {
                sum += counts[index(m, cityIndex, ch)];
            }
        }
        return sum;
    }

    /**
     * Outcomes of one channel over all cities, from January to the end of {@code month}.
     *
     * @param month the last month, 1 to 12
     * @param channel the channel
     * @return the cumulative count
     * @throws IndexOutOfBoundsException if the month is out of range
     */
    public long channelThrough(int month, Channel channel) {
        long sum = 0;
        for (int m = 1; m <= month; m++) {
            for (int c = 0; c < cities.size(); c++) {
                sum += counts[index(m, c, channel.ordinal())];
            }
        }
        return sum;
    }

    /**
     * Outcomes of one subset over all cities, from January to the end of {@code month}.
     *
     * @param subsetIndex the subset's index
     * @param month the last month, 1 to 12
     * @return the cumulative count
     * @throws IndexOutOfBoundsException if the month or index is out of range
     */
    public long subsetThrough(int subsetIndex, int month) {
        Objects.checkIndex(subsetIndex, subsets.size());
        long sum = 0;
        for (int m = 1; m <= month; m++) {
            for (int c = 0; c < cities.size(); c++) {
                sum += subsetCounts[subsetIndex(subsetIndex, m, c)];
            }
        }
        return sum;
    }

    private int index(int month, int cityIndex, int channel) {
        Objects.checkIndex(month - 1, 12);
        Objects.checkIndex(cityIndex, cities.size());
        return ((month - 1) * cities.size() + cityIndex) * CHANNELS + channel;
    }

    private int subsetIndex(int subset, int month, int cityIndex) {
        Objects.checkIndex(month - 1, 12);
        Objects.checkIndex(cityIndex, cities.size());
        return (subset * 12 + month - 1) * cities.size() + cityIndex;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OutcomeTally t && year == t.year && cities.equals(t.cities) && subsets.equals(t.subsets)
                && java.util.Arrays.equals(counts, t.counts) && java.util.Arrays.equals(subsetCounts, t.subsetCounts);
    }

    @Override
    public int hashCode() {
        return Objects.hash(year, cities, subsets, java.util.Arrays.hashCode(counts),
                java.util.Arrays.hashCode(subsetCounts));
    }

    /** {@return the year and the size of the tally} */
    @Override
    public String toString() {
        return "OutcomeTally[" + year + ", " + cities.size() + " cities, " + subsets.size() + " subsets]";
    }

    /** Accumulates an {@link OutcomeTally}; not thread-safe. */
    public static final class Builder {
        private final int year;
        private final List<DivisionCode> cities;
        private final List<CategorySubset> subsets;
        private final int[] counts;
        private final int[] subsetCounts;

        private Builder(int year, List<DivisionCode> cities, List<CategorySubset> subsets) {
            this.year = year;
            this.cities = List.copyOf(cities);
            this.subsets = List.copyOf(subsets);
            this.counts = new int[12 * this.cities.size() * CHANNELS];
            this.subsetCounts = new int[this.subsets.size() * 12 * this.cities.size()];
        }

        /**
         * Adds {@code n} outcomes of one month, city and channel.
         *
         * @param month the month, 1 to 12
         * @param cityIndex the city's index
         * @param channel the channel
         * @param n the number to add, not negative
         * @return this builder
         * @throws IndexOutOfBoundsException if the month or index is out of range
         * @throws IllegalArgumentException if {@code n} is negative
         */
        public Builder add(int month, int cityIndex, Channel channel, int n) {
            checkCount(n);
            Objects.checkIndex(month - 1, 12);
            Objects.checkIndex(cityIndex, cities.size());
            counts[((month - 1) * cities.size() + cityIndex) * CHANNELS + channel.ordinal()] += n;
            return this;
        }

        /**
         * Adds {@code n} outcomes of one subset in one month and city.
         *
         * @param subsetIndex the subset's index
         * @param month the month, 1 to 12
         * @param cityIndex the city's index
         * @param n the number to add, not negative
         * @return this builder
         * @throws IndexOutOfBoundsException if the month or an index is out of range
         * @throws IllegalArgumentException if {@code n} is negative
         */
        public Builder addSubset(int subsetIndex, int month, int cityIndex, int n) {
            checkCount(n);
            Objects.checkIndex(subsetIndex, subsets.size());
            Objects.checkIndex(month - 1, 12);
            Objects.checkIndex(cityIndex, cities.size());
            subsetCounts[(subsetIndex * 12 + month - 1) * cities.size() + cityIndex] += n;
            return this;
        }

        private static void checkCount(int n) {
            if (n < 0) {
                throw new IllegalArgumentException("a count added must not be negative");
            }
        }

        /**
         * The tally counted so far.
         *
         * @return the tally
         */
        public OutcomeTally build() {
            return new OutcomeTally(this);
        }
    }
}
