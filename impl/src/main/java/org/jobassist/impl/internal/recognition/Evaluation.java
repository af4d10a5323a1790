package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.category.CategoryOutcome;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.api.time.StatutoryRetirement;
import org.jobassist.impl.internal.memory.FactRow;
import org.jobassist.impl.internal.memory.InMemoryHouseholdStore;

/**
 * The state of one recognition call on one date: the person being evaluated, the memo of
 * the conditions already evaluated (and explained) for that person, the code sets already
 * resolved for a division on that date (a batch resolves each division once) and the last
 * household's zero-employment answer. Confined to one thread: a batch
 * makes one and reuses it for every person.
 */
final class Evaluation {

    /** Stamps wrap before they would overflow the memo's encoding ({@code stamp << 1 | decision}). */
    private static final int LAST_STAMP = (1 << 30) - 1;
    /**
     * At most this many explanations remembered by {@link #rememberAlike} for a node that
     * asks for many ({@link Node#remembersMany}): a leaf keyed by birth date sees some 25,000
     * days per retirement class, and most of them again.
     */
    private static final int ALIKE_MAX = 1 << 16;
    /**
     * At most this many for any other node, and category outcomes per category: sub-trees
     * keyed by facts that rarely repeat (a registration spell, the referral days) would fill a
     * larger memo with explanations that are never asked again, and a batch's memo lives as
     * long as the batch, which makes every collection copy it. The keys that do repeat (no
     * registration, a common age) are among the first seen.
     */
    private static final int ALIKE_FEW = 1 << 10;

    final Facts facts;
    final LocalDate asOf;
    /**
     * The decision of each slot for the current person, as {@code stamp << 1 | decision}: an
     * entry with an older stamp is unknown, so starting on the next person clears nothing.
     */
    final int[] memo;
    @SuppressWarnings("unchecked") // an array of a generic type: each element is made as ByIds<Shared>
    private static ByIds<Shared>[] newTables(int n) {
        return (ByIds<Shared>[]) new ByIds<?>[n];
    }

    /** The current person's stamp, from 1: an entry of 0 is never current. */
    int stamp;
    final Explanation[] explained;
    /**
     * The id of {@link #explained} of a slot when it is one of the explanations made alike for
     * everyone with the same few facts ({@link #alike}) and remembered, 0 when it was made for
     * this person alone: a connective whose children all are shared is shared too, by its
     * children's ids, and so is a category whose condition is. Ids are given out from 1 by
     * this evaluation, one per explanation it remembers, so equal ids are the same instance.
     */
    private final int[] ids;
    /** The last id given out. */
    private int lastId;
    /** Per slot, the explanation {@link #same} was last given and its id. */
    private final Explanation[] sameExplanation;
    private final int[] sameId;
    PersonRecord person;
    private final boolean explaining;
    private Optional<HouseholdRegister> household;
    /** The person's flags of each source ({@link RegistrySource#ordinal()}), -1 until asked. */
    private final int[] flagsHeld = new int[RegistrySource.values().length];
    /** The person's row of the shared table, or null until read (only with {@link Facts#table()}). */
    private FactRow row;
    /** The flags of every source held on the date, from {@link #row}; -1 until worked out. */
    private int allFlags;
    /** The months without employer contribution on the date, from {@link #row}; -1 until worked out. */
    private int monthsWithout;
    /** Whether the person is registered unemployed on the date, read ahead: 1 or 0; -1 when not read. */
    private int registered = -1;
    private final long asOfDay;
    /** The last zero-employment determination, for the next person of the same household. */
    private HouseholdRegister lastRegister;
    /**
     * Whether two registers are the same exactly when they are one instance: so for the
     * library's own store, which hands out the one instance it holds and never replaces a
     * register by an equal one. Then a register is told from the last one without reading its
     * number (two more objects, each a cache miss, for each person with a household).
     */
    private final boolean registersByInstance;
    private boolean lastZeroEmployment;
    private ZeroEmploymentDetermination lastDetermination;
    private final Map<String, Map<DivisionCode, CodeSetMatch>> codeSets = new HashMap<>();
    /** The key of the code set last asked for ({@link #codeSet}), the very instance, and its map. */
    private PolicyKey<Set<String>> lastCodeSetKey;
    private Map<DivisionCode, CodeSetMatch> lastCodeSets;
    private final Map<Long, Explanation> retirement = new HashMap<>();
    /**
     * Explanations a leaf makes alike for everyone with the same few facts (the same county,
     * the same birth date and retirement class), by slot and the leaf's key: explanations are
     * immutable, so one instance serves them all.
     */
    private final List<Map<Object, Shared>> alike;
    /** Explanations of connectives made alike, by slot and the ids of their children's explanations. */
    private final ByIds<Shared>[] byChildren;
    /** Per slot, room for a connective's children's explanations while it is explained. */
    private final Explanation[][] scratch;
    /** Per slot, room for the ids of a connective's children's explanations. */
    private final int[][] idScratch;
    /** Category outcomes made alike, by category index and the id of the condition's explanation. */
    private final List<ByIds<CategoryOutcome>> outcomes;
    /** The one-id key of {@link #outcomes}. */
    private final int[] condition = new int[1];
    /** {@link #asOf} as explanations show it. */
    final String asOfText;

