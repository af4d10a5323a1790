package org.jobassist.impl.internal.recognition;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fast path of a catalogue version whose every category's condition is a conjunction of
 * leaves and negated leaves (after {@code all} is flattened, {@code not} pushed down to the
 * leaves and {@code not any} read as {@code all not}), as the Liaoning catalogue's are. Each
 * distinct leaf is evaluated at most once per person, cheapest first, and only while some
 * category still undecided reads it; a category is a bit of a {@code long} that a leaf's
 * outcome clears when the category needs the other outcome. A person not registered
 * unemployed, say, is decided by that one leaf. With one table of facts, the flag leaves are
 * tested together where the first of them comes, on the flags of the person's row: a person
 * without flags (most people) then has every category that needs one closed before any test
 * those categories alone need (the referrals of the reference gate, the age, the county).
 * Immutable and thread-safe; the per-person state lives in the {@link Evaluation}.
 *
 * <p>It decides exactly as the categories' {@link Node} trees do: a conjunction holds when
 * every literal holds, and a category stays set only once every leaf it reads has been
 * evaluated with the outcome it needs. A leaf that fails (a pack value missing) fails the
 * person as the tree would, since the trees also evaluate every leaf a surviving category
 * reads.
 */
final class FlatProgram {

    /** The most categories a program decides: one bit of a {@code long} each. */
    static final int MAX_CATEGORIES = Long.SIZE;

    /** The distinct leaves, in the order they are evaluated: cheapest first, then first read. */
    private final Leaf[] leaves;
    /** What class of leaf each is ({@link #kindOf}), so that the call can be made to the class itself. */
    private final byte[] kinds;
    /** The categories that read leaf {@code i}. */
    private final long[] readers;
    /** The categories that need leaf {@code i} false (they read it negated). */
    private final long[] clearedIfTrue;
    /** The categories that need leaf {@code i} true. */
    private final long[] clearedIfFalse;
    /** Every category that can hold: those that cannot (an empty {@code any}) are never set. */
    private final long start;
    private final int categories;
    /**
     * With one table of facts ({@link Facts#table()}): the indices of the flag leaves, all
     * tested together where the first of them comes, on the row's flags of the date (a flag
     * leaf reads nothing else, and cannot fail); null when the registries are asked one by one.
     */
    private final int[] flagLeaves;
    /** The bit of each of {@link #flagLeaves} in the flags of a row ({@link Leaves.RegistryFlagLeaf#bit()}). */
    private final int[] flagBits;

    private FlatProgram(Leaf[] leaves, long[] readers, long[] clearedIfTrue, long[] clearedIfFalse, long start,
            int categories, boolean oneRow) {
        this.leaves = leaves;
        this.kinds = new byte[leaves.length];
        for (int i = 0; i < leaves.length; i++) {
            kinds[i] = kindOf(leaves[i]);
        }
        int[] flags = new int[leaves.length];
        int n = 0;
        for (int i = 0; i < leaves.length; i++) {
            if (kinds[i] == FLAG) {
                flags[n++] = i;
            }
        }
        this.flagLeaves = oneRow ? Arrays.copyOf(flags, n) : null;
        this.flagBits = oneRow ? new int[n] : null;
        for (int j = 0; oneRow && j < n; j++) {
            flagBits[j] = ((Leaves.RegistryFlagLeaf) leaves[flags[j]]).bit();
        }
        this.readers = readers;
        this.clearedIfTrue = clearedIfTrue;
        this.clearedIfFalse = clearedIfFalse;
        this.start = start;
        this.categories = categories;
    }

    /**
     * The program of {@code roots}, the full condition of each category in order, or null
     * when one is not a conjunction of literals or there are more than {@link #MAX_CATEGORIES}.
     *
     * @param roots the compiled conditions
     * @param oneRow whether the facts are one table whose row of a person holds all their
     *     flags ({@link Facts#table()}): then the flags are tested together
     * @return the program, or null
     */
    static FlatProgram of(Node[] roots, boolean oneRow) {
        if (roots.length > MAX_CATEGORIES) {
            return null;
        }
        Map<Leaf, Integer> index = new IdentityHashMap<>();
        List<Leaf> order = new ArrayList<>();
        List<long[]> masks = new ArrayList<>();
        long start = 0;
        for (int c = 0; c < roots.length; c++) {
            List<Leaf> positive = new ArrayList<>();
            List<Leaf> negative = new ArrayList<>();
            Boolean shape = collect(roots[c], true, positive, negative);
            if (shape == null) {
                return null;
            }
            if (!shape) {
                continue;
            }
            start |= 1L << c;
            for (int sign = 0; sign < 2; sign++) {
                for (Leaf leaf : sign == 0 ? positive : negative) {
                    Integer i = index.get(leaf);
                    if (i == null) {
                        i = order.size();
                        index.put(leaf, i);
                        order.add(leaf);
                        masks.add(new long[3]);
                    }
                    long[] m = masks.get(i);
                    m[0] |= 1L << c;
                    m[sign == 0 ? 2 : 1] |= 1L << c;
                }
            }
        }
        // Stable: leaves of equal cost keep the order in which the categories first read them.
        Integer[] byCost = new Integer[order.size()];
        for (int i = 0; i < byCost.length; i++) {
            byCost[i] = i;
        }
        Arrays.sort(byCost, Comparator.comparingInt(i -> order.get(i).cost));
        Leaf[] leaves = new Leaf[byCost.length];
        long[] readers = new long[byCost.length];
        long[] clearedIfTrue = new long[byCost.length];
        long[] clearedIfFalse = new long[byCost.length];
        for (int j = 0; j < byCost.length; j++) {
            int i = byCost[j];
            leaves[j] = order.get(i);
            readers[j] = masks.get(i)[0];
            clearedIfTrue[j] = masks.get(i)[1];
            clearedIfFalse[j] = masks.get(i)[2];
        }
        return new FlatProgram(leaves, readers, clearedIfTrue, clearedIfFalse, start, roots.length, oneRow);
    }

