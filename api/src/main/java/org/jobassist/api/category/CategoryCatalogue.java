package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.person.RegistryFlag;

/**
 * One version of a province's category catalogue (就业困难人员认定目录): the categories of
 * people with employment difficulties and the reference categories in force from
 * {@code effectiveFrom} to {@code effectiveTo} (inclusive; open-ended if absent).
 *
 * <p>The <b>precondition</b>, if any, applies to every recognised category (Liaoning: the
 * person is a registered unemployed person); the <b>reference gate</b>, if any, applies to
 * every reference category (Liaoning: registered unemployed, at least 2 referrals accepted,
 * unemployed at least 12 months). Both are data, so a province without them leaves them out.
 * The <b>transition rule</b> says what happens, when this version takes effect, to people
 * recognised under the previous one.
 *
 * <p>Built once, read often: the codes, each category's {@link #fullCondition full
 * condition} and the registry flags and policy keys the version reads are computed when it
 * is built.
 *
 * <p>Error codes of {@link Builder#build()}: {@code category.required} (no version,
 * effectiveFrom or transition), {@code policy.date-order} (effectiveTo before
 * effectiveFrom), {@code category.duplicate-code} (a code twice in the version).
 *
 * <p>Immutable and thread-safe.
 */
public final class CategoryCatalogue {

    private final String version;
    private final LocalDate effectiveFrom;
    private final LocalDate effectiveTo;
    private final TransitionRule transition;
    private final Condition precondition;
    private final List<Category> categories;
    private final List<Category> referenceCategories;
    private final Condition referenceGate;
    private final String note;
    private final Map<String, Category> byCode;
    private final Map<String, Condition> fullConditions;
    private final Set<RegistryFlag> registryFlags;
    private final Set<String> policyKeys;

    private CategoryCatalogue(Builder b) {
        this.version = b.version;
        this.effectiveFrom = b.effectiveFrom;
        this.effectiveTo = b.effectiveTo;
        this.transition = b.transition;
        this.precondition = b.precondition;
        this.categories = List.copyOf(b.categories);
        this.referenceCategories = List.copyOf(b.referenceCategories);
        this.referenceGate = b.referenceGate;
        this.note = b.note;
        Map<String, Category> codes = new HashMap<>();
        Map<String, Condition> full = new HashMap<>();
        Set<RegistryFlag> flags = EnumSet.noneOf(RegistryFlag.class);
        Set<String> keys = new LinkedHashSet<>();
        for (Category c : categories) {
            codes.put(c.code(), c);
            full.put(c.code(), precondition == null ? c.condition() : AllOf.of(precondition, c.condition()));
        }
        for (Category c : referenceCategories) {
            codes.put(c.code(), c);
            full.put(c.code(), referenceGate == null ? c.condition() : AllOf.of(c.condition(), referenceGate));
        }
        for (Condition c : full.values()) {
            flags.addAll(c.registryFlags());
            keys.addAll(c.policyKeys());
        }
        this.byCode = Map.copyOf(codes);
        this.fullConditions = Map.copyOf(full);
        this.registryFlags = Collections.unmodifiableSet(flags);
        this.policyKeys = Collections.unmodifiableSet(keys);
    }

    /**
     * A new, empty builder; the transition rule defaults to
     * {@link TransitionRule#KEEP_UNTIL_NEXT_REVIEW}.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The version's name, such as {@code liaoning-2021}; unique within a series.
     *
     * @return the version
     */
    public String version() {
        return version;
    }

    /**
     * The first day the version is in force.
     *
     * @return the day
     */
    public LocalDate effectiveFrom() {
        return effectiveFrom;
    }

    /**
     * The last day the version is in force, inclusive.
     *
     * @return the day, or empty if open-ended
     */
    public Optional<LocalDate> effectiveTo() {
        return Optional.ofNullable(effectiveTo);
    }

