package org.jobassist.impl.internal.category;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryCatalogues;
import org.jobassist.api.category.CategoryKind;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.TransitionRule;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyKey;

/**
 * Reads the {@code categoryCatalogues} section of a policy-pack document: an array of
 * catalogue versions, each
 * <pre>{@code
 * {"version": "liaoning-2021", "effectiveFrom": "2021-01-01", "effectiveTo": null,
 *  "transition": "KEEP_UNTIL_NEXT_REVIEW", "note": "…",
 *  "precondition": {"kind": "registered-unemployed"},
 *  "categories": [{"code": "DISABLED", "nameZh": "残疾人", "nameEn": "Disabled people",
 *                  "legalBasis": "ln-hrss-2021-7", "article": "…", "note": "…",
 *                  "condition": {"kind": "registry-flag", "flag": "DISABILITY_CERTIFICATE"}}],
 *  "referenceCategories": [ … ], "referenceGate": { … }}
 * }</pre>
 * {@code transition} defaults to {@code KEEP_UNTIL_NEXT_REVIEW}; {@code precondition},
 * {@code referenceCategories}, {@code referenceGate}, {@code effectiveTo} and {@code note}
 * may be left out. Conditions are read by {@link ConditionJson}.
 *
 * <p>Error codes besides those of {@link ConditionJson}: {@code category.legal-basis} (a
 * category without legal basis), {@code category.code} (a malformed code),
 * {@code category.duplicate-code}, {@code category.duplicate-version},
 * {@code category.transition} (not a transition rule), {@code policy.overlap} and
 * {@code policy.gap} (between versions, at the later version's {@code effectiveFrom}),
 * {@code policy.date-order}, and {@code policy.required}, {@code policy.type},
 * {@code policy.blank}, {@code policy.date}, {@code policy.unknown-field}; a legal-basis
 * reference is resolved, and reported, by the caller.
 *
 * <p>Thread-safe.
 */
public final class CategoryCatalogueReader {

    private static final Set<String> VERSION_FIELDS = Set.of("version", "effectiveFrom", "effectiveTo",
            "transition", "note", "precondition", "categories", "referenceCategories", "referenceGate");
    private static final Set<String> CATEGORY_FIELDS =
            Set.of("code", "nameZh", "nameEn", "legalBasis", "article", "note", "condition");

    /** Resolves a reference to the pack's {@code legalBases}, reporting a dangling one itself. */
    @FunctionalInterface
    public interface LegalBases {
        /**
         * The legal basis with this id.
         *
         * @param id the id
         * @param path the JSON pointer of the reference
         * @return the basis, or empty after the fault was reported
         */
        Optional<LegalBasis> resolve(String id, String path);
    }

    private final ConditionJson conditions;

    /**
     * A reader that checks policy keys against {@code keys}.
     *
     * @param keys looks a policy key up by name
     */
    public CategoryCatalogueReader(Function<String, Optional<PolicyKey<?>>> keys) {
        this.conditions = new ConditionJson(keys);
    }