    /**
     * Adds the literals of {@code n} (negated when not {@code positive}) to the lists.
     *
     * @return true if the literals are the whole condition, false if the condition can never
     *     hold (an empty {@code any}, a negated empty {@code all}), null if it is not a conjunction
     */
    private static Boolean collect(Node n, boolean positive, List<Leaf> pos, List<Leaf> neg) {
        if (n instanceof Leaf leaf) {
            (positive ? pos : neg).add(leaf);
            return true;
        }
        if (n instanceof Node.Negation not) {
            return collect(not.child, !positive, pos, neg);
        }
        Node[] children;
        boolean conjunction;
        if (n instanceof Node.All all) {
            children = all.inOrder;
            conjunction = positive;
        } else if (n instanceof Node.Any any) {
            children = any.inOrder;
            conjunction = !positive;
        } else {
            return null;
        }
        if (!conjunction && children.length != 1) {
            // A disjunction: of one child it is that child, of none it never holds.
            return children.length == 0 ? Boolean.FALSE : null;
        }
        boolean holds = true;
        for (Node child : children) {
            Boolean c = collect(child, positive, pos, neg);
            if (c == null) {
                return null;
            }
            holds &= c;
        }
        return holds;
    }

    /** Decides every category for the evaluation's person into {@code decisions}. */
    void decide(Evaluation e, boolean[] decisions) {
        long open = start;
        Leaf[] ls = leaves;
        boolean flagsTested = false;
        for (int i = 0; i < ls.length && open != 0; i++) {
            if ((open & readers[i]) != 0) {
                byte kind = kinds[i];
                if (kind == FLAG && flagLeaves != null) {
                    if (!flagsTested) {
                        open = flags(e, open);
                        flagsTested = true;
                    }
                    continue;
                }
                open &= ~(evaluate(kind, ls[i], e) ? clearedIfTrue[i] : clearedIfFalse[i]);
            }
        }
        for (int c = 0; c < categories; c++) {
            decisions[c] = (open & (1L << c)) != 0;
        }
    }

    /**
     * Tests every flag leaf that an open category reads, on the flags of the person's row:
     * a few instructions each, where a leaf called on its own costs a call and the row's mask
     * read again.
     */
    private long flags(Evaluation e, long open) {
        int held = e.flagsOnTheDay();
        int[] fs = flagLeaves;
        for (int j = 0; j < fs.length; j++) {
            int i = fs[j];
            if ((open & readers[i]) != 0) {
                open &= ~((held & flagBits[j]) != 0 ? clearedIfTrue[i] : clearedIfFalse[i]);
            }
        }
        return open;
    }

    private static final byte OTHER = 0;
    private static final byte REGISTERED = 1;
    private static final byte NEAR_RETIREMENT = 2;
    private static final byte AGE = 3;
    private static final byte ZERO_EMPLOYMENT = 4;
    private static final byte FLAG = 5;
    private static final byte COUNTY = 6;
    private static final byte MONTHS = 7;
    private static final byte REFERRALS = 8;

    private static byte kindOf(Leaf leaf) {
        if (leaf instanceof Leaves.RegisteredUnemployed) {
            return REGISTERED;
        } else if (leaf instanceof Leaves.NearRetirement) {
            return NEAR_RETIREMENT;
        } else if (leaf instanceof Leaves.AgeAtLeastLeaf) {
            return AGE;
        } else if (leaf instanceof Leaves.ZeroEmploymentMember) {
            return ZERO_EMPLOYMENT;
        } else if (leaf instanceof Leaves.RegistryFlagLeaf) {
            return FLAG;
        } else if (leaf instanceof Leaves.CountySet) {
            return COUNTY;
        } else if (leaf instanceof Leaves.UnemployedMonths) {
            return MONTHS;
        } else if (leaf instanceof Leaves.Referrals) {
            return REFERRALS;
        }
        return OTHER;
    }

    /**
     * {@code leaf.evaluate(e)}, called on the leaf's own class: a call through the base class
     * from one place for eight classes is not inlined, and this loop makes it for every leaf
     * of every person.
     */
    private static boolean evaluate(byte kind, Leaf leaf, Evaluation e) {
        switch (kind) {
            case REGISTERED:
                return ((Leaves.RegisteredUnemployed) leaf).evaluate(e);
            case NEAR_RETIREMENT:
                return ((Leaves.NearRetirement) leaf).evaluate(e);
            case AGE:
                return ((Leaves.AgeAtLeastLeaf) leaf).evaluate(e);
            case ZERO_EMPLOYMENT:
                return ((Leaves.ZeroEmploymentMember) leaf).evaluate(e);
            case FLAG:
                return ((Leaves.RegistryFlagLeaf) leaf).evaluate(e);
            case COUNTY:
                return ((Leaves.CountySet) leaf).evaluate(e);
            case MONTHS:
                return ((Leaves.UnemployedMonths) leaf).evaluate(e);
            case REFERRALS:
                return ((Leaves.Referrals) leaf).evaluate(e);
            default:
                return leaf.evaluate(e);
        }
    }

    /** The leaves in the order they are evaluated; for tests. */
    List<Leaf> leaves() {
        return List.of(leaves);
    }
}
