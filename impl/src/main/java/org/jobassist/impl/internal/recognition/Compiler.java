package org.jobassist.impl.internal.recognition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.category.AgeAtLeast;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.ReferralsAcceptedAtLeast;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.WithinYearsOfRetirement;

/**
 * Compiles conditions of one catalogue version into {@link Node}s, equal conditions into one
 * node with one memo slot. Not thread-safe; used once per version.
 */
final class Compiler {

    private final Map<Condition, Node> nodes = new HashMap<>();
    /** Whether every registry is one table whose row of a person holds all their flags ({@link Facts#table()}). */
    private final boolean oneRow;

    /**
     * A compiler for facts read as {@code oneRow} says.
     *
     * @param oneRow whether every registry is one table whose row of a person holds all their
     *     flags, so that a flag costs a bit of a row read once ({@link Facts#table()})
     */
    Compiler(boolean oneRow) {
        this.oneRow = oneRow;
    }

    int slots() {
        return nodes.size();
    }

    Node compile(Condition c) {
        Node known = nodes.get(c);
        if (known != null) {
            return known;
        }
        Node made;
        switch (c.kind()) {
            case ALL:
                made = new Node.All(c, children(((AllOf) c).conditions()), nodes.size());
                break;
            case ANY:
                made = new Node.Any(c, children(((AnyOf) c).conditions()), nodes.size());
                break;
            case NOT:
                made = new Node.Negation(c, compile(((Not) c).condition()), nodes.size());
                break;
            default:
                made = leaf(c, nodes.size());
                break;
        }
        nodes.put(c, made);
        return made;
    }

    private List<Node> children(List<Condition> conditions) {
        List<Node> nodes = new ArrayList<>(conditions.size());
        for (Condition c : conditions) {
            nodes.add(compile(c));
        }
        return nodes;
    }

    private Leaf leaf(Condition c, int slot) {
        switch (c.kind()) {
            case REGISTERED_UNEMPLOYED:
                return new Leaves.RegisteredUnemployed(c, slot);
            case WITHIN_YEARS_OF_RETIREMENT:
                return new Leaves.NearRetirement((WithinYearsOfRetirement) c, slot);
            case AGE_AT_LEAST:
                return new Leaves.AgeAtLeastLeaf((AgeAtLeast) c, slot);
            case ZERO_EMPLOYMENT_FAMILY_MEMBER:
                return new Leaves.ZeroEmploymentMember(c, slot);
            case REGISTRY_FLAG:
                return new Leaves.RegistryFlagLeaf((HoldsRegistryFlag) c, oneRow, slot);
            case RESIDES_IN_COUNTY_SET:
                return new Leaves.CountySet((ResidesInCountySet) c, slot);
            case UNEMPLOYED_AT_LEAST_MONTHS:
                return new Leaves.UnemployedMonths((UnemployedAtLeastMonths) c, slot);
            case REFERRALS_ACCEPTED_AT_LEAST:
                return new Leaves.Referrals((ReferralsAcceptedAtLeast) c, slot);
            default:
                throw new IllegalArgumentException("not a leaf condition: " + c.kind());
        }
    }
}
