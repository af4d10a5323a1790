package org.jobassist.api.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jobassist.api.error.Violation;

/**
 * Checks the facts of a kinship graph against each other and collects every violation; see
 * {@link KinshipGraph} for the codes. Stateless: one instance per check.
 */
final class GraphValidator {

    private final List<KinPerson> people;
    private final List<Marriage> marriages;
    private final List<Parentage> parentages;
    private final List<LivingTogether> livingTogether;
    private final List<Residence> residences;
    private final Map<PersonId, KinPerson> byId = new HashMap<>();
    private final List<Violation> faults = new ArrayList<>();

    GraphValidator(List<KinPerson> people, List<Marriage> marriages, List<Parentage> parentages,
                   List<LivingTogether> livingTogether, List<Residence> residences) {
        this.people = people;
        this.marriages = marriages;
        this.parentages = parentages;
        this.livingTogether = livingTogether;
        this.residences = residences;
    }

    List<Violation> validate() {
        checkPeople();
        checkMarriages();
        checkParentages();
        checkLivingTogether();
        for (int i = 0; i < residences.size(); i++) {
            known(residences.get(i).person(), "residences[" + i + "].person");
        }
        return faults;
    }

    private void checkPeople() {
        for (int i = 0; i < people.size(); i++) {
            KinPerson p = people.get(i);
            if (byId.putIfAbsent(p.id(), p) != null) {
                fault("people[" + i + "].id", "kinship.duplicate-person", "a person appears more than once");
            }
        }
    }

    private void checkMarriages() {
        Map<PersonId, List<Integer>> byPerson = new HashMap<>();
        for (int i = 0; i < marriages.size(); i++) {
            Marriage m = marriages.get(i);
            String at = "marriages[" + i + "]";
            boolean ok = known(m.a(), at + ".a") & known(m.b(), at + ".b");
            if (m.a().equals(m.b())) {
                fault(at + ".b", "kinship.self-relation", "a person cannot marry themselves");
                continue;
            }
            if (!ok) {
                continue;
            }
            KinPerson a = byId.get(m.a());
            KinPerson b = byId.get(m.b());
            if (m.start().isBefore(a.birthDate()) || m.start().isBefore(b.birthDate())) {
                fault(at + ".start", "kinship.before-birth", "a marriage cannot start before a spouse's birth");
            } else if (diedBefore(a, m.start()) || diedBefore(b, m.start())) {
                fault(at + ".start", "kinship.after-death", "a marriage cannot start after a spouse's death");
            }
            if (m.endReason() == MarriageEnd.DEATH && !m.end().equals(a.deathDate()) && !m.end().equals(b.deathDate())) {
                fault(at + ".end", "kinship.marriage-end",
                        "a marriage ended by death ends on the date of death of a spouse");
            }
            byPerson.computeIfAbsent(m.a(), k -> new ArrayList<>()).add(i);
            byPerson.computeIfAbsent(m.b(), k -> new ArrayList<>()).add(i);
        }
        Set<Integer> overlapping = new HashSet<>();
        for (List<Integer> list : byPerson.values()) {
            for (int x = 0; x < list.size(); x++) {
                for (int y = x + 1; y < list.size(); y++) {
                    int i = list.get(x);
                    int j = list.get(y);
                    if (overlap(marriages.get(i), marriages.get(j))) {
                        overlapping.add(Math.max(i, j));
                    }
                }
            }
        }
        overlapping.stream().sorted().forEach(j -> fault("marriages[" + j + "].start", "kinship.marriage-overlap",
                "a person cannot be in two marriages at the same time"));
    }

    private boolean overlap(Marriage m, Marriage n) {
        return !m.start().isAfter(effectiveEnd(n)) && !n.start().isAfter(effectiveEnd(m));
    }

    private LocalDate effectiveEnd(Marriage m) {
        LocalDate end = m.end() == null ? LocalDate.MAX : m.end();
        end = earlier(end, byId.get(m.a()).deathDate());
        return earlier(end, byId.get(m.b()).deathDate());
    }

    private static LocalDate earlier(LocalDate d, LocalDate other) {
        return other != null && other.isBefore(d) ? other : d;
    }

    private static boolean diedBefore(KinPerson p, LocalDate date) {
        return p.deathDate() != null && p.deathDate().isBefore(date);
    }

