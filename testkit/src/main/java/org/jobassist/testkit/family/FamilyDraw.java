package org.jobassist.testkit.family;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.MarriageEnd;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Residence;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.time.DateRange;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.RandomnessSource;

/**
 * Draws one family. The rules that keep it valid: every spouse is of the other gender and
 * born within three years of their partner; marriages start at 20 to 30 and a person marries
 * again only after a divorce; children are born during a marriage to a mother under 45; only
 * the founding generation dies, aged 70 or more, after every event of their lives; adoptions
 * and step-relations start after the child's birth. Not thread-safe: one instance per draw.
 */
final class FamilyDraw {

    /** Children are not born after this day, so that generated facts stay in a plausible past. */
    private static final LocalDate LATEST_BIRTH = LocalDate.of(2025, 12, 31);

    private final RandomnessSource in;
    private final int generations;
    private final int maxPeople;
    private final List<Draft> people = new ArrayList<>();
    private final List<MarriageDraft> marriages = new ArrayList<>();
    private final List<Parentage> parentages = new ArrayList<>();
    private final List<LivingTogether> spells = new ArrayList<>();
    private final List<Residence> residences = new ArrayList<>();

    private static final class Draft {
        final PersonId id;
        final Gender gender;
        final LocalDate birth;
        final int generation;
        LocalDate death;
        final List<Draft> parents = new ArrayList<>();

        Draft(PersonId id, Gender gender, LocalDate birth, int generation) {
            this.id = id;
            this.gender = gender;
            this.birth = birth;
            this.generation = generation;
        }
    }

    private static final class MarriageDraft {
        final Draft a;
        final Draft b;
        final LocalDate start;
        LocalDate end;
        MarriageEnd reason;

        MarriageDraft(Draft a, Draft b, LocalDate start) {
            this.a = a;
            this.b = b;
            this.start = start;
        }
    }

    FamilyDraw(RandomnessSource in, int generations, int maxPeople) {
        this.in = in;
        this.generations = generations;
        this.maxPeople = maxPeople;
    }

    KinshipGraph draw() {
        LocalDate founded = LocalDate.ofEpochDay(Draw.between(in,
                LocalDate.of(1930, 1, 1).toEpochDay(), LocalDate.of(1960, 12, 31).toEpochDay()));
        int founders = Draw.between(in, 1, 2);
        List<Draft> generation = new ArrayList<>();
        for (int i = 0; i < founders; i++) {
            generation.add(person(Draw.oneIn(in, 2) ? Gender.MALE : Gender.FEMALE, shift(founded, 5 * 365), 0));
        }
        for (int g = 0; g < generations; g++) {
            List<Draft> next = new ArrayList<>();
            for (Draft d : generation) {
                next.addAll(lifeOf(d, g + 1 < generations));
            }
            generation = next;
        }
        livingTogetherSpells();
        return build();
    }

    /** Marriages, divorces, remarriages and children of {@code d}; answers the children. */
    private List<Draft> lifeOf(Draft d, boolean children) {
        List<Draft> kids = new ArrayList<>();
        if (Draw.oneIn(in, 5)) {
            return kids;
        }
        LocalDate start = d.birth.plusYears(Draw.between(in, 22, 30)).plusDays(Draw.between(in, 0, 364));
        List<Draft> earlierKids = new ArrayList<>();
        for (int round = 0; round < 2 && people.size() < maxPeople; round++) {
            Gender other = d.gender == Gender.MALE ? Gender.FEMALE : Gender.MALE;
            Draft spouse = person(other, shift(d.birth, 3 * 365), d.generation);
            if (spouse.birth.plusYears(20).isAfter(start)) {
                start = spouse.birth.plusYears(20).plusDays(Draw.between(in, 0, 364));
            }
            MarriageDraft m = new MarriageDraft(d, spouse, start);
            marriages.add(m);
            String household = "H" + marriages.size();
            boolean divorce = Draw.oneIn(in, 4);
            if (divorce) {
                m.end = start.plusDays(Draw.between(in, 2 * 365, 15 * 365));
                m.reason = MarriageEnd.DIVORCE;
            }
            residences.add(Residence.of(d.id, household, m.end == null ? DateRange.startingOn(start)
                    : DateRange.of(start, m.end)));
            residences.add(Residence.of(spouse.id, household, m.end == null ? DateRange.startingOn(start)
                    : DateRange.of(start, m.end)));
            for (Draft stepChild : earlierKids) {
                if (stepChild.birth.plusYears(18).isAfter(start) && Draw.oneIn(in, 2)) {
                    parentages.add(Parentage.stepWithSupport(spouse.id, stepChild.id,
                            start.plusDays(Draw.between(in, 0, 365))));
                }
            }
            if (children) {
                List<Draft> born = childrenOf(m, household);
                kids.addAll(born);
                earlierKids.addAll(born);
            }
            if (!divorce || !Draw.oneIn(in, 2)) {
                break;
            }
            start = m.end.plusDays(Draw.between(in, 1, 1000));
        }
        return kids;
    }