    Evaluation(Facts facts, LocalDate asOf, int slots, int categories, boolean explaining) {
        this.facts = facts;
        this.asOf = asOf;
        this.asOfText = asOf.toString();
        this.asOfDay = asOf.toEpochDay();
        this.explaining = explaining;
        this.registersByInstance = facts.households() instanceof InMemoryHouseholdStore;
        this.memo = new int[slots];
        this.explained = new Explanation[slots];
        this.ids = new int[explaining ? slots : 0];
        this.sameExplanation = new Explanation[explaining ? slots : 0];
        this.sameId = new int[explaining ? slots : 0];
        this.alike = explaining ? new ArrayList<>(Collections.nCopies(slots, null)) : List.of();
        this.outcomes = explaining ? new ArrayList<>(Collections.nCopies(categories, null)) : List.of();
        this.byChildren = newTables(explaining ? slots : 0);
        this.scratch = new Explanation[explaining ? slots : 0][];
        this.idScratch = new int[explaining ? slots : 0][];
    }

    /** Starts on the next person: forgets what was memoised for the last one. */
    void reset(PersonRecord next) {
        this.row = null;
        this.registered = -1;
        this.allFlags = -1;
        this.monthsWithout = -1;
        start(next);
    }

    /**
     * Starts on the next person, whose row of the shared table was read ahead of time
     * ({@link #readAhead}).
     *
     * @param next the person
     * @param ahead their row, flags and months without employer contribution, as read ahead
     */
    void reset(PersonRecord next, Ahead ahead) {
        this.row = ahead.row;
        this.allFlags = ahead.flags;
        this.monthsWithout = ahead.monthsWithout;
        this.registered = ahead.registered ? 1 : 0;
        start(next);
        this.household = ahead.household;
    }

    /**
     * What the shared table says of a person, read ahead of their evaluation: a batch reads
     * the rows of several people one after the other, so that their reads from memory overlap
     * instead of each person waiting for their own.
     */
    static final class Ahead {
        FactRow row;
        int flags;
        int monthsWithout;
        /** The person's household register, or null when not read ahead. */
        Optional<HouseholdRegister> household;
        /** Whether the person is registered unemployed on the date. */
        boolean registered;
        /** Whether the person was born after the date (a batch rejects them). */
        boolean bornAfter;

        /** Forgets the person, so that the next one starts from nothing. */
        void forget() {
            row = null;
            household = null;
        }
    }

    /** Reads what the fast path asks of {@code r}, a person's row, into {@code into}; only with {@link Facts#table()}. */
    void readAhead(FactRow r, Ahead into) {
        into.row = r;
        into.flags = r.flagsAt(asOfDay);
        into.monthsWithout = r.monthsWithoutEmployerContribution(asOf);
    }

    /**
     * Works out, into {@code into}, what every person is first asked ({@link #isRegistered()},
     * the birth date): the person's own dates, read for several people one after the other so
     * that their reads from memory overlap.
     */
    void readPersonAhead(PersonRecord p, Ahead into) {
        into.registered = p.isRegisteredUnemployedOn(asOf);
        into.bornAfter = p.birthDate().isAfter(asOf);
    }

    /**
     * How many referrals the person accepted by the date. Not read ahead: with one table of
     * facts the flags decide first, and only a person with a flag of a reference category is
     * asked, so the record's day array is read for few people.
     */
    int referralsAccepted() {
        return person.referralsAcceptedBy(asOf);
    }

    /** Whether the person is registered unemployed on the date, as read ahead or asked now. */
    boolean isRegistered() {
        return registered >= 0 ? registered == 1 : person.isRegisteredUnemployedOn(asOf);
    }

    private void start(PersonRecord next) {
        this.person = next;
        this.household = null;
        if (++stamp > LAST_STAMP) {
            Arrays.fill(memo, 0);
            stamp = 1;
        }
        if (facts.table() == null) {
            Arrays.fill(flagsHeld, -1);
        }
        if (explaining) {
            Arrays.fill(explained, null);
            Arrays.fill(ids, 0);
        }
    }

    /** Whether the register is a zero-employment family on the date, remembered for the next person of it. */
    boolean isZeroEmployment(HouseholdRegister register) {
        if (!sameAsLast(register)) {
            lastRegister = register;
            lastDetermination = null;
            lastZeroEmployment = facts.zeroEmployment().isZeroEmployment(register, asOf);
        }
        return lastZeroEmployment;
    }

