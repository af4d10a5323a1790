package org.jobassist.api.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.region.DivisionCode;

/**
 * A policy pack (政策包): a versioned set of dated values for one province, with the cities
 * and counties in it that set their own figures.
 *
 * <p><b>Resolution.</b> {@link #resolve resolve(key, jurisdiction, date)} looks at the
 * jurisdiction asked about, then its city, then its province, and takes the first value in
 * force on that date: the most specific jurisdiction wins. A value marked unknown stops the
 * search, because the division is known to set its own figure and the enclosing one's would
 * be wrong.
 *
 * <p><b>Validity.</b> {@link Builder#build()} checks, for each key and jurisdiction, that the
 * periods neither overlap ({@code policy.overlap}) nor leave a gap ({@code policy.gap}); a
 * period a pack cannot fill is written as an unknown value. It also checks that every value
 * lies inside the pack's jurisdiction ({@code policy.jurisdiction}) and that the id and
 * version are present ({@code policy.required}). Violation paths name the value by the path
 * it was added with, {@code values[i]} by default.
 *
 * <p><b>Category catalogue.</b> A pack may carry the versions of its category catalogue
 * ({@link #categoryCatalogues()}). When it does, every known value of
 * {@link PolicyKeys#CATEGORY_ADJUSTMENT_DATE} must be the first day of one of its versions
 * after the first ({@code category.adjustment-date}, at the value's path), so that the date
 * the pack states and the date the catalogue changes cannot disagree.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyPack {

    private final String id;
    private final String version;
    private final Map<String, String> name;
    private final DivisionCode jurisdiction;
    private final List<PolicyValue<?>> values;
    private final boolean overridden;
    private final CategoryCatalogues categoryCatalogues;
    /** Per key, per jurisdiction: the series in date order. */
    private final Map<PolicyKey<?>, Map<DivisionCode, List<PolicyValue<?>>>> index;

    private PolicyPack(Builder builder, Map<PolicyKey<?>, Map<DivisionCode, List<PolicyValue<?>>>> index) {
        this.id = builder.id;
        this.version = builder.version;
        this.name = Collections.unmodifiableMap(new LinkedHashMap<>(builder.name));
        this.jurisdiction = builder.jurisdiction;
        this.values = List.copyOf(builder.values);
        this.overridden = builder.overridden;
        this.categoryCatalogues = builder.categoryCatalogues;
        this.index = index;
    }

    /**
     * A new, empty builder.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The value of {@code key} in force in {@code jurisdiction} on {@code date}, taken from the
     * most specific jurisdiction (county, then city, then province) that has one in force.
     *
     * @param <T> the value's type
     * @param key the key
     * @param jurisdiction the jurisdiction asked about
     * @param date the date asked about
     * @return the value with its origin
     * @throws PolicyValueUnavailableException {@code policy.value-unknown} if the most specific
     *     value in force is marked unknown, {@code policy.value-missing} if none is in force
     * @throws NullPointerException if any argument is null
     */
    public <T> ResolvedValue<T> resolve(PolicyKey<T> key, DivisionCode jurisdiction, LocalDate date) {
        PolicyValue<?> entry = lookUp(key, jurisdiction, date);
        if (entry == null || entry.isUnknown()) {
            throw new PolicyValueUnavailableException(key, jurisdiction, date, entry);
        }
        return new ResolvedValue<>(entry.as(key), jurisdiction, date, id, version);
    }

    /**
     * Like {@link #resolve}, but empty instead of throwing when the value is unknown or
     * missing.
     *
     * @param <T> the value's type
     * @param key the key
     * @param jurisdiction the jurisdiction asked about
     * @param date the date asked about
     * @return the value with its origin, or empty
     * @throws NullPointerException if any argument is null
     */
    public <T> Optional<ResolvedValue<T>> find(PolicyKey<T> key, DivisionCode jurisdiction, LocalDate date) {
        PolicyValue<?> entry = lookUp(key, jurisdiction, date);
        if (entry == null || entry.isUnknown()) {
            return Optional.empty();
        }
        return Optional.of(new ResolvedValue<>(entry.as(key), jurisdiction, date, id, version));
    }

    /**
     * Every parameter of this pack as it stands in {@code jurisdiction} on {@code date}: for
     * each key of the {@link PolicyKeys} catalogue (then any other key the pack holds), the
     * value {@link #resolve} would give, or why it is unset there.
     *
     * @param jurisdiction the jurisdiction asked about, usually a county or city
     * @param date the date asked about
     * @return the view, in a stable key order
     * @throws NullPointerException if an argument is null
     */
    public PolicyParameters parameters(DivisionCode jurisdiction, LocalDate date) {
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        Set<PolicyKey<?>> keys = new LinkedHashSet<>(PolicyKeys.all());
        for (PolicyValue<?> value : values) {
            keys.add(value.key());
        }
        List<Object> answers = new ArrayList<>(keys.size());
        for (PolicyKey<?> key : keys) {
            PolicyValue<?> entry = lookUp(key, jurisdiction, date);
            answers.add(entry == null || entry.isUnknown()
                    ? new UnsetParameter(key, jurisdiction, date, entry)
                    : resolved(key, entry, jurisdiction, date));
        }
        return new PolicyParameters(id, version, overridden, jurisdiction, date, answers);
    }

    private <T> ResolvedValue<T> resolved(PolicyKey<T> key, PolicyValue<?> entry, DivisionCode jurisdiction,
            LocalDate date) {
        return new ResolvedValue<>(entry.as(key), jurisdiction, date, id, version);
    }

    private PolicyValue<?> lookUp(PolicyKey<?> key, DivisionCode jurisdiction, LocalDate date) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        Map<DivisionCode, List<PolicyValue<?>>> byJurisdiction = index.getOrDefault(key, Map.of());
        Optional<DivisionCode> current = Optional.of(jurisdiction);
        while (current.isPresent()) {
            for (PolicyValue<?> value : byJurisdiction.getOrDefault(current.get(), List.of())) {
                if (value.isInForceOn(date)) {
                    return value;
                }
            }
            current = current.get().parent();
        }
        return null;
    }

    /**
     * The values that {@code jurisdiction} itself sets for {@code key}, in date order, without
     * those of enclosing jurisdictions.
     *
     * @param <T> the values' type
     * @param key the key
     * @param jurisdiction the jurisdiction
     * @return an unmodifiable list, empty if there are none
     * @throws NullPointerException if an argument is null
     */
    public <T> List<PolicyValue<T>> series(PolicyKey<T> key, DivisionCode jurisdiction) {
        List<PolicyValue<T>> series = new ArrayList<>();
        for (PolicyValue<?> value : index.getOrDefault(Objects.requireNonNull(key, "key"), Map.of())
                .getOrDefault(Objects.requireNonNull(jurisdiction, "jurisdiction"), List.of())) {
            series.add(value.as(key));
        }
        return Collections.unmodifiableList(series);
    }

    /**
     * A new pack in which each (key, jurisdiction) series that {@code overrides} touches is
     * replaced by the override values for it; every other series is kept. For what-if runs
     * and for hosts that change a single figure. The result is checked like a built pack,
     * with violation paths {@code overrides[i]} for the override values.
     *
     * @param overrides the replacement values
     * @return the new pack, marked {@link #isOverridden() overridden}; this one is unchanged
     * @throws InvalidInputException if the result is not a valid pack
     * @throws NullPointerException if {@code overrides} or an element is null
     */
    public PolicyPack withOverrides(List<? extends PolicyValue<?>> overrides) {
        Set<List<Object>> replaced = new HashSet<>();
        for (PolicyValue<?> value : overrides) {
            replaced.add(List.of(value.key(), value.jurisdiction()));
        }
        Builder builder = builder().id(id).version(version).jurisdiction(jurisdiction)
                .categoryCatalogues(categoryCatalogues);
        name.forEach(builder::name);
        for (int i = 0; i < values.size(); i++) {
            PolicyValue<?> value = values.get(i);
            if (!replaced.contains(List.of(value.key(), value.jurisdiction()))) {
                builder.add(value, "values[" + i + "]");
            }
        }
        for (int i = 0; i < overrides.size(); i++) {
            builder.add(overrides.get(i), "overrides[" + i + "]");
        }
        builder.overridden = true;
        return builder.build();
    }

    /**
     * The pack's id, such as {@code liaoning}.
     *
     * @return the id
     */
    public String id() {
        return id;
    }

    /**
     * The pack's version, such as {@code 2021.1}.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The pack's name by language tag, such as {@code zh} and {@code en}.
     *
     * @return an unmodifiable map, possibly empty
     */
    public Map<String, String> name() {
        return name;
    }

    /**
     * The province (or other division) the pack covers; every value lies inside it.
     *
     * @return the jurisdiction
     */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /**
     * Every value, in the order added.
     *
     * @return an unmodifiable list
     */
    public List<PolicyValue<?>> values() {
        return values;
    }

    /**
     * The versions of the category catalogue this pack defines.
     *
     * @return the series, {@link CategoryCatalogues#empty() empty} if the pack defines none
     */
    public CategoryCatalogues categoryCatalogues() {
        return categoryCatalogues;
    }

    /**
     * Whether this pack came from {@link #withOverrides}, so that a decision can record that
     * it did not use the published figures.
     *
     * @return true if overridden
     */
    public boolean isOverridden() {
        return overridden;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyPack that
                && id.equals(that.id)
                && version.equals(that.version)
                && name.equals(that.name)
                && jurisdiction.equals(that.jurisdiction)
                && values.equals(that.values)
                && categoryCatalogues.equals(that.categoryCatalogues)
                && overridden == that.overridden;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, version, name, jurisdiction, values, categoryCatalogues, overridden);
    }

    @Override
    public String toString() {
        return "PolicyPack[" + id + " " + version + (overridden ? " with overrides" : "")
                + ", " + jurisdiction + ", " + values.size() + " values]";
    }

    /**
     * Builds a {@link PolicyPack}; {@link #build()} checks the whole pack and reports every
     * violation at once. Not thread-safe.
     */
    public static final class Builder {
        private String id;
        private String version;
        private final Map<String, String> name = new LinkedHashMap<>();
        private DivisionCode jurisdiction;
        private final List<PolicyValue<?>> values = new ArrayList<>();
        private final List<String> paths = new ArrayList<>();
        private boolean overridden;
        private CategoryCatalogues categoryCatalogues = CategoryCatalogues.empty();

        private Builder() {}

        /**
         * Sets the versions of the pack's category catalogue.
         *
         * @param categoryCatalogues the series; {@link CategoryCatalogues#empty()} for none
         * @return this builder
         * @throws NullPointerException if {@code categoryCatalogues} is null
         */
        public Builder categoryCatalogues(CategoryCatalogues categoryCatalogues) {
            this.categoryCatalogues = Objects.requireNonNull(categoryCatalogues, "categoryCatalogues");
            return this;
        }

        /**
         * Sets the pack's id.
         *
         * @param id the id, such as {@code liaoning}
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the pack's version.
         *
         * @param version the version, such as {@code 2021.1}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Adds the pack's name in one language.
         *
         * @param languageTag the language, such as {@code zh}
         * @param text the name in that language
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder name(String languageTag, String text) {
            name.put(Objects.requireNonNull(languageTag, "languageTag"), Objects.requireNonNull(text, "text"));
            return this;
        }

        /**
         * Sets the division the pack covers, usually a province.
         *
         * @param jurisdiction the division
         * @return this builder
         */
        public Builder jurisdiction(DivisionCode jurisdiction) {
            this.jurisdiction = jurisdiction;
            return this;
        }

        /**
         * Adds a value; violations about it name it {@code values[i]}, i counting from 0 in
         * the order added.
         *
         * @param value the value
         * @return this builder
         * @throws NullPointerException if {@code value} is null
         */
        public Builder add(PolicyValue<?> value) {
            return add(value, "values[" + values.size() + "]");
        }

        /**
         * Adds a value that came from {@code path} in some document, so that violations about
         * it point there. A JSON pointer ({@code /values/3}) gets field names appended with
         * {@code /}, any other path with {@code .}.
         *
         * @param value the value
         * @param path where the value came from
         * @return this builder
         * @throws NullPointerException if an argument is null
         */
        public Builder add(PolicyValue<?> value, String path) {
            values.add(Objects.requireNonNull(value, "value"));
            paths.add(Objects.requireNonNull(path, "path"));
            return this;
        }

        /**
         * Builds the pack.
         *
         * @return the pack
         * @throws InvalidInputException with every violation found: {@code policy.required}
         *     (no id, version or jurisdiction), {@code policy.jurisdiction} (a value outside
         *     the pack's jurisdiction), {@code policy.overlap}, {@code policy.gap},
         *     {@code category.adjustment-date} (an adjustment date on which no catalogue
         *     version begins)
         */
        public PolicyPack build() {
            List<Violation> violations = new ArrayList<>();
            if (id == null || id.isBlank()) {
                violations.add(new Violation("id", "policy.required", "a pack needs an id"));
            }
            if (version == null || version.isBlank()) {
                violations.add(new Violation("version", "policy.required", "a pack needs a version"));
            }
            if (jurisdiction == null) {
                violations.add(new Violation("jurisdiction", "policy.required", "a pack needs a jurisdiction"));
            }
            Map<PolicyKey<?>, Map<DivisionCode, List<Integer>>> grouped = new LinkedHashMap<>();
            for (int i = 0; i < values.size(); i++) {
                PolicyValue<?> value = values.get(i);
                if (jurisdiction != null && !jurisdiction.contains(value.jurisdiction())) {
                    violations.add(new Violation(field(paths.get(i), "jurisdiction"), "policy.jurisdiction",
                            "the value's jurisdiction lies outside the pack's jurisdiction"));
                }
                checkAdjustmentDate(value, paths.get(i), violations);
                grouped.computeIfAbsent(value.key(), k -> new LinkedHashMap<>())
                        .computeIfAbsent(value.jurisdiction(), j -> new ArrayList<>()).add(i);
            }
            Map<PolicyKey<?>, Map<DivisionCode, List<PolicyValue<?>>>> index = new HashMap<>();
            grouped.forEach((key, byJurisdiction) -> byJurisdiction.forEach((division, positions) -> {
                positions.sort(Comparator.comparing((Integer p) -> values.get(p).effectiveFrom()));
                checkSeries(positions, violations);
                List<PolicyValue<?>> series = new ArrayList<>();
                positions.forEach(p -> series.add(values.get(p)));
                index.computeIfAbsent(key, k -> new HashMap<>()).put(division, List.copyOf(series));
            }));
            if (!violations.isEmpty()) {
                throw new InvalidInputException(violations);
            }
            index.replaceAll((key, byJurisdiction) -> Map.copyOf(byJurisdiction));
            return new PolicyPack(this, Map.copyOf(index));
        }

        private void checkAdjustmentDate(PolicyValue<?> value, String path, List<Violation> violations) {
            if (categoryCatalogues.isEmpty() || !value.key().equals(PolicyKeys.CATEGORY_ADJUSTMENT_DATE)
                    || value.isUnknown()) {
                return;
            }
            if (!categoryCatalogues.boundaries().contains(value.as(PolicyKeys.CATEGORY_ADJUSTMENT_DATE).value().orElseThrow())) {
                violations.add(new Violation(field(path, "value"), "category.adjustment-date",
                        "no version of the category catalogue begins on the adjustment date"));
            }
        }

        private void checkSeries(List<Integer> positions, List<Violation> violations) {
            for (int n = 1; n < positions.size(); n++) {
                PolicyValue<?> previous = values.get(positions.get(n - 1));
                PolicyValue<?> current = values.get(positions.get(n));
                String where = field(paths.get(positions.get(n)), "effectiveFrom");
                String other = paths.get(positions.get(n - 1));
                Optional<LocalDate> previousEnd = previous.effectiveTo();
                if (previousEnd.isEmpty() || !current.effectiveFrom().isAfter(previousEnd.get())) {
                    violations.add(new Violation(where, "policy.overlap", "the period overlaps that of "
                            + other + " for the same key and jurisdiction"));
                } else if (!current.effectiveFrom().equals(previousEnd.get().plusDays(1))) {
                    violations.add(new Violation(where, "policy.gap", "the period leaves a gap after that of "
                            + other + " for the same key and jurisdiction; write a period with no known"
                            + " figure as an unknown value"));
                }
            }
        }

        private static String field(String path, String field) {
            return path + (path.startsWith("/") ? "/" : ".") + field;
        }
    }
}
