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
    /**
     * The category nodes (all but their child and outcome are fixed), made once; and the root
     * node, whose person, ID number and date vary.
     */
    private final Explanation.Template[] categoryNodes;
    private final Explanation.Template rootNode;

    /**
     * Compiles {@code version}.
     *
     * @param version the catalogue version
     * @param pack the pack it is of
     * @param oneRow whether the facts are one table whose row of a person holds every
     *     registry's flags ({@link Facts#table()}), which makes a flag as cheap to test as
     *     "registered unemployed" and orders the tests accordingly
     */
    CompiledCatalogue(CategoryCatalogue version, PolicyPack pack, boolean oneRow) {
        this.version = version;
        List<Category> all = new ArrayList<>(version.categories());
        all.addAll(version.referenceCategories());
        this.categories = all.toArray(new Category[0]);
        this.recognised = version.categories().size();
        Compiler compiler = new Compiler(oneRow);
        this.roots = new Node[categories.length];
        this.fastSatisfied = new CategoryOutcome[categories.length];
        this.fastNotSatisfied = new CategoryOutcome[categories.length];
        this.categoryNodes = new Explanation.Template[categories.length];
        for (int i = 0; i < categories.length; i++) {
            Category c = categories[i];
            roots[i] = compiler.compile(version.fullCondition(c.code()).orElseThrow());
            fastSatisfied[i] = new CategoryOutcome(c, true, fastCategory(c, true));
            fastNotSatisfied[i] = new CategoryOutcome(c, false, fastCategory(c, false));
            categoryNodes[i] = categoryNode(c);
        }
        this.slots = compiler.slots();
        this.flat = FlatProgram.of(roots, oneRow);
        this.fastRootRecognised = fastRoot(true);
        this.fastRootNotRecognised = fastRoot(false);
        this.rootNode = Explanation.builder(ROOT_RULE)
                .description("recognition of a person with employment difficulties")
                .input("person", "")
                .input("idNumber", "")
                .input("asOf", "")
                .input("catalogueVersion", version.version())
                .input("catalogueEffectiveFrom", version.effectiveFrom().toString())
                .input("pack", pack.id() + " " + pack.version())
                .template("person", "idNumber", "asOf");
    }

    private Explanation.Template categoryNode(Category c) {
        Explanation.Builder b = Explanation.builder(CATEGORY_RULE)
                .description(c.nameEn() + " (" + c.nameZh() + ")")
                .input("code", c.code())
                .input("kind", c.kind().name())
                .input("catalogueVersion", version.version())
                .legalBasis(c.legalBasis());
        if (c.note() != null) {
            b.input("note", c.note());
        }
        return b.template();
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
        CategoryOutcome[] outcomes = new CategoryOutcome[categories.length];
        Explanation[] nodes = new Explanation[categories.length];
        boolean any = false;
        for (int i = 0; i < categories.length; i++) {
            Explanation condition = roots[i].explain(e);
            boolean satisfied = condition.outcome() == Explanation.Outcome.SATISFIED;
            any |= satisfied && i < recognised;
            // A condition explained alike for others: so is the category's outcome.
            int id = e.idOf(roots[i]);
            CategoryOutcome o = id != 0 ? e.outcomeAlike(i, id) : null;
            if (o == null) {
                o = new CategoryOutcome(categories[i], satisfied,
                        categoryNodes[i].satisfied(satisfied, List.of(condition)));
                if (id != 0) {
                    e.rememberOutcome(i, id, o);
                }
            }
            outcomes[i] = o;
            nodes[i] = o.explanation();
        }
        return Recognition.of(person.id(), e.asOf, version.version(), List.of(outcomes),
                rootNode.satisfied(any, List.of(nodes), person.id().value(), person.idNumber().masked(), e.asOfText));
    }
}
