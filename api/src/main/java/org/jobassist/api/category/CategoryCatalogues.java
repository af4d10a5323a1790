package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A province's category catalogue through time: its versions in date order, which neither
 * overlap nor leave a gap between them (Liaoning: 8 categories until 2020-12-31, 10 from
 * 2021-01-01). Before the first version and after a closed last one no catalogue is in
 * force.
 *
 * <p>Error codes of {@link #of(List)}: {@code policy.overlap}, {@code policy.gap} (at
 * {@code [i].effectiveFrom}, i the version's position in the given list),
 * {@code category.duplicate-version} (at {@code [i].version}).
 *
 * <p>Immutable and thread-safe.
 */
public final class CategoryCatalogues {

    private static final CategoryCatalogues EMPTY = new CategoryCatalogues(List.of());

    private final List<CategoryCatalogue> versions;

    private CategoryCatalogues(List<CategoryCatalogue> versions) {
        this.versions = versions;
    }

    /**
     * The series without versions, for a pack that defines no catalogue.
     *
     * @return the empty series
     */
    public static CategoryCatalogues empty() {
        return EMPTY;
    }

    /**
     * The series of these versions, in any order.
     *
     * @param versions the versions
     * @return the series, sorted by effectiveFrom
     * @throws InvalidInputException with every overlap, gap and duplicate version name
     * @throws NullPointerException if {@code versions} or an element is null
     */
    public static CategoryCatalogues of(List<CategoryCatalogue> versions) {
        List<CategoryCatalogue> given = List.copyOf(versions);
        List<Violation> faults = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (int i = 0; i < given.size(); i++) {
            if (!names.add(given.get(i).version())) {
                faults.add(new Violation("[" + i + "].version", "category.duplicate-version",
                        "two catalogue versions have the same name"));
            }
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            order.add(i);
        }
        order.sort(Comparator.comparing((Integer i) -> given.get(i).effectiveFrom()));
        for (int n = 1; n < order.size(); n++) {
            CategoryCatalogue previous = given.get(order.get(n - 1));
            CategoryCatalogue current = given.get(order.get(n));
            String where = "[" + order.get(n) + "].effectiveFrom";
            Optional<LocalDate> end = previous.effectiveTo();
            if (end.isEmpty() || !current.effectiveFrom().isAfter(end.get())) {
                faults.add(new Violation(where, "policy.overlap",
                        "the version's period overlaps that of [" + order.get(n - 1) + "]"));
            } else if (!current.effectiveFrom().equals(end.get().plusDays(1))) {
                faults.add(new Violation(where, "policy.gap",
                        "the version's period leaves a gap after that of [" + order.get(n - 1) + "]"));
            }
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        List<CategoryCatalogue> sorted = new ArrayList<>();
        order.forEach(i -> sorted.add(given.get(i)));
        return sorted.isEmpty() ? EMPTY : new CategoryCatalogues(List.copyOf(sorted));
    }

    /**
     * The versions in date order.
     *
     * @return an unmodifiable list, empty for a pack without catalogue
     */
    public List<CategoryCatalogue> versions() {
        return versions;
    }

    /**
     * Whether the series has no version.
     *
     * @return true if empty
     */
    public boolean isEmpty() {
        return versions.isEmpty();
    }

    /**
     * The version in force on {@code date}.
     *
     * @param date the day
     * @return the version
     * @throws NoCatalogueInForceException if none is in force that day
     * @throws NullPointerException if {@code date} is null
     */
    public CategoryCatalogue inForceOn(LocalDate date) {
        return find(date).orElseThrow(() -> new NoCatalogueInForceException(date));
    }

    /**
     * The version in force on {@code date}, if any.
     *
     * @param date the day
     * @return the version, or empty
     * @throws NullPointerException if {@code date} is null
     */
    public Optional<CategoryCatalogue> find(LocalDate date) {
        Objects.requireNonNull(date, "date");
        // A handful of versions: a scan beats a search tree.
        for (CategoryCatalogue version : versions) {
            if (version.isInForceOn(date)) {
                return Optional.of(version);
            }
        }
        return Optional.empty();
    }

    /**
     * The category with {@code code} in the version in force on {@code date}.
     *
     * @param code the category's code
     * @param date the day
     * @return the category, or empty if no version is in force or it has no such category
     * @throws NullPointerException if an argument is null
     */
    public Optional<Category> find(String code, LocalDate date) {
        Objects.requireNonNull(code, "code");
        return find(date).flatMap(v -> v.find(code));
    }

    /**
     * The first day of every version after the first: the days the catalogue changed.
     *
     * @return an unmodifiable list in date order
     */
    public List<LocalDate> boundaries() {
        List<LocalDate> days = new ArrayList<>();
        for (int i = 1; i < versions.size(); i++) {
            days.add(versions.get(i).effectiveFrom());
        }
        return List.copyOf(days);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CategoryCatalogues that && versions.equals(that.versions);
    }

    @Override
    public int hashCode() {
        return versions.hashCode();
    }

    @Override
    public String toString() {
        return "CategoryCatalogues" + versions;
    }
}
