package org.jobassist.impl.internal.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.KinshipService;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Relative;
import org.jobassist.api.family.RelativeScope;
import org.jobassist.api.family.RelativesReport;
import org.jobassist.api.identity.Gender;

/**
 * The {@link KinshipService} over one graph, by walks over a {@link PersonIndex}: a query for
 * one person costs the number of their relations within three steps, not the size of the
 * graph.
 *
 * <p>Immutable and thread-safe.
 */
public final class GraphKinshipService implements KinshipService {

    private static final Comparator<KinshipFinding> BY_KIND = Comparator.comparing(KinshipFinding::kind);

    private final PersonIndex index;

    /**
     * Indexes {@code graph}.
     *
     * @param graph a validated graph
     * @throws NullPointerException if {@code graph} is null
     */
    public GraphKinshipService(KinshipGraph graph) {
        this.index = new PersonIndex(Objects.requireNonNull(graph, "graph"));
    }

    @Override
    public List<KinshipFinding> relations(PersonId a, PersonId b, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int sa = slot(a, "a");
        int sb = slot(b, "b");
        List<KinshipFinding> result = new ArrayList<>();
        for (KinshipWalk.Found f : new KinshipWalk(index, sa, asOf.toEpochDay()).run()) {
            if (f.relative() == sb) {
                result.add(finding(sa, f, asOf));
            }
        }
        result.sort(BY_KIND);
        return List.copyOf(result);
    }

    @Override
    public RelativesReport relatives(PersonId person, LocalDate asOf) {
        return report(person, asOf, RelativeScope.RELATIVES);
    }

    @Override
    public RelativesReport closeRelatives(PersonId person, LocalDate asOf) {
        return report(person, asOf, RelativeScope.CLOSE_RELATIVES);
    }

    @Override
    public RelativesReport familyMembers(PersonId person, LocalDate asOf) {
        return report(person, asOf, RelativeScope.FAMILY_MEMBERS);
    }

    @Override
    public boolean isFamilyMember(PersonId anchor, PersonId member, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        int a = slot(anchor, "anchor");
        int m = slot(member, "member");
        long day = asOf.toEpochDay();
        if (a == m || index.diedBefore(m, day)) {
            return false;
        }
        boolean together = index.livingTogether(a, m, day);
        for (KinshipWalk.Found f : new KinshipWalk(index, a, day).run()) {
            if (f.relative() == m && f.kind().isCloseRelative()
                    && (together || f.kind().isAlwaysFamilyMember())) {
                return true;
            }
        }
        return false;
    }

    private RelativesReport report(PersonId person, LocalDate asOf, RelativeScope scope) {
        Objects.requireNonNull(asOf, "asOf");
        int s = slot(person, "person");
        long day = asOf.toEpochDay();
        Map<Integer, List<KinshipFinding>> byRelative = new LinkedHashMap<>();
        for (KinshipWalk.Found f : new KinshipWalk(index, s, day).run()) {
            if (scope == RelativeScope.RELATIVES || f.kind().isCloseRelative()) {
                byRelative.computeIfAbsent(f.relative(), k -> new ArrayList<>()).add(finding(s, f, asOf));
            }
        }
        List<Relative> included = new ArrayList<>();
        List<Relative> excluded = new ArrayList<>();
        for (Map.Entry<Integer, List<KinshipFinding>> e : byRelative.entrySet()) {
            int r = e.getKey();
            List<KinshipFinding> findings = e.getValue();
            findings.sort(BY_KIND);
            PersonId id = index.ids[r];
            boolean together = index.livingTogether(s, r, day);
            boolean deceased = index.diedBefore(r, day);
            if (scope == RelativeScope.FAMILY_MEMBERS) {
                boolean always = findings.stream().anyMatch(f -> f.kind().isAlwaysFamilyMember());
                Relative entry = new Relative(id, findings, together, deceased,
                        Explanations.familyMember(person, id, asOf, findings, always, together, deceased));
                (!deceased && (always || together)
                        ? included : excluded).add(entry);
            } else {
                included.add(new Relative(id, findings, together, deceased, Explanations.member(
                        scope == RelativeScope.CLOSE_RELATIVES, person, id, asOf, findings)));
            }
        }
        Comparator<Relative> byId = Comparator.comparing(Relative::person);
        included.sort(byId);
        excluded.sort(byId);
        return new RelativesReport(person, asOf, scope, included, excluded);
    }

    private KinshipFinding finding(int subject, KinshipWalk.Found f, LocalDate asOf) {
        PersonId a = index.ids[subject];
        PersonId b = index.ids[f.relative()];
        boolean deceased = index.diedBefore(f.relative(), asOf.toEpochDay());
        Gender gender = index.male[f.relative()] ? Gender.MALE : Gender.FEMALE;
        String sentence = KinshipFinding.sentence(f.kind(), gender, f.path(), deceased);
        return new KinshipFinding(a, b, f.kind(), gender, asOf, f.path(), deceased,
                Explanations.finding(a, b, f.kind(), asOf, f.path(), sentence));
    }

    private int slot(PersonId id, String path) {
        Objects.requireNonNull(id, path);
        int s = index.slot(id);
        if (s < 0) {
            throw new InvalidInputException(new Violation(path, "kinship.unknown-person",
                    "the person is not in the kinship graph"));
        }
        return s;
    }
}
