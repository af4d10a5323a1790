package org.jobassist.api.crosscheck;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * A query of classified management (分类管理) over the recognition records: the day, and the
 * category codes, statuses and cities to keep. An empty set keeps everything for that
 * dimension; a person matches when their status on the day is one of the statuses, they hold
 * one of the categories, and the city of their residence (a county's prefecture-level city) is
 * one of the cities.
 *
 * <p>The status on the day comes from the record's history: the status entered by the last
 * transition on or before the day; a record whose first transition is later does not exist
 * yet on that day. The categories are the record's (current, or those it ended with): a record
 * keeps no history of its categories.
 *
 * <p>Error codes of {@link Builder#build()}, all at once: {@code classified.required}
 * ({@code asOf}), {@code classified.category-blank} ({@code categories}),
 * {@code classified.city-level} ({@code cities}: a code that is not a prefecture-level city).
 * Messages hold no personal data.
 *
 * <p>Immutable and thread-safe.
 */
public final class ClassifiedQuery {

    private final LocalDate asOf;
    private final Set<String> categories;
    private final Set<RecognitionStatus> statuses;
    private final Set<DivisionCode> cities;

    private ClassifiedQuery(Builder b) {
        this.asOf = b.asOf;
        this.categories = Collections.unmodifiableSet(new TreeSet<>(b.categories));
        this.statuses = b.statuses.isEmpty() ? Collections.unmodifiableSet(EnumSet.noneOf(RecognitionStatus.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(b.statuses));
        this.cities = Collections.unmodifiableSet(new TreeSet<>(b.cities));
    }

    /**
     * A new builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The query of everyone on {@code asOf}.
     *
     * @param asOf the day
     * @return the query
     * @throws NullPointerException if {@code asOf} is null
     */
    public static ClassifiedQuery on(LocalDate asOf) {
        return builder().asOf(Objects.requireNonNull(asOf, "asOf")).build();
    }

    /** @return the day */
    public LocalDate asOf() {
        return asOf;
    }

    /** @return the category codes kept, sorted; empty keeps all */
    public Set<String> categories() {
        return categories;
    }

    /** @return the statuses kept; empty keeps all */
    public Set<RecognitionStatus> statuses() {
        return statuses;
    }

    /** @return the prefecture-level cities kept, sorted; empty keeps all */
    public Set<DivisionCode> cities() {
        return cities;
    }

    /**
     * Whether a person with these facts matches.
     *
     * @param status the status on the day
     * @param held the category codes held
     * @param city the city of residence
     * @return true if every dimension keeps them
     * @throws NullPointerException if an argument is null
     */
    public boolean matches(RecognitionStatus status, List<String> held, DivisionCode city) {
        if (!statuses.isEmpty() && !statuses.contains(status)) {
            return false;
        }
        if (!cities.isEmpty() && !cities.contains(city)) {
            return false;
        }
        if (categories.isEmpty()) {
            return true;
        }
        for (int i = 0, n = held.size(); i < n; i++) {
            if (categories.contains(held.get(i))) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ClassifiedQuery q && asOf.equals(q.asOf) && categories.equals(q.categories)
                && statuses.equals(q.statuses) && cities.equals(q.cities);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, categories, statuses, cities);
    }

    @Override
    public String toString() {
        return "ClassifiedQuery[on " + asOf + ", categories " + categories + ", statuses " + statuses + ", cities "
                + cities + "]";
    }

    /** Builds a {@link ClassifiedQuery}; not thread-safe. */
    public static final class Builder {
        private LocalDate asOf;
        private final List<String> categories = new ArrayList<>();
        private final List<RecognitionStatus> statuses = new ArrayList<>();
        private final List<DivisionCode> cities = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the day.
         *
         * @param asOf the day
         * @return this builder
         * @throws NullPointerException if {@code asOf} is null
         */
        public Builder asOf(LocalDate asOf) {
            this.asOf = Objects.requireNonNull(asOf, "asOf");
            return this;
        }

        /**
         * Keeps people holding {@code code} (with the other codes given).
         *
         * @param code a category code
         * @return this builder
         * @throws NullPointerException if {@code code} is null
         */
        public Builder category(String code) {
            categories.add(Objects.requireNonNull(code, "code"));
            return this;
        }

        /**
         * Keeps people with {@code status} on the day (with the other statuses given).
         *
         * @param status the status
         * @return this builder
         * @throws NullPointerException if {@code status} is null
         */
        public Builder status(RecognitionStatus status) {
            statuses.add(Objects.requireNonNull(status, "status"));
            return this;
        }

        /**
         * Keeps people residing in {@code city} (with the other cities given).
         *
         * @param city a prefecture-level city
         * @return this builder
         * @throws NullPointerException if {@code city} is null
         */
        public Builder city(DivisionCode city) {
            cities.add(Objects.requireNonNull(city, "city"));
            return this;
        }

        /**
         * Builds the query, checking every field at once.
         *
         * @return the query
         * @throws InvalidInputException with the codes of the class javadoc
         */
        public ClassifiedQuery build() {
            List<Violation> faults = new ArrayList<>();
            if (asOf == null) {
                faults.add(new Violation("asOf", "classified.required", "the day is required"));
            }
            if (categories.stream().anyMatch(String::isBlank)) {
                faults.add(new Violation("categories", "classified.category-blank", "a category code is not blank"));
            }
            if (cities.stream().anyMatch(c -> c.level() != DivisionLevel.PREFECTURE)) {
                faults.add(new Violation("cities", "classified.city-level",
                        "a city of the query is a prefecture-level division"));
            }
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new ClassifiedQuery(this);
        }
    }
}
