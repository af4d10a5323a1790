package org.jobassist.impl.internal.family;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.family.Kinship;
import org.jobassist.api.family.KinshipStep;
import org.jobassist.api.identity.Gender;

/**
 * One walk from a subject over the relations in force on one day, at most three steps deep:
 * parents, children and spouses, and through them siblings, grandparents, grandchildren,
 * in-laws and step-relations without support. For each relative and kind it keeps the first
 * path found. Not thread-safe: one walk per query.
 */
final class KinshipWalk {

    /** A relation found: the relative's slot, the kind, and the steps from the subject. */
    record Found(int relative, Kinship kind, List<KinshipStep> path) {}

    private final PersonIndex index;
    private final int subject;
    private final long day;
    private final Map<Long, Found> found = new LinkedHashMap<>();

    KinshipWalk(PersonIndex index, int subject, long day) {
        this.index = index;
        this.subject = subject;
        this.day = day;
    }

    /**
     * Walks and answers the relations, in the order found.
     *
     * @return the findings; empty if the subject was not born on the day
     */
    List<Found> run() {
        if (index.birth[subject] > day) {
            return List.of();
        }
        for (int up : index.asChild[subject]) {
            if (index.parentageActive(up, day)) {
                walkParent(up);
            }
        }
        for (int down : index.asParent[subject]) {
            if (index.parentageActive(down, day)) {
                walkChild(down);
            }
        }
        for (int m : index.marriagesOf[subject]) {
            if (index.marriageActive(m, day)) {
                walkSpouse(m);
            }
        }
        return new ArrayList<>(found.values());
    }

    private void walkParent(int up) {
        int parent = index.parentOf[up];
        List<KinshipStep> toParent = List.of(parentStep(subject, up));
        add(parent, Kinship.PARENT, toParent);
        Kinship grandparent = index.male[parent] ? Kinship.PATERNAL_GRANDPARENT : Kinship.MATERNAL_GRANDPARENT;
        for (int up2 : index.asChild[parent]) {
            if (index.parentageActive(up2, day)) {
                add(index.parentOf[up2], grandparent, extend(toParent, parentStep(parent, up2)));
            }
        }
        for (int down : index.asParent[parent]) {
            int sibling = index.childOf[down];
            if (sibling != subject && index.parentageActive(down, day)) {
                List<KinshipStep> toSibling = extend(toParent, childStep(parent, down));
                add(sibling, Kinship.SIBLING, toSibling);
                for (int m : index.marriagesOf[sibling]) {
                    if (index.marriageActive(m, day)) {
                        add(index.spouseIn(m, sibling), Kinship.SIBLING_IN_LAW, extend(toSibling, spouseStep(sibling, m)));
                    }
                }
            }
        }
        for (int m : index.marriagesOf[parent]) {
            int stepParent = index.spouseIn(m, parent);
            if (index.marriageActive(m, day) && !isActiveParent(stepParent)) {
                add(stepParent, Kinship.STEP_PARENT, extend(toParent, spouseStep(parent, m)));
            }
        }
    }

    private void walkChild(int down) {
        int child = index.childOf[down];
        List<KinshipStep> toChild = List.of(childStep(subject, down));
        add(child, Kinship.CHILD, toChild);
        Kinship grandchild = index.male[child] ? Kinship.GRANDCHILD_THROUGH_SON : Kinship.GRANDCHILD_THROUGH_DAUGHTER;
        for (int down2 : index.asParent[child]) {
            if (index.parentageActive(down2, day)) {
                add(index.childOf[down2], grandchild, extend(toChild, childStep(child, down2)));
            }
        }
        for (int m : index.marriagesOf[child]) {
            if (index.marriageActive(m, day)) {
                add(index.spouseIn(m, child), Kinship.CHILD_IN_LAW, extend(toChild, spouseStep(child, m)));
            }
        }
    }

    private void walkSpouse(int m) {
        int spouse = index.spouseIn(m, subject);
        List<KinshipStep> toSpouse = List.of(spouseStep(subject, m));
        add(spouse, Kinship.SPOUSE, toSpouse);
        for (int up : index.asChild[spouse]) {
            if (index.parentageActive(up, day)) {
                int parentInLaw = index.parentOf[up];
                List<KinshipStep> toParentInLaw = extend(toSpouse, parentStep(spouse, up));
                add(parentInLaw, Kinship.PARENT_IN_LAW, toParentInLaw);
                for (int down : index.asParent[parentInLaw]) {
                    int siblingInLaw = index.childOf[down];
                    if (siblingInLaw != spouse && index.parentageActive(down, day)) {
                        add(siblingInLaw, Kinship.SIBLING_IN_LAW, extend(toParentInLaw, childStep(parentInLaw, down)));
                    }
                }
            }
        }
        for (int down : index.asParent[spouse]) {
            int stepChild = index.childOf[down];
            if (index.parentageActive(down, day) && !isActiveChild(stepChild)) {
                add(stepChild, Kinship.STEP_CHILD, extend(toSpouse, childStep(spouse, down)));
            }
        }
    }

    private boolean isActiveParent(int person) {
        for (int up : index.asChild[subject]) {
            if (index.parentOf[up] == person && index.parentageActive(up, day)) {
                return true;
            }
        }
        return false;
    }

    private boolean isActiveChild(int person) {
        for (int down : index.asParent[subject]) {
            if (index.childOf[down] == person && index.parentageActive(down, day)) {
                return true;
            }
        }
        return false;
    }

    private void add(int relative, Kinship kind, List<KinshipStep> path) {
        if (relative != subject) {
            found.putIfAbsent(((long) relative << 5) | kind.ordinal(), new Found(relative, kind, path));
        }
    }

    private KinshipStep parentStep(int from, int parentage) {
        int to = index.parentOf[parentage];
        return new KinshipStep(index.ids[from], KinshipStep.Link.PARENT, index.parentageKind[parentage],
                index.ids[to], gender(to));
    }

    private KinshipStep childStep(int from, int parentage) {
        int to = index.childOf[parentage];
        return new KinshipStep(index.ids[from], KinshipStep.Link.CHILD, index.parentageKind[parentage],
                index.ids[to], gender(to));
    }

    private KinshipStep spouseStep(int from, int marriage) {
        int to = index.spouseIn(marriage, from);
        return new KinshipStep(index.ids[from], KinshipStep.Link.SPOUSE, null, index.ids[to], gender(to));
    }

    private Gender gender(int person) {
        return index.male[person] ? Gender.MALE : Gender.FEMALE;
    }

    private static List<KinshipStep> extend(List<KinshipStep> path, KinshipStep step) {
        List<KinshipStep> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(step);
        return longer;
    }
}
