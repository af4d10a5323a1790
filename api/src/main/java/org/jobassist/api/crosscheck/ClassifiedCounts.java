package org.jobassist.api.crosscheck;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.jobassist.api.region.DivisionCode;

/**
 * The counts of a {@link ClassifiedQuery} (分类统计): people per category and city (a person
 * with two categories counts in both), distinct people per city, distinct people in all, and
 * the records left out because no person record gives their residence.
 *
 * <p>Immutable and thread-safe.
 *
 * @param query the query
 * @param byCategoryAndCity category code → city → people, both sorted
 * @param byCity city → distinct people, sorted
 * @param people distinct people matching
 * @param withoutPersonRecord recognition records skipped: no person record
 */
public record ClassifiedCounts(ClassifiedQuery query, Map<String, Map<DivisionCode, Long>> byCategoryAndCity,
                               Map<DivisionCode, Long> byCity, long people, long withoutPersonRecord) {

    /**
     * Checks and copies the components into sorted, unmodifiable maps.
     *
     * @throws NullPointerException if a component is null
     */
    public ClassifiedCounts {
        Objects.requireNonNull(query, "query");
        Map<String, Map<DivisionCode, Long>> copy = new TreeMap<>();
        byCategoryAndCity.forEach((k, v) -> copy.put(k, Collections.unmodifiableMap(new TreeMap<>(v))));
        byCategoryAndCity = Collections.unmodifiableMap(copy);
        byCity = Collections.unmodifiableMap(new TreeMap<>(byCity));
    }

    /**
     * The people of {@code category} in {@code city}.
     *
     * @param category the category code
     * @param city the city
     * @return the count, 0 if none
     * @throws NullPointerException if an argument is null
     */
    public long count(String category, DivisionCode city) {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(city, "city");
        return byCategoryAndCity.getOrDefault(category, Map.of()).getOrDefault(city, 0L);
    }

    @Override
    public String toString() {
        return "ClassifiedCounts[" + people + " people, " + byCategoryAndCity + "]";
    }
}
