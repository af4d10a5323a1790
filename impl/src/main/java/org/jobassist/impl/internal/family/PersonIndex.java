package org.jobassist.impl.internal.family;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.ParentageKind;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Residence;
import org.jobassist.api.identity.Gender;

/**
 * A kinship graph laid out for walks: people are numbered slots, dates are epoch days, and
 * every person has small arrays of the facts that touch them, so a walk from one person costs
 * the number of their relations and never the size of the graph. Arrays rather than objects
 * per edge keep the memory per person small for graphs of millions.
 *
 * <p>Immutable after construction and thread-safe.
 */
final class PersonIndex {

    /** Stands for "no date": an open end or no death. */
    static final long NONE = Long.MAX_VALUE;

    private static final int[] EMPTY = {};

    final PersonId[] ids;
    final boolean[] male;
    final long[] birth;
    final long[] death;

    final int[] parentOf;
    final int[] childOf;
    final ParentageKind[] parentageKind;
    final long[] parentageFrom;
    final long[] parentageEnd;
    final int[][] asChild;
    final int[][] asParent;

    final int[] spouseA;
    final int[] spouseB;
    final long[] marriageStart;
    final long[] marriageEnd;
    final int[][] marriagesOf;

    final int[] livingA;
    final int[] livingB;
    final long[] livingStart;
    final long[] livingEnd;
    final int[][] livingOf;

    final int[] residenceHousehold;
    final long[] residenceStart;
    final long[] residenceEnd;
    final int[][] residencesOf;

    private final Map<PersonId, Integer> slots;

    PersonIndex(KinshipGraph graph) {
        List<KinPerson> people = graph.people();
        int n = people.size();
        ids = new PersonId[n];
        male = new boolean[n];
        birth = new long[n];
        death = new long[n];
        slots = new HashMap<>(n * 2);
        for (int i = 0; i < n; i++) {
            KinPerson p = people.get(i);
            ids[i] = p.id();
            male[i] = p.gender() == Gender.MALE;
            birth[i] = p.birthDate().toEpochDay();
            death[i] = p.deathDate() == null ? NONE : p.deathDate().toEpochDay();
            slots.put(p.id(), i);
        }

        List<Parentage> ps = graph.parentages();
        int np = ps.size();
        parentOf = new int[np];
        childOf = new int[np];
        parentageKind = new ParentageKind[np];
        parentageFrom = new long[np];
        parentageEnd = new long[np];
        for (int e = 0; e < np; e++) {
            Parentage p = ps.get(e);
            parentOf[e] = slots.get(p.parent());
            childOf[e] = slots.get(p.child());
            parentageKind[e] = p.kind();
            parentageFrom[e] = p.from() == null ? birth[childOf[e]] : p.from().toEpochDay();
            parentageEnd[e] = epochOrNone(p.end());
        }
        asChild = group(n, childOf, null);
        asParent = group(n, parentOf, null);

        List<Marriage> ms = graph.marriages();
        int nm = ms.size();
        spouseA = new int[nm];
        spouseB = new int[nm];
        marriageStart = new long[nm];
        marriageEnd = new long[nm];
        for (int e = 0; e < nm; e++) {
            Marriage m = ms.get(e);
            spouseA[e] = slots.get(m.a());
            spouseB[e] = slots.get(m.b());
            marriageStart[e] = m.start().toEpochDay();
            // A marriage ends at the death of a spouse even when no end was recorded.
            marriageEnd[e] = Math.min(epochOrNone(m.end()), Math.min(death[spouseA[e]], death[spouseB[e]]));
        }
        marriagesOf = group(n, spouseA, spouseB);

        List<LivingTogether> ls = graph.livingTogether();
        int nl = ls.size();
        livingA = new int[nl];
        livingB = new int[nl];
        livingStart = new long[nl];
        livingEnd = new long[nl];
        for (int e = 0; e < nl; e++) {
            LivingTogether l = ls.get(e);
            livingA[e] = slots.get(l.a());
            livingB[e] = slots.get(l.b());
            livingStart[e] = l.period().start().toEpochDay();
            livingEnd[e] = l.period().isOpenEnded() ? NONE : l.period().end().toEpochDay();
        }
        livingOf = group(n, livingA, livingB);

        List<Residence> rs = graph.residences();
        int nr = rs.size();
        int[] resident = new int[nr];
        residenceHousehold = new int[nr];
        residenceStart = new long[nr];
        residenceEnd = new long[nr];
        Map<String, Integer> households = new HashMap<>();
        for (int e = 0; e < nr; e++) {
            Residence r = rs.get(e);
            resident[e] = slots.get(r.person());
            residenceHousehold[e] = households.computeIfAbsent(r.household(), k -> households.size());
            residenceStart[e] = r.period().start().toEpochDay();
            residenceEnd[e] = r.period().isOpenEnded() ? NONE : r.period().end().toEpochDay();
        }
        residencesOf = group(n, resident, null);
    }

    /**
     * The slot of {@code id}.
     *
     * @return the slot, or -1 if not in the graph
     */
    int slot(PersonId id) {
        Integer s = slots.get(id);
        return s == null ? -1 : s;
    }

    boolean parentageActive(int e, long day) {
        return parentageFrom[e] <= day && day <= parentageEnd[e];
    }

    boolean marriageActive(int e, long day) {
        return marriageStart[e] <= day && day <= marriageEnd[e];
    }

    int spouseIn(int marriage, int person) {
        return spouseA[marriage] == person ? spouseB[marriage] : spouseA[marriage];
    }

    boolean diedBefore(int person, long day) {
        return death[person] < day;
    }

    /** Whether the two live together on {@code day}: a spell covers it or they share a household. */
    boolean livingTogether(int a, int b, long day) {
        for (int e : livingOf[a]) {
            if ((livingA[e] == b || livingB[e] == b) && livingStart[e] <= day && day <= livingEnd[e]) {
                return true;
            }
        }
        for (int ea : residencesOf[a]) {
            if (residenceStart[ea] <= day && day <= residenceEnd[ea]) {
                for (int eb : residencesOf[b]) {
                    if (residenceHousehold[eb] == residenceHousehold[ea]
                            && residenceStart[eb] <= day && day <= residenceEnd[eb]) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    static long epochOrNone(LocalDate date) {
        return date == null ? NONE : date.toEpochDay();
    }

    /** For each person, the indexes of the facts whose owner (or second owner) they are. */
    private static int[][] group(int n, int[] owner, int[] secondOwner) {
        int[] count = new int[n];
        for (int o : owner) {
            count[o]++;
        }
        if (secondOwner != null) {
            for (int o : secondOwner) {
                count[o]++;
            }
        }
        int[][] groups = new int[n][];
        for (int i = 0; i < n; i++) {
            groups[i] = count[i] == 0 ? EMPTY : new int[count[i]];
            count[i] = 0;
        }
        for (int e = 0; e < owner.length; e++) {
            groups[owner[e]][count[owner[e]]++] = e;
            if (secondOwner != null) {
                groups[secondOwner[e]][count[secondOwner[e]]++] = e;
            }
        }
        return groups;
    }
}