    /**
     * Whether the version is in force on {@code date}.
     *
     * @param date the day
     * @return true if {@code effectiveFrom <= date <= effectiveTo}
     * @throws NullPointerException if {@code date} is null
     */
    public boolean isInForceOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return !date.isBefore(effectiveFrom) && (effectiveTo == null || !date.isAfter(effectiveTo));
    }

    /**
     * What happens to people recognised under the previous version when this one takes
     * effect.
     *
     * @return the rule
     */
    public TransitionRule transition() {
        return transition;
    }

    /**
     * The condition every recognised category requires besides its own.
     *
     * @return the precondition, or empty if there is none
     */
    public Optional<Condition> precondition() {
        return Optional.ofNullable(precondition);
    }

    /**
     * The categories of people with employment difficulties, in the pack's order.
     *
     * @return an unmodifiable list
     */
    public List<Category> categories() {
        return categories;
    }

    /**
     * The reference categories (参照享受), in the pack's order.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<Category> referenceCategories() {
        return referenceCategories;
    }

    /**
     * The condition every reference category requires besides its own.
     *
     * @return the gate, or empty if there is none
     */
    public Optional<Condition> referenceGate() {
        return Optional.ofNullable(referenceGate);
    }

    /**
     * A remark on the version, such as an assumption about its dates.
     *
     * @return the note, or empty
     */
    public Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /**
     * The category (recognised or reference) with this code.
     *
     * @param code the code
     * @return the category, or empty if this version has none with the code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The whole test of the category with this code: the precondition and its own condition
     * for a recognised category, its own condition and the reference gate for a reference
     * category (each as an {@link AllOf}, or the own condition alone when there is no
     * precondition or gate). Computed when the version was built.
     *
     * @param code the code
     * @return the condition, or empty if this version has no category with the code
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Condition> fullCondition(String code) {
        return Optional.ofNullable(fullConditions.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * Every registry flag some full condition of this version reads, so that an engine asks
     * only those registries.
     *
     * @return an unmodifiable set
     */
    public Set<RegistryFlag> registryFlags() {
        return registryFlags;
    }

    /**
     * Every policy key some full condition of this version reads.
     *
     * @return an unmodifiable set, in the order met
     */
    public Set<String> policyKeys() {
        return policyKeys;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryCatalogue that
                && version.equals(that.version)
                && effectiveFrom.equals(that.effectiveFrom)
                && Objects.equals(effectiveTo, that.effectiveTo)
                && transition == that.transition
                && Objects.equals(precondition, that.precondition)
                && categories.equals(that.categories)
                && referenceCategories.equals(that.referenceCategories)
                && Objects.equals(referenceGate, that.referenceGate)
                && Objects.equals(note, that.note);
    }

    @Override
    public int hashCode() {
        return Objects.hash(version, effectiveFrom, effectiveTo, transition, precondition, categories,
                referenceCategories, referenceGate, note);
    }

    @Override
    public String toString() {
        return "CategoryCatalogue[" + version + " " + effectiveFrom + ".." + (effectiveTo == null ? "" : effectiveTo)
                + ", " + categories.size() + " categories, " + referenceCategories.size() + " reference]";
    }

    /**
     * Builds a {@link CategoryCatalogue}; {@link #build()} reports every fault at once. Not
     * thread-safe.
     */
    public static final class Builder {
        private String version;
        private LocalDate effectiveFrom;
        private LocalDate effectiveTo;
        private TransitionRule transition = TransitionRule.KEEP_UNTIL_NEXT_REVIEW;
        private Condition precondition;
        private final List<Category> categories = new ArrayList<>();
        private final List<Category> referenceCategories = new ArrayList<>();
        private Condition referenceGate;
        private String note;

        private Builder() {}

        /**
         * Sets the version's name.
         *
         * @param version the name, such as {@code liaoning-2021}
         * @return this builder
         */
        public Builder version(String version) {
            this.version = version;
            return this;
        }

        /**
         * Sets the first day in force.
         *
         * @param effectiveFrom the day
         * @return this builder
         */
        public Builder effectiveFrom(LocalDate effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        /**
         * Sets the last day in force, inclusive.
         *
         * @param effectiveTo the day, or null for open-ended
         * @return this builder
         */
        public Builder effectiveTo(LocalDate effectiveTo) {
            this.effectiveTo = effectiveTo;
            return this;
        }

        /**
         * Sets the transition rule.
         *
         * @param transition the rule
         * @return this builder
         */
        public Builder transition(TransitionRule transition) {
            this.transition = transition;
            return this;
        }

        /**
         * Sets the precondition of the recognised categories.
         *
         * @param precondition the condition, or null for none
         * @return this builder
         */
        public Builder precondition(Condition precondition) {
            this.precondition = precondition;
            return this;
        }

        /**
         * Adds a category; its kind says to which list.
         *
         * @param category the category
         * @return this builder
         * @throws NullPointerException if {@code category} is null
         */
        public Builder add(Category category) {
            Objects.requireNonNull(category, "category");
            (category.kind() == CategoryKind.RECOGNISED ? categories : referenceCategories).add(category);
            return this;
        }

        /**
         * Sets the gate of the reference categories.
         *
         * @param referenceGate the condition, or null for none
         * @return this builder
         */
        public Builder referenceGate(Condition referenceGate) {
            this.referenceGate = referenceGate;
            return this;
        }

        /**
         * Sets a remark on the version.
         *
         * @param note the note, or null
         * @return this builder
         */
        public Builder note(String note) {
            this.note = note;
            return this;
        }

        /**
         * Builds the version.
         *
         * @return the version
         * @throws InvalidInputException with every fault (codes in the class javadoc); paths
         *     such as {@code categories[2].code}
         */
        public CategoryCatalogue build() {
            List<Violation> faults = new ArrayList<>();
            if (version == null || version.isBlank()) {
                faults.add(new Violation("version", "category.required", "a catalogue version needs a name"));
            }
            if (effectiveFrom == null) {
                faults.add(new Violation("effectiveFrom", "category.required", "a catalogue version needs effectiveFrom"));
            } else if (effectiveTo != null && effectiveTo.isBefore(effectiveFrom)) {
                faults.add(new Violation("effectiveTo", "policy.date-order", "effectiveTo is before effectiveFrom"));
            }
            if (transition == null) {
                faults.add(new Violation("transition", "category.required", "a catalogue version needs a transition rule"));
            }
            Set<String> seen = new HashSet<>();
            checkCodes("categories", categories, seen, faults);
            checkCodes("referenceCategories", referenceCategories, seen, faults);
            if (!faults.isEmpty()) {
                throw new InvalidInputException(faults);
            }
            return new CategoryCatalogue(this);
        }

        private static void checkCodes(String list, List<Category> categories, Set<String> seen,
                List<Violation> faults) {
            for (int i = 0; i < categories.size(); i++) {
                if (!seen.add(categories.get(i).code())) {
                    faults.add(new Violation(list + "[" + i + "].code", "category.duplicate-code",
                            "the code appears twice in the catalogue version"));
                }
            }
        }
    }
}