    private List<Draft> childrenOf(MarriageDraft m, String household) {
        Draft mother = m.a.gender == Gender.FEMALE ? m.a : m.b;
        LocalDate last = mother.birth.plusYears(45);
        if (m.end != null && m.end.isBefore(last)) {
            last = m.end;
        }
        if (LATEST_BIRTH.isBefore(last)) {
            last = LATEST_BIRTH;
        }
        LocalDate first = m.start.plusDays(300);
        List<Draft> kids = new ArrayList<>();
        int count = Draw.between(in, 0, 3);
        for (int i = 0; i < count && !first.isAfter(last) && people.size() < maxPeople; i++) {
            LocalDate birth = LocalDate.ofEpochDay(Draw.between(in, first.toEpochDay(), last.toEpochDay()));
            Draft child = person(Draw.oneIn(in, 2) ? Gender.MALE : Gender.FEMALE, birth, m.a.generation + 1);
            parentages.add(Parentage.birth(m.a.id, child.id));
            parentages.add(Parentage.birth(m.b.id, child.id));
            child.parents.add(m.a);
            child.parents.add(m.b);
            residences.add(Residence.of(child.id, household, DateRange.of(birth, birth.plusYears(18))));
            kids.add(child);
            first = birth.plusDays(300);
        }
        if (Draw.oneIn(in, 6) && people.size() < maxPeople) {
            LocalDate latestAdoptee = first.plusYears(10).isAfter(LATEST_BIRTH) ? LATEST_BIRTH : first.plusYears(10);
            if (m.end != null && m.end.isBefore(latestAdoptee)) {
                // An adoptee born after a divorce could postdate a later step-relation's start.
                latestAdoptee = m.end;
            }
            if (!m.start.isAfter(latestAdoptee)) {
                LocalDate birth = LocalDate.ofEpochDay(Draw.between(in, m.start.toEpochDay(), latestAdoptee.toEpochDay()));
                Draft adoptee = person(Draw.oneIn(in, 2) ? Gender.MALE : Gender.FEMALE, birth, m.a.generation + 1);
                LocalDate from = birth.plusDays(Draw.between(in, 30, 5 * 365));
                boolean dissolved = Draw.oneIn(in, 5);
                for (Draft parent : List.of(m.a, m.b)) {
                    Parentage p = Parentage.adoption(parent.id, adoptee.id, from);
                    parentages.add(dissolved ? p.endedOn(from.plusYears(Draw.between(in, 2, 10))) : p);
                    adoptee.parents.add(parent);
                }
                kids.add(adoptee);
            }
        }
        return kids;
    }

    private void livingTogetherSpells() {
        for (Draft d : people) {
            for (Draft parent : d.parents) {
                for (Draft grandparent : parent.parents) {
                    if (Draw.oneIn(in, 3)) {
                        LocalDate start = d.birth.plusDays(Draw.between(in, 0, 20 * 365));
                        spells.add(LivingTogether.of(d.id, grandparent.id,
                                Draw.oneIn(in, 3) ? DateRange.startingOn(start)
                                        : DateRange.of(start, start.plusDays(Draw.between(in, 0, 10 * 365)))));
                    }
                }
            }
        }
    }

    private KinshipGraph build() {
        for (Draft d : people) {
            if (d.generation == 0 && Draw.oneIn(in, 3)) {
                d.death = d.birth.plusYears(Draw.between(in, 70, 90)).plusDays(Draw.between(in, 0, 364));
            }
        }
        KinshipGraph.Builder b = KinshipGraph.builder();
        for (Draft d : people) {
            KinPerson p = KinPerson.of(d.id, d.gender, d.birth);
            b.person(d.death == null ? p : p.diedOn(d.death));
        }
        for (MarriageDraft m : marriages) {
            Marriage marriage = Marriage.of(m.a.id, m.b.id, m.start);
            LocalDate death = earliestDeath(m.a, m.b);
            if (m.end != null && (death == null || m.end.isBefore(death))) {
                marriage = marriage.endedOn(m.end, m.reason);
            } else if (death != null && Draw.oneIn(in, 2)) {
                // Half the time the end by death is recorded; the other half the graph infers it.
                marriage = marriage.endedOn(death, MarriageEnd.DEATH);
            }
            b.marriage(marriage);
        }
        parentages.forEach(b::parentage);
        spells.forEach(b::livingTogether);
        residences.forEach(b::residence);
        return b.build();
    }

    private static LocalDate earliestDeath(Draft a, Draft b) {
        if (a.death == null) {
            return b.death;
        }
        return b.death == null || a.death.isBefore(b.death) ? a.death : b.death;
    }

    private Draft person(Gender gender, LocalDate birth, int generation) {
        Draft d = new Draft(PersonId.of("P" + (people.size() + 1)), gender, birth, generation);
        people.add(d);
        return d;
    }

    private LocalDate shift(LocalDate date, int maxDays) {
        return date.plusDays(Draw.between(in, -maxDays, maxDays));
    }
}