    /** The determination for the register on the date, remembered for the next person of it. */
    ZeroEmploymentDetermination determine(HouseholdRegister register) {
        if (!sameAsLast(register) || lastDetermination == null) {
            lastRegister = register;
            lastDetermination = facts.zeroEmployment().determine(register, asOf);
            lastZeroEmployment = lastDetermination.zeroEmployment();
        }
        return lastDetermination;
    }

    private boolean sameAsLast(HouseholdRegister register) {
        return lastRegister != null && (lastRegister == register || !registersByInstance
                && lastRegister.id().equals(register.id()) && lastRegister.equals(register));
    }

    /** An explanation remembered for others, with its id. */
    private record Shared(Explanation explanation, int id) {}

    /**
     * The explanation {@code node} made for {@code key}, or null.
     *
     * @param node the leaf
     * @param key what the leaf's explanation depends on
     */
    Explanation alike(Node node, Object key) {
        Map<Object, Shared> byKey = alike.get(node.slot);
        Shared x = byKey == null ? null : byKey.get(key);
        if (x == null) {
            return null;
        }
        ids[node.slot] = x.id;
        return x.explanation;
    }

    /**
     * Room for the explanations of {@code node}'s {@code n} children, the node's own: it is
     * overwritten the next time the node is explained.
     */
    Explanation[] scratch(Node node, int n) {
        Explanation[] xs = scratch[node.slot];
        if (xs == null || xs.length != n) {
            xs = new Explanation[n];
            scratch[node.slot] = xs;
        }
        return xs;
    }

    /** Room for the ids of {@code node}'s {@code n} children's explanations, as {@link #scratch}. */
    int[] idScratch(Node node, int n) {
        int[] ks = idScratch[node.slot];
        if (ks == null || ks.length != n) {
            ks = new int[n];
            idScratch[node.slot] = ks;
        }
        return ks;
    }

    /**
     * The explanation the connective {@code node} made for the children's explanations of
     * the ids {@code ks}, all made alike for others; or null.
     */
    Explanation alike(Node node, int[] ks) {
        ByIds<Shared> byKs = byChildren[node.slot];
        Shared x = byKs == null ? null : byKs.get(ks);
        if (x == null) {
            return null;
        }
        ids[node.slot] = x.id;
        return x.explanation;
    }

    /** Remembers {@code x}, the explanation the connective {@code node} made for the children's ids {@code ks}; returns it. */
    Explanation rememberAlike(Node node, int[] ks, Explanation x) {
        ByIds<Shared> byKs = byChildren[node.slot];
        if (byKs == null) {
            byKs = new ByIds<>(ks.length, ALIKE_FEW);
            byChildren[node.slot] = byKs;
        }
        int id = lastId + 1;
        // Not kept (the table is full): made for this person alone, as no one else can ask for it.
        if (byKs.put(ks, new Shared(x, id))) {
            lastId = id;
            ids[node.slot] = id;
        }
        return x;
    }

    /**
     * Marks {@code x}, the explanation {@code node} made, as the same for everyone (it reads
     * nothing about the person); returns it.
     */
    Explanation same(Node node, Explanation x) {
        int slot = node.slot;
        if (sameExplanation[slot] != x) {
            sameExplanation[slot] = x;
            sameId[slot] = ++lastId;
        }
        ids[slot] = sameId[slot];
        return x;
    }

    /** Whether the person's explanation of {@code node} is one made alike for others ({@link #alike}). */
    boolean isShared(Node node) {
        return ids[node.slot] != 0;
    }

    /** The id of the person's explanation of {@code node}, 0 when it is their own ({@link #isShared}). */
    int idOf(Node node) {
        return ids[node.slot];
    }

    /**
     * The outcome of category {@code category} already made for the explanation of its
     * condition whose id is {@code conditionId}, or null.
     */
    CategoryOutcome outcomeAlike(int category, int conditionId) {
        ByIds<CategoryOutcome> byCondition = outcomes.get(category);
        if (byCondition == null) {
            return null;
        }
        this.condition[0] = conditionId;
        return byCondition.get(this.condition);
    }

    /** Remembers the outcome of category {@code category} for the condition's {@code conditionId}; returns it. */
    CategoryOutcome rememberOutcome(int category, int conditionId, CategoryOutcome o) {
        ByIds<CategoryOutcome> byCondition = outcomes.get(category);
        if (byCondition == null) {
            byCondition = new ByIds<>(1, ALIKE_FEW);
            outcomes.set(category, byCondition);
        }
        this.condition[0] = conditionId;
        byCondition.put(this.condition, o);
        return o;
    }

