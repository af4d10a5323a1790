package org.jobassist.impl.internal.crosscheck;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.person.RegistryFlag;

/**
 * The deciding registry flags of each category, per catalogue version, as bit masks
 * ({@code 1 << flag.ordinal()}): the flags its condition reads. A category whose condition
 * reads no flag (near retirement, zero-employment family member) has none, and its evidence is
 * not cross-checked here. A category reading several flags is supported while any of them
 * holds: the Liaoning catalogue reads one flag per category.
 */
final class CategoryFlags {

    private final Map<String, Map<String, Integer>> byVersion = new HashMap<>();
    private final CategoryCatalogues catalogues;

    CategoryFlags(CategoryCatalogues catalogues) {
        this.catalogues = catalogues;
        for (CategoryCatalogue v : catalogues.versions()) {
            Map<String, Integer> masks = new HashMap<>();
            for (List<Category> list : List.of(v.categories(), v.referenceCategories())) {
                for (Category c : list) {
                    int mask = 0;
                    for (RegistryFlag f : c.condition().registryFlags()) {
                        mask |= 1 << f.ordinal();
                    }
                    masks.put(c.code(), mask);
                }
            }
            byVersion.put(v.version(), masks);
        }
    }

    /**
     * The masks of the catalogue version a record was decided under; if that version is
     * null or unknown, those of the version in force on {@code day}; empty if neither exists.
     */
    Map<String, Integer> masks(String version, LocalDate day) {
        if (version != null) {
            Map<String, Integer> m = byVersion.get(version);
            if (m != null) {
                return m;
            }
        }
        return catalogues.find(day).map(c -> byVersion.get(c.version())).orElse(Map.of());
    }
}