    /**
     * Reads the section.
     *
     * @param node the section, an array
     * @param path its JSON pointer, such as {@code /categoryCatalogues}
     * @param bases resolves legal-basis references
     * @param violations where faults go
     * @return the series, or empty if any fault was found in the section
     */
    public Optional<CategoryCatalogues> read(JsonNode node, String path, LegalBases bases, List<Violation> violations) {
        Objects.requireNonNull(bases, "bases");
        Faults faults = new Faults(violations);
        int before = faults.count();
        if (!node.isArray()) {
            faults.add(path, "policy.type", "categoryCatalogues must be an array of catalogue versions");
            return Optional.empty();
        }
        List<CategoryCatalogue> versions = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            version(node.get(i), path + "/" + i, bases, faults).ifPresent(versions::add);
        }
        if (faults.count() > before) {
            // a faulty version would make its neighbours look overlapping or gapped
            return Optional.empty();
        }
        try {
            return Optional.of(CategoryCatalogues.of(versions));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faults.add(Faults.pointer(path, v.path()), v.code(), v.message()));
            return Optional.empty();
        }
    }

    private Optional<CategoryCatalogue> version(JsonNode node, String path, LegalBases bases, Faults faults) {
        if (!node.isObject()) {
            faults.add(path, "policy.type", "a catalogue version must be an object");
            return Optional.empty();
        }
        int before = faults.count();
        faults.unknownFields(node, path, VERSION_FIELDS);
        CategoryCatalogue.Builder builder = CategoryCatalogue.builder();
        faults.text(node, "version", path, true).ifPresent(builder::version);
        Optional<LocalDate> from = faults.date(node, "effectiveFrom", path, true);
        Optional<LocalDate> to = faults.date(node, "effectiveTo", path, false);
        from.ifPresent(builder::effectiveFrom);
        to.ifPresent(builder::effectiveTo);
        faults.text(node, "transition", path, false).ifPresent(name -> {
            try {
                builder.transition(TransitionRule.valueOf(name));
            } catch (IllegalArgumentException e) {
                faults.add(path + "/transition", "category.transition",
                        "the transition must be KEEP_UNTIL_NEXT_REVIEW or REASSESS_IMMEDIATELY");
            }
        });
        faults.text(node, "note", path, false).ifPresent(builder::note);
        optionalCondition(node, "precondition", path, faults).ifPresent(builder::precondition);
        optionalCondition(node, "referenceGate", path, faults).ifPresent(builder::referenceGate);
        categories(node, "categories", true, CategoryKind.RECOGNISED, path, bases, faults).forEach(builder::add);
        categories(node, "referenceCategories", false, CategoryKind.REFERENCE, path, bases, faults)
                .forEach(builder::add);
        if (faults.count() > before) {
            return Optional.empty();
        }
        try {
            return Optional.of(builder.build());
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faults.add(Faults.pointer(path, v.path()), v.code(), v.message()));
            return Optional.empty();
        }
    }

    private Optional<Condition> optionalCondition(JsonNode parent, String field, String path, Faults faults) {
        JsonNode node = parent.get(field);
        if (node == null || node.isNull()) {
            return Optional.empty();
        }
        return Optional.ofNullable(conditions.read(node, path + "/" + field, faults));
    }

    private List<Category> categories(JsonNode parent, String field, boolean required, CategoryKind kind,
            String path, LegalBases bases, Faults faults) {
        JsonNode node = parent.get(field);
        String at = path + "/" + field;
        List<Category> read = new ArrayList<>();
        if (node == null) {
            if (required) {
                faults.add(at, "policy.required", "the field is required");
            }
            return read;
        }
        if (!node.isArray()) {
            faults.add(at, "policy.type", "the field must be an array of categories");
            return read;
        }
        for (int i = 0; i < node.size(); i++) {
            category(node.get(i), at + "/" + i, kind, bases, faults).ifPresent(read::add);
        }
        return read;
    }

    private Optional<Category> category(JsonNode node, String path, CategoryKind kind, LegalBases bases,
            Faults faults) {
        if (!node.isObject()) {
            faults.add(path, "policy.type", "a category must be an object");
            return Optional.empty();
        }
        int before = faults.count();
        faults.unknownFields(node, path, CATEGORY_FIELDS);
        Optional<String> code = faults.text(node, "code", path, true);
        Optional<String> nameZh = faults.text(node, "nameZh", path, true);
        Optional<String> nameEn = faults.text(node, "nameEn", path, true);
        Optional<String> note = faults.text(node, "note", path, false);
        Optional<String> article = faults.text(node, "article", path, false);
        Optional<LegalBasis> basis;
        JsonNode ref = node.get("legalBasis");
        if (ref == null || ref.isNull()) {
            faults.add(path + "/legalBasis", "category.legal-basis", "a category needs a legal basis");
            basis = Optional.empty();
        } else {
            basis = faults.text(node, "legalBasis", path, true)
                    .flatMap(id -> bases.resolve(id, path + "/legalBasis"))
                    .map(b -> article.map(b::withArticle).orElse(b));
        }
        Condition condition = null;
        JsonNode conditionNode = node.get("condition");
        if (conditionNode == null) {
            faults.add(path + "/condition", "policy.required", "a category needs a condition");
        } else {
            condition = conditions.read(conditionNode, path + "/condition", faults);
        }
        if (faults.count() > before || basis.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Category(code.orElseThrow(), nameZh.orElseThrow(), nameEn.orElseThrow(),
                    basis.get(), condition, kind, note.orElse(null)));
        } catch (InvalidInputException e) {
            e.violations().forEach(v -> faults.add(Faults.pointer(path, v.path()), v.code(), v.message()));
            return Optional.empty();
        }
    }
}