    /** Remembers the explanation {@code node} made for {@code key}; returns it. */
    Explanation rememberAlike(Node node, Object key, Explanation x) {
        Map<Object, Shared> byKey = alike.get(node.slot);
        if (byKey == null) {
            byKey = new HashMap<>();
            alike.set(node.slot, byKey);
        }
        // Bounded: a batch's memory must not grow with its people (a slot keyed by birth date
        // sees some 25,000 days per retirement class). One not kept is this person's alone.
        if (byKey.size() < (node.remembersMany() ? ALIKE_MAX : ALIKE_FEW)) {
            int id = ++lastId;
            byKey.put(key, new Shared(x, id));
            ids[node.slot] = id;
        }
        return x;
    }

    /**
     * Whether the person holds {@code flag} on the date: each registry is asked once per
     * person, for all its flags at once.
     */
    boolean holds(RegistryFlag flag) {
        if (facts.table() != null) {
            return (flagsOnTheDay() & (1 << flag.ordinal())) != 0;
        }
        int source = flag.source().ordinal();
        int mask = flagsHeld[source];
        if (mask < 0) {
            mask = facts.registries().registryFor(flag).flagsHeld(person.id(), asOf);
            flagsHeld[source] = mask;
        }
        return (mask & (1 << flag.ordinal())) != 0;
    }

    /**
     * The flags the person holds on the date, every source together ({@link FactRow#flagsAt}):
     * as read ahead, or from the row; only with {@link Facts#table()}.
     */
    int flagsOnTheDay() {
        if (allFlags < 0) {
            allFlags = row().flagsAt(asOfDay);
        }
        return allFlags;
    }

    /** The person's row of the shared table, looked up once per person; only with {@link Facts#table()}. */
    FactRow row() {
        if (row == null) {
            row = facts.table().row(person.id());
        }
        return row;
    }

    /** The months without an employer-paid contribution on the date, asked once per person. */
    int monthsWithoutEmployerContribution() {
        if (facts.table() == null) {
            return facts.registries().socialInsurance().monthsWithoutEmployerContribution(person.id(), asOf);
        }
        if (monthsWithout < 0) {
            monthsWithout = row().monthsWithoutEmployerContribution(asOf);
        }
        return monthsWithout;
    }

    /** The person's household register, looked up once per person. */
    Optional<HouseholdRegister> household() {
        if (household == null) {
            household = person.household().isPresent()
                    ? facts.households().find(person.household().get())
                    : Optional.empty();
        }
        return household;
    }

    /**
     * The code set under {@code key} for {@code division} on the date of this evaluation, and
     * the division, {@code division} or one above it, the set holds: both worked out once per
     * division, as a batch sees the same counties again and again.
     *
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has none
     */
    CodeSetMatch codeSet(PolicyKey<Set<String>> key, DivisionCode division) {
        Map<DivisionCode, CodeSetMatch> byDivision;
        // A catalogue asks one or two code sets: the last one's map is asked again without a look-up.
        if (key == lastCodeSetKey) {
            byDivision = lastCodeSets;
        } else {
            byDivision = codeSets.computeIfAbsent(key.name(), k -> new HashMap<>());
            lastCodeSetKey = key;
            lastCodeSets = byDivision;
        }
        CodeSetMatch found = byDivision.get(division);
        if (found == null) {
            ResolvedValue<Set<String>> value = facts.pack().resolve(key, division, asOf);
            found = new CodeSetMatch(value, match(division, value.value()), Explain.policyValue(value));
            byDivision.put(division, found);
        }
        return found;
    }

    private static DivisionCode match(DivisionCode division, Set<String> codes) {
        if (codes.isEmpty()) {
            return null;
        }
        Optional<DivisionCode> d = Optional.of(division);
        while (d.isPresent()) {
            if (codes.contains(d.get().code())) {
                return d.get();
            }
            d = d.get().parent();
        }
        return null;
    }

    /**
     * A code set as resolved for a division, and the division it matched.
     *
     * @param value the code set with where it came from
     * @param matched the division or the one above it in the set, or null when none is
     * @param text the value as explanations show it ({@link Explain#policyValue})
     */
    record CodeSetMatch(ResolvedValue<Set<String>> value, DivisionCode matched, String text) {}

    /**
     * The explanation of the statutory retirement date of a birth month and retirement class
     * on the date: the same for everyone born that month in that class, so made once.
     */
    Explanation retirementExplanation(YearMonth birthMonth, RetirementClass rc) {
        long key = birthMonth.getYear() * 12L + birthMonth.getMonthValue() - 1;
        key = key * RetirementClass.values().length + rc.ordinal();
        Explanation x = retirement.get(key);
        if (x == null) {
            x = StatutoryRetirement.explain(birthMonth, rc, asOf);
            retirement.put(key, x);
        }
        return x;
    }
}
