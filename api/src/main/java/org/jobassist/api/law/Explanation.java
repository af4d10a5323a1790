package org.jobassist.api.law;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * How a decision came about (决定说明), as an audit tree: each node is one rule applied, with
 * the inputs it read, its outcome, an optional computed value, its legal bases and the
 * explanations of the sub-rules it rests on.
 *
 * <ul>
 *   <li>{@code rule}: a stable identifier of the rule, lower-case words joined by {@code .}
 *       and {@code -}, such as {@code retirement.statutory-month}; programs key on it;</li>
 *   <li>{@code description}: a short sentence for people, possibly empty;</li>
 *   <li>{@code inputs}: the values the rule read, name to text, in the order they were added.
 *       Personal data must be masked by the caller before it is added (an identity number as
 *       its {@code masked()} form; never a name);</li>
 *   <li>{@code outcome}: see {@link Outcome};</li>
 *   <li>{@code result}: the computed value as text, required for {@link Outcome#VALUE} and
 *       optional otherwise;</li>
 *   <li>{@code legalBases} and {@code children}, in order.</li>
 * </ul>
 *
 * <p>"Why not" is answered by {@link #failedConditions()}; {@link #render()} writes the tree
 * for people. The JSON shape of this tree is versioned by {@link #SCHEMA_VERSION}.
 *
 * <p>Many nodes of the same shape (the same rule, description, input names, legal bases;
 * only some input values, the outcome and the children differ) are made cheaply from a
 * {@link Template}, made once by {@link Builder#template(String...)}: a node stamped from it
 * is equal to one built node by node.
 *
 * <p>Error codes, thrown by {@link Builder#build()}, the builder's setters and
 * {@link Builder#template(String...)} and {@link Template#node}: {@code explanation.rule}
 * (malformed rule id), {@code explanation.outcome} (no outcome, or {@link Outcome#VALUE}
 * without a result), {@code explanation.input} (blank or repeated input name; a template's
 * variable input that is not one of its inputs, or named twice; a template node given not
 * one value per variable input).
 *
 * <p>Immutable and thread-safe.
 */
public final class Explanation {

    /**
     * The version of the JSON shape of an explanation; it changes only when that shape
     * changes incompatibly.
     */
    public static final int SCHEMA_VERSION = 1;

    /** How a rule came out. */
    public enum Outcome {
        /** The condition holds. */
        SATISFIED,
        /** The condition does not hold: a reason for "why not". */
        NOT_SATISFIED,
        /** The rule did not apply to the case (for example, not in force on the date asked). */
        NOT_APPLICABLE,
        /** The rule computed a value rather than testing a condition; see the result. */
        VALUE
    }

    private final String rule;
    private final String description;
    private final Map<String, String> inputs;
    private final Outcome outcome;
    private final String result;
    private final List<LegalBasis> legalBases;
    private final List<Explanation> children;

    private Explanation(Builder b) {
        this.rule = b.rule;
        this.description = b.description;
        // The builder's own collections, handed over: it copies them before it changes them again.
        this.inputs = b.inputs == null ? Map.of() : Collections.unmodifiableMap(b.inputs);
        this.outcome = b.outcome;
        this.result = b.result;
        this.legalBases = b.legalBases == null ? List.of() : Collections.unmodifiableList(b.legalBases);
        this.children = b.children == null ? List.of() : Collections.unmodifiableList(b.children);
        b.handedOver = true;
    }

    /** A node stamped from a template: every argument already checked, nothing copied. */
    private Explanation(String rule, String description, Map<String, String> inputs, Outcome outcome,
            List<LegalBasis> legalBases, List<Explanation> children) {
        this.rule = rule;
        this.description = description;
        this.inputs = inputs;
        this.outcome = outcome;
        this.result = null;
        this.legalBases = legalBases;
        this.children = children;
    }

    /**
     * Starts an explanation of {@code rule}.
     *
     * @param rule the stable rule id, such as {@code retirement.statutory-month}
     * @return a new builder
     * @throws InvalidInputException with code {@code explanation.rule} if {@code rule} is not
     *     lower-case letters and digits in words joined by {@code .} or {@code -}
     * @throws NullPointerException if {@code rule} is null
     */
    public static Builder builder(String rule) {
        return new Builder(rule);
    }

    /**
     * The stable rule id.
     *
     * @return the rule id
     */
    public String rule() {
        return rule;
    }

    /**
     * The description for people.
     *
     * @return the description, possibly empty
     */
    public String description() {
        return description;
    }

    /**
     * The inputs the rule read, in the order they were added.
     *
     * @return an unmodifiable map from input name to its text
     */
    public Map<String, String> inputs() {
        return inputs;
    }

    /**
     * How the rule came out.
     *
     * @return the outcome
     */
    public Outcome outcome() {
        return outcome;
    }

    /**
     * The computed value, if any.
     *
     * @return the result text, always present for {@link Outcome#VALUE}
     */
    public Optional<String> result() {
        return Optional.ofNullable(result);
    }

    /**
     * The legal bases of the rule.
     *
     * @return an unmodifiable list, possibly empty
     */
    public List<LegalBasis> legalBases() {
        return legalBases;
    }

    /**
     * The explanations of the sub-rules, in order.
     *
     * @return an unmodifiable list, empty for a leaf
     */
    public List<Explanation> children() {
        return children;
    }

    /**
     * The conditions that failed, answering "why not": every {@link Outcome#NOT_SATISFIED}
     * node none of whose children is itself {@code NOT_SATISFIED} (the most specific
     * failures), in depth-first order. The walk does not enter a {@link Outcome#SATISFIED}
     * node: a sub-condition that failed under a condition that held (one branch of an
     * "any of") decided nothing.
     *
     * @return an unmodifiable list, empty when nothing failed
     */
    public List<Explanation> failedConditions() {
        List<Explanation> failed = new ArrayList<>();
        collectFailed(this, failed);
        return Collections.unmodifiableList(failed);
    }

    private static void collectFailed(Explanation node, List<Explanation> failed) {
        if (node.outcome == Outcome.SATISFIED) {
            return;
        }
        boolean failedChild = false;
        for (Explanation child : node.children) {
            if (child.outcome == Outcome.NOT_SATISFIED) {
                failedChild = true;
            }
        }
        if (node.outcome == Outcome.NOT_SATISFIED && !failedChild) {
            failed.add(node);
        }
        for (Explanation child : node.children) {
            collectFailed(child, failed);
        }
    }

    /**
     * The tree as indented plain text for people, one node per line followed by its inputs
     * and legal bases, children indented by two spaces:
     * <pre>
     * [NOT_SATISFIED] category.near-retirement: within 5 years of statutory retirement
     *     inputs: birthMonth=1960-01, asOf=2021-06-30
     *     basis: 辽人社发〔2021〕7号
     *   [VALUE] retirement.statutory-month = 2020-01
     * </pre>
     * Lines end with {@code \n} on every platform.
     *
     * @return the rendered tree
     */
    public String render() {
        StringBuilder sb = new StringBuilder();
        render(sb, 0);
        return sb.toString();
    }

    private void render(StringBuilder sb, int depth) {
        String indent = "  ".repeat(depth);
        sb.append(indent).append('[').append(outcome).append("] ").append(rule);
        if (result != null) {
            sb.append(" = ").append(result);
        }
        if (!description.isEmpty()) {
            sb.append(": ").append(description);
        }
        sb.append('\n');
        if (!inputs.isEmpty()) {
            sb.append(indent).append("    inputs: ");
            String separator = "";
            for (Map.Entry<String, String> e : inputs.entrySet()) {
                sb.append(separator).append(e.getKey()).append('=').append(e.getValue());
                separator = ", ";
            }
            sb.append('\n');
        }
        for (LegalBasis basis : legalBases) {
            sb.append(indent).append("    basis: ").append(basis).append('\n');
        }
        for (Explanation child : children) {
            child.render(sb, depth + 1);
        }
    }

    /**
     * Two explanations are equal when every field and every child is equal.
     *
     * @param o the other object
     * @return true if equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof Explanation e && rule.equals(e.rule) && description.equals(e.description)
                && inputs.equals(e.inputs) && outcome == e.outcome && Objects.equals(result, e.result)
                && legalBases.equals(e.legalBases) && children.equals(e.children);
    }

    @Override
    public int hashCode() {
        return Objects.hash(rule, description, inputs, outcome, result, legalBases, children);
    }

    /**
     * A one-line summary: rule, outcome, result and number of children; use
     * {@link #render()} for the whole tree.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "Explanation[" + rule + " " + outcome + (result == null ? "" : " = " + result)
                + ", " + children.size() + " children]";
    }

    /**
     * Builds an {@link Explanation}. Not thread-safe; use one builder per explanation. A
     * builder may go on after {@link #build()}: what it built does not change.
     */
    public static final class Builder {

        /**
         * Rule ids already found well formed. Recognition starts thousands of explanations per
         * second of a few dozen constant ids; the set stops growing at {@value #KNOWN_RULES_MAX}
         * so that a caller making ids on the fly cannot fill the heap.
         */
        private static final Set<String> KNOWN_RULES = ConcurrentHashMap.newKeySet();
        private static final int KNOWN_RULES_MAX = 4096;

        private final String rule;
        private String description = "";
        // Made on first use (most nodes have no legal basis or no children) and handed to the
        // explanation built; after build() the next change works on a copy.
        private Map<String, String> inputs;
        private Outcome outcome;
        private String result;
        private List<LegalBasis> legalBases;
        private List<Explanation> children;
        private boolean handedOver;

        private Builder(String rule) {
            Objects.requireNonNull(rule, "rule");
            if (!KNOWN_RULES.contains(rule)) {
                if (!isRuleId(rule)) {
                    throw new InvalidInputException(new Violation("rule", "explanation.rule",
                            "a rule id is lower-case words joined by '.' or '-', such as retirement.statutory-month"));
                }
                if (KNOWN_RULES.size() < KNOWN_RULES_MAX) {
                    KNOWN_RULES.add(rule);
                }
            }
            this.rule = rule;
        }

        /** After build(): copies the collections the explanation now holds before changing them. */
        private void unshare() {
            if (handedOver) {
                handedOver = false;
                if (inputs != null) {
                    inputs = new LinkedHashMap<>(inputs);
                }
                if (legalBases != null) {
                    legalBases = new ArrayList<>(legalBases);
                }
                if (children != null) {
                    children = new ArrayList<>(children);
                }
            }
        }

        /**
         * Sets the description for people.
         *
         * @param description a short sentence
         * @return this builder
         * @throws NullPointerException if {@code description} is null
         */
        public Builder description(String description) {
            this.description = Objects.requireNonNull(description, "description");
            return this;
        }

        /**
         * Records an input the rule read. Mask personal data before passing it.
         *
         * @param name the input's name, unique within this node
         * @param value the input's value as text, already masked if personal
         * @return this builder
         * @throws InvalidInputException with code {@code explanation.input} if {@code name} is
         *     blank or already recorded
         * @throws NullPointerException if an argument is null
         */
        public Builder input(String name, String value) {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(value, "value");
            if (name.isBlank() || inputs != null && inputs.containsKey(name)) {
                throw new InvalidInputException(new Violation("inputs", "explanation.input",
                        "an input name must be non-blank and recorded once"));
            }
            unshare();
            if (inputs == null) {
                inputs = new LinkedHashMap<>();
            }
            inputs.put(name, value);
            return this;
        }

        /**
         * Sets the outcome.
         *
         * @param outcome the outcome
         * @return this builder
         * @throws NullPointerException if {@code outcome} is null
         */
        public Builder outcome(Outcome outcome) {
            this.outcome = Objects.requireNonNull(outcome, "outcome");
            return this;
        }

        /**
         * Sets the outcome to {@link Outcome#SATISFIED} when {@code holds}, else to
         * {@link Outcome#NOT_SATISFIED}.
         *
         * @param holds whether the condition holds
         * @return this builder
         */
        public Builder satisfied(boolean holds) {
            return outcome(holds ? Outcome.SATISFIED : Outcome.NOT_SATISFIED);
        }

        /**
         * Sets the outcome to {@link Outcome#VALUE} with {@code result} as the value.
         *
         * @param result the computed value as text
         * @return this builder
         * @throws NullPointerException if {@code result} is null
         */
        public Builder value(String result) {
            outcome(Outcome.VALUE);
            return result(result);
        }

        /**
         * Sets the result text without changing the outcome, for a condition that also
         * reports a value.
         *
         * @param result the result text
         * @return this builder
         * @throws NullPointerException if {@code result} is null
         */
        public Builder result(String result) {
            this.result = Objects.requireNonNull(result, "result");
            return this;
        }

        /**
         * Adds a legal basis.
         *
         * @param basis the legal basis
         * @return this builder
         * @throws NullPointerException if {@code basis} is null
         */
        public Builder legalBasis(LegalBasis basis) {
            Objects.requireNonNull(basis, "basis");
            unshare();
            if (legalBases == null) {
                legalBases = new ArrayList<>(2);
            }
            legalBases.add(basis);
            return this;
        }

        /**
         * Adds the explanation of a sub-rule.
         *
         * @param child the child explanation
         * @return this builder
         * @throws NullPointerException if {@code child} is null
         */
        public Builder child(Explanation child) {
            Objects.requireNonNull(child, "child");
            unshare();
            if (children == null) {
                children = new ArrayList<>();
            }
            children.add(child);
            return this;
        }

        /**
         * Adds the explanations of several sub-rules, in order.
         *
         * @param children the child explanations
         * @return this builder
         * @throws NullPointerException if the list or an element is null
         */
        public Builder children(List<Explanation> children) {
            for (Explanation child : children) {
                child(child);
            }
            return this;
        }

        /**
         * Builds the explanation.
         *
         * @return the explanation
         * @throws InvalidInputException with code {@code explanation.outcome} if no outcome
         *     was set, or the outcome is {@link Outcome#VALUE} without a result
         */
        public Explanation build() {
            if (outcome == null) {
                throw new InvalidInputException(new Violation("outcome", "explanation.outcome",
                        "an explanation needs an outcome"));
            }
            if (outcome == Outcome.VALUE && result == null) {
                throw new InvalidInputException(new Violation("result", "explanation.outcome",
                        "an explanation of a computed value needs the value"));
            }
            return new Explanation(this);
        }

        /**
         * Makes a template of the nodes this builder describes: its rule, description,
         * inputs (names and order) and legal bases, checked once here. The inputs named in
         * {@code variables} take a value of their own in each node ({@link Template#node});
         * the values this builder holds for them are placeholders. The builder's outcome,
         * result and children are not part of the template. The builder may go on afterwards:
         * the template does not change.
         *
         * @param variables the names of the inputs whose values differ from node to node, in
         *     any order (the nodes keep the order the inputs were added in)
         * @return the template
         * @throws InvalidInputException with code {@code explanation.input} if a variable is not
         *     an input of this builder or is named twice
         * @throws NullPointerException if the array or an element is null
         */
        public Template template(String... variables) {
            int n = inputs == null ? 0 : inputs.size();
            String[] names = new String[n];
            String[] values = new String[n];
            int i = 0;
            if (inputs != null) {
                for (Map.Entry<String, String> e : inputs.entrySet()) {
                    names[i] = e.getKey();
                    values[i++] = e.getValue();
                }
            }
            int[] positions = new int[variables.length];
            for (int v = 0; v < variables.length; v++) {
                Objects.requireNonNull(variables[v], "variable");
                int at = Arrays.asList(names).indexOf(variables[v]);
                for (int w = 0; w < v && at >= 0; w++) {
                    if (positions[w] == at) {
                        at = -1;
                    }
                }
                if (at < 0) {
                    throw new InvalidInputException(new Violation("variables", "explanation.input",
                            "a variable input must be one of the template's inputs, named once"));
                }
                positions[v] = at;
            }
            return new Template(rule, description, names, values, positions,
                    legalBases == null ? List.of() : List.copyOf(legalBases));
        }

        private static boolean isRuleId(String rule) {
            if (rule.isEmpty()) {
                return false;
            }
            boolean wordStart = true;
            for (int i = 0; i < rule.length(); i++) {
                char c = rule.charAt(i);
                boolean word = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
                if (word) {
                    wordStart = false;
                } else if ((c == '.' || c == '-') && !wordStart) {
                    wordStart = true;
                } else {
                    return false;
                }
            }
            return !wordStart;
        }
    }

    /**
     * The shape of many explanation nodes, checked once: rule, description, input names in
     * order, the values of the inputs that do not vary, and legal bases. {@link #node} stamps
     * a node of that shape with its own outcome, children and values of the variable inputs,
     * without checking the rule id or the input names again and without copying the shared
     * parts: a program that explains the same rule for many people makes its template once
     * and its nodes cheaply. A stamped node is {@linkplain Explanation#equals equal} to the
     * same node built by a {@link Builder}, renders the same, and keeps its inputs in the
     * template's order.
     *
     * <p>Made by {@link Builder#template(String...)}. Immutable and thread-safe.
     */
    public static final class Template {

        private final String rule;
        private final String description;
        private final String[] names;
        /** The inputs' values in order; those at {@link #variables} are placeholders. */
        private final String[] values;
        /** The positions in {@link #names} of the variable inputs, in the order their values are given. */
        private final int[] variables;
        private final List<LegalBasis> legalBases;
        /** The inputs of every node, when none varies. */
        private final Map<String, String> fixed;

        private Template(String rule, String description, String[] names, String[] values, int[] variables,
                List<LegalBasis> legalBases) {
            this.rule = rule;
            this.description = description;
            this.names = names;
            this.values = values;
            this.variables = variables;
            this.legalBases = legalBases;
            this.fixed = names.length == 0 ? Map.of() : variables.length == 0 ? new Inputs(names, values) : null;
        }

        /**
         * The rule id of the template's nodes.
         *
         * @return the rule id
         */
        public String rule() {
            return rule;
        }

        /**
         * How many inputs vary from node to node: {@link #node} takes this many values.
         *
         * @return the number of variable inputs
         */
        public int variables() {
            return variables.length;
        }

        /**
         * A node of this template.
         *
         * @param outcome the node's outcome; not {@link Outcome#VALUE}, which needs a result
         * @param children the explanations of the sub-rules, in order; kept as given when the
         *     list is already unmodifiable in the way {@link List#copyOf} keeps, else copied
         * @param variableValues the values of the variable inputs, in the order they were
         *     named to {@link Builder#template(String...)}, already masked if personal
         * @return the node
         * @throws InvalidInputException with code {@code explanation.outcome} if the outcome is
         *     {@link Outcome#VALUE}; with code {@code explanation.input} if the number of values
         *     is not the number of variable inputs
         * @throws NullPointerException if an argument, a child or a value is null
         */
        public Explanation node(Outcome outcome, List<Explanation> children, String... variableValues) {
            Objects.requireNonNull(outcome, "outcome");
            if (outcome == Outcome.VALUE) {
                throw new InvalidInputException(new Violation("result", "explanation.outcome",
                        "an explanation of a computed value needs the value"));
            }
            List<Explanation> kids = List.copyOf(children);
            if (variableValues.length != variables.length) {
                throw new InvalidInputException(new Violation("inputs", "explanation.input",
                        "a template node needs one value per variable input"));
            }
            Map<String, String> inputs = fixed;
            if (inputs == null) {
                String[] mine = values.clone();
                for (int v = 0; v < variables.length; v++) {
                    mine[variables[v]] = Objects.requireNonNull(variableValues[v], "value");
                }
                inputs = new Inputs(names, mine);
            }
            return new Explanation(rule, description, inputs, outcome, legalBases, kids);
        }

        /**
         * A node of this template with {@link Outcome#SATISFIED} when {@code holds}, else
         * {@link Outcome#NOT_SATISFIED}; see {@link #node}.
         *
         * @param holds whether the condition holds
         * @param children the explanations of the sub-rules, in order
         * @param variableValues the values of the variable inputs
         * @return the node
         * @throws InvalidInputException with code {@code explanation.input} if the number of
         *     values is not the number of variable inputs
         * @throws NullPointerException if an argument, a child or a value is null
         */
        public Explanation satisfied(boolean holds, List<Explanation> children, String... variableValues) {
            return node(holds ? Outcome.SATISFIED : Outcome.NOT_SATISFIED, children, variableValues);
        }

        /**
         * A one-line summary: rule, number of inputs and of variable inputs.
         *
         * @return the summary
         */
        @Override
        public String toString() {
            return "Explanation.Template[" + rule + ", " + names.length + " inputs, " + variables.length
                    + " variable]";
        }
    }

    /**
     * The inputs of a stamped node: the template's names and the node's values, in order. A
     * node has a handful of inputs, so a look-up walks them.
     */
    private static final class Inputs extends AbstractMap<String, String> {
        private final String[] names;
        private final String[] values;

        Inputs(String[] names, String[] values) {
            this.names = names;
            this.values = values;
        }

        @Override
        public int size() {
            return names.length;
        }

        @Override
        public boolean containsKey(Object key) {
            return indexOf(key) >= 0;
        }

        @Override
        public String get(Object key) {
            int i = indexOf(key);
            return i < 0 ? null : values[i];
        }

        private int indexOf(Object key) {
            for (int i = 0; i < names.length; i++) {
                if (names[i].equals(key)) {
                    return i;
                }
            }
            return -1;
        }

        @Override
        public Set<Map.Entry<String, String>> entrySet() {
            return new AbstractSet<>() {
                @Override
                public int size() {
                    return names.length;
                }

                @Override
                public Iterator<Map.Entry<String, String>> iterator() {
                    return new Iterator<>() {
                        private int next;

                        @Override
                        public boolean hasNext() {
                            return next < names.length;
                        }

                        @Override
                        public Map.Entry<String, String> next() {
                            if (next >= names.length) {
                                throw new NoSuchElementException();
                            }
                            int i = next++;
                            return new AbstractMap.SimpleImmutableEntry<>(names[i], values[i]);
                        }
                    };
                }
            };
        }
    }
}