    private void checkParentages() {
        Map<PersonId, List<Integer>> birthParents = new HashMap<>();
        Map<List<PersonId>, List<Integer>> byPair = new HashMap<>();
        Map<PersonId, List<Integer>> edgesFromParent = new HashMap<>();
        for (int i = 0; i < parentages.size(); i++) {
            Parentage p = parentages.get(i);
            String at = "parentages[" + i + "]";
            boolean ok = known(p.parent(), at + ".parent") & known(p.child(), at + ".child");
            if (p.parent().equals(p.child())) {
                fault(at + ".child", "kinship.self-relation", "a person cannot be their own parent");
                continue;
            }
            if (!ok) {
                continue;
            }
            edgesFromParent.computeIfAbsent(p.parent(), k -> new ArrayList<>()).add(i);
            KinPerson parent = byId.get(p.parent());
            KinPerson child = byId.get(p.child());
            if (!parent.birthDate().isBefore(child.birthDate())) {
                fault(at + ".child", "kinship.child-before-parent", "a child cannot be born before their parent");
            }
            if (p.from() != null) {
                if (p.from().isBefore(child.birthDate())) {
                    fault(at + ".from", "kinship.before-birth",
                            "an adoption or step-relation cannot start before the child's birth");
                } else if (diedBefore(parent, p.from()) || diedBefore(child, p.from())) {
                    fault(at + ".from", "kinship.after-death",
                            "an adoption or step-relation cannot start after a death");
                }
            } else {
                birthParents.computeIfAbsent(p.child(), k -> new ArrayList<>()).add(i);
            }
            List<Integer> same = byPair.computeIfAbsent(List.of(p.parent(), p.child()), k -> new ArrayList<>());
            for (int j : same) {
                if (overlap(parentages.get(j), p, child)) {
                    fault(at, "kinship.duplicate-relation", "the same parent and child are related twice at once");
                    break;
                }
            }
            same.add(i);
        }
        for (List<Integer> list : birthParents.values()) {
            boolean bad = list.size() > 2 || (list.size() == 2 && byId.get(parentages.get(list.get(0)).parent()).gender()
                    == byId.get(parentages.get(list.get(1)).parent()).gender());
            if (bad) {
                fault("parentages[" + list.get(list.size() - 1) + "]", "kinship.birth-parents",
                        "a child has at most one birth father and one birth mother");
            }
        }
        new CycleFinder(edgesFromParent).findBackEdges().forEach(i ->
                fault("parentages[" + i + "].parent", "kinship.cycle", "a person cannot be their own ancestor"));
    }

    private static boolean overlap(Parentage p, Parentage q, KinPerson child) {
        LocalDate pFrom = p.from() == null ? child.birthDate() : p.from();
        LocalDate qFrom = q.from() == null ? child.birthDate() : q.from();
        LocalDate pEnd = p.end() == null ? LocalDate.MAX : p.end();
        LocalDate qEnd = q.end() == null ? LocalDate.MAX : q.end();
        return !pFrom.isAfter(qEnd) && !qFrom.isAfter(pEnd);
    }

    private void checkLivingTogether() {
        for (int i = 0; i < livingTogether.size(); i++) {
            LivingTogether l = livingTogether.get(i);
            String at = "livingTogether[" + i + "]";
            known(l.a(), at + ".a");
            known(l.b(), at + ".b");
            if (l.a().equals(l.b())) {
                fault(at + ".b", "kinship.self-relation", "a person cannot live together with themselves");
            }
        }
    }

    private boolean known(PersonId id, String path) {
        if (byId.containsKey(id)) {
            return true;
        }
        fault(path, "kinship.unknown-person", "the person is not in the graph");
        return false;
    }

    private void fault(String path, String code, String message) {
        faults.add(new Violation(path, code, message));
    }

    /** Finds the parentages that close a cycle of descent, by depth-first search. */
    private final class CycleFinder {
        private final Map<PersonId, List<Integer>> edges;
        private final Map<PersonId, Integer> state = new HashMap<>();
        private final List<Integer> backEdges = new ArrayList<>();

        CycleFinder(Map<PersonId, List<Integer>> edges) {
            this.edges = edges;
        }

        List<Integer> findBackEdges() {
            for (KinPerson p : people) {
                if (!state.containsKey(p.id())) {
                    visit(p.id());
                }
            }
            backEdges.sort(null);
            return backEdges;
        }

        // Iterative, because a long line of descent must not overflow the stack.
        private void visit(PersonId root) {
            List<PersonId> stack = new ArrayList<>();
            List<Integer> next = new ArrayList<>();
            stack.add(root);
            next.add(0);
            state.put(root, 1);
            while (!stack.isEmpty()) {
                int top = stack.size() - 1;
                PersonId node = stack.get(top);
                List<Integer> out = edges.getOrDefault(node, List.of());
                int k = next.get(top);
                if (k == out.size()) {
                    state.put(node, 2);
                    stack.remove(top);
                    next.remove(top);
                    continue;
                }
                next.set(top, k + 1);
                int edge = out.get(k);
                PersonId child = parentages.get(edge).child();
                Integer s = state.get(child);
                if (s == null) {
                    state.put(child, 1);
                    stack.add(child);
                    next.add(0);
                } else if (s == 1) {
                    backEdges.add(edge);
                }
            }
        }
    }
}
