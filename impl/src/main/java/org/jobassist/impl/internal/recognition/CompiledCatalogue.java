package org.jobassist.impl.internal.recognition;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.category.Category;
import org.jobassist.api.category.CategoryCatalogue;
import org.jobassist.api.category.CategoryOutcome;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyPack;

/**
 * One catalogue version compiled: the full condition of every category (recognised, then
 * reference, each in the version's order) as a {@link Node}, and the fast path's outcomes
 * built once, so that a fast recognition allocates only its list. Immutable and thread-safe.
 */
final class CompiledCatalogue {

    static final String ROOT_RULE = "category.recognition";
    static final String CATEGORY_RULE = "category.outcome";

    final CategoryCatalogue version;
    final Category[] categories;
    final int recognised;
    private final Node[] roots;
    /** The fast path as one flat program, or null when a condition does not fit one: then the trees decide. */
    final FlatProgram flat;
    final int slots;
    private final CategoryOutcome[] fastSatisfied;
    private final CategoryOutcome[] fastNotSatisfied;
    private final Explanation fastRootRecognised;
    private final Explanation fastRootNotRecognised;
    /** Texts every explained recognition repeats, made once. */
    private final String pack;
    private final String effectiveFrom;
    private final String[] descriptions;
    private final String[] kinds;

    CompiledCatalogue(CategoryCatalogue version, PolicyPack pack) {
        this.version = version;
        this.pack = pack.id() + " " + pack.version();
        this.effectiveFrom = version.effectiveFrom().toString();
        List<Category> all = new ArrayList<>(version.categories());
        all.addAll(version.referenceCategories());
        this.categories = all.toArray(new Category[0]);
        this.recognised = version.categories().size();
        Compiler compiler = new Compiler();
        this.roots = new Node[categories.length];
        this.fastSatisfied = new CategoryOutcome[categories.length];
        this.fastNotSatisfied = new CategoryOutcome[categories.length];
        this.descriptions = new String[categories.length];
        this.kinds = new String[categories.length];
        for (int i = 0; i < categories.length; i++) {
            Category c = categories[i];
            roots[i] = compiler.compile(version.fullCondition(c.code()).orElseThrow());
            fastSatisfied[i] = new CategoryOutcome(c, true, fastCategory(c, true));
            fastNotSatisfied[i] = new CategoryOutcome(c, false, fastCategory(c, false));
            descriptions[i] = c.nameEn() + " (" + c.nameZh() + ")";
            kinds[i] = c.kind().name();
        }
        this.slots = compiler.slots();
        this.flat = FlatProgram.of(roots);
        this.fastRootRecognised = fastRoot(true);
        this.fastRootNotRecognised = fastRoot(false);
    }

    private Explanation fastCategory(Category c, boolean satisfied) {
        return Explanation.builder(CATEGORY_RULE).description("fast path: not explained")
                .input("code", c.code()).input("catalogueVersion", version.version())
                .legalBasis(c.legalBasis()).satisfied(satisfied).build();
    }

    private Explanation fastRoot(boolean recognisedAny) {
        return Explanation.builder(ROOT_RULE).description("fast path: not explained")
                .input("catalogueVersion", version.version()).satisfied(recognisedAny).build();
    }

    /** Decides every category for the evaluation's person into {@code decisions}. */
    void decide(Evaluation e, boolean[] decisions) {
        if (flat != null) {
            flat.decide(e, decisions);
        } else {
            decideByTrees(e, decisions);
        }
    }

    /** Decides every category by its condition tree, short-circuiting cheapest first. */
    void decideByTrees(Evaluation e, boolean[] decisions) {
        for (int i = 0; i < roots.length; i++) {
            decisions[i] = roots[i].test(e);
        }
    }

    /** A recognition of decisions made on the fast path, from the outcomes built once. */
    Recognition fastRecognition(PersonRecord person, Evaluation e, boolean[] decisions) {
        CategoryOutcome[] outcomes = new CategoryOutcome[categories.length];
        boolean any = false;
        for (int i = 0; i < outcomes.length; i++) {
            outcomes[i] = decisions[i] ? fastSatisfied[i] : fastNotSatisfied[i];
            any |= decisions[i] && i < recognised;
        }
        return Recognition.of(person.id(), e.asOf, version.version(), List.of(outcomes),
                any ? fastRootRecognised : fastRootNotRecognised);
    }

    /** Recognises the evaluation's person with every condition explained. */
    Recognition explain(PersonRecord person, Evaluation e) {
        List<CategoryOutcome> outcomes = new ArrayList<>(categories.length);
        boolean any = false;
        Explanation.Builder root = Explanation.builder(ROOT_RULE)
                .description("recognition of a person with employment difficulties")
                .input("person", person.id().value())
                .input("idNumber", person.idNumber().masked())
                .input("asOf", e.asOfText)
                .input("catalogueVersion", version.version())
                .input("catalogueEffectiveFrom", effectiveFrom)
                .input("pack", pack);
        for (int i = 0; i < categories.length; i++) {
            Category c = categories[i];
            Explanation condition = roots[i].explain(e);
            boolean satisfied = condition.outcome() == Explanation.Outcome.SATISFIED;
            any |= satisfied && i < recognised;
            // A condition explained alike for others: so is the category's outcome.
            boolean shared = e.isShared(roots[i]);
            CategoryOutcome known = shared ? e.outcomeAlike(i, condition) : null;
            if (known != null) {
                outcomes.add(known);
                root.child(known.explanation());
                continue;
            }
            Explanation.Builder b = Explanation.builder(CATEGORY_RULE)
                    .description(descriptions[i])
                    .input("code", c.code())
                    .input("kind", kinds[i])
                    .input("catalogueVersion", version.version())
                    .legalBasis(c.legalBasis())
                    .child(condition)
                    .satisfied(satisfied);
            if (c.note() != null) {
                b.input("note", c.note());
            }
            Explanation x = b.build();
            CategoryOutcome o = new CategoryOutcome(c, satisfied, x);
            if (shared) {
                e.rememberOutcome(i, condition, o);
            }
            outcomes.add(o);
            root.child(x);
        }
        return Recognition.of(person.id(), e.asOf, version.version(), outcomes, root.satisfied(any).build());
    }
}
