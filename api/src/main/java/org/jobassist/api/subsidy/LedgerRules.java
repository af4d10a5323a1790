package org.jobassist.api.subsidy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.Set;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * The rules an entitlement ledger (补贴发放台账) enforces when it records entries, kept apart
 * from any storage so that every ledger implementation (in memory, over a database) applies
 * the same ones through {@link #check}.
 *
 * <ul>
 *   <li><b>Exclusive kinds.</b> Kinds that are never both paid for one subject and month:
 *       {@link SubsidyKind#EMPLOYER_SOCIAL_INSURANCE} and
 *       {@link SubsidyKind#FLEXIBLE_SOCIAL_INSURANCE} (DOMAIN §3.1). Code
 *       {@code ledger.exclusive-overlap}.</li>
 *   <li><b>Duration caps.</b> An entry with a {@linkplain LedgerEntry#durationCapMonths() cap}
 *       may not be a month beyond it: the distinct months recorded for its subject, counting
 *       this one, may not exceed the cap. The kinds of a <em>duration group</em> share one
 *       count (the two social-insurance kinds: three years in all, whichever employer or
 *       flexible employment paid them); any other monthly kind counts per grant reference (a
 *       public-welfare post's three years run per placement). Code {@code ledger.duration-cap}.</li>
 *   <li><b>Grant caps.</b> At most so many distinct grant references per subject and kind:
 *       public-welfare-post placements ({@code public-welfare-post.max-placements}, 2, DOMAIN
 *       §3.2) and vocational training subsidies ({@code vocational-training.max-subsidies}, 3,
 *       DOMAIN §3.6), read from the policy pack. Code {@code ledger.grant-cap}.</li>
 *   <li><b>Idempotency keys.</b> An entry whose key the ledger already holds with other
 *       content is a conflict, code {@code ledger.key-conflict}; with the same content it is
 *       already present and counts for no rule a second time.</li>
 * </ul>
 * A null element of the incoming entries is {@code store.null-item}, as in every batch of
 * {@link org.jobassist.api.spi}. Violation paths are {@code entries[i]}, {@code i} indexing
 * the incoming entries. Messages name kinds, months and counts, never an ID number or a
 * reference.
 *
 * <p>Immutable and thread-safe.
 */
public final class LedgerRules {

    private static final List<Set<SubsidyKind>> EXCLUSIVE_PAIRS = List.of(
            Collections.unmodifiableSet(EnumSet.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
                    SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE)));
    private static final List<Set<SubsidyKind>> DURATION_GROUPS = EXCLUSIVE_PAIRS;

    /** Per kind, the kinds it excludes in one subject-month, as a bit set of ordinals. */
    private final int[] exclusiveWith;
    /** Per kind, its duration group's index, or -1 when it counts per grant. */
    private final int[] durationGroup;
    /** Per kind, the most distinct grants per subject, or -1 for no cap. */
    private final int[] grantCap;
    private final List<ResolvedValue<?>> valuesRead;

    private LedgerRules(Map<SubsidyKind, Integer> caps, List<ResolvedValue<?>> valuesRead) {
        int kinds = SubsidyKind.values().length;
        exclusiveWith = new int[kinds];
        for (Set<SubsidyKind> pair : EXCLUSIVE_PAIRS) {
            for (SubsidyKind a : pair) {
                for (SubsidyKind b : pair) {
                    if (a != b) {
                        exclusiveWith[a.ordinal()] |= 1 << b.ordinal();
                    }
                }
            }
        }
        durationGroup = new int[kinds];
        Arrays.fill(durationGroup, -1);
        for (int g = 0; g < DURATION_GROUPS.size(); g++) {
            for (SubsidyKind k : DURATION_GROUPS.get(g)) {
                durationGroup[k.ordinal()] = g;
            }
        }
        grantCap = new int[kinds];
        Arrays.fill(grantCap, -1);
        caps.forEach((k, v) -> grantCap[k.ordinal()] = v);
        this.valuesRead = List.copyOf(valuesRead);
    }

    /**
     * The rules in force in {@code jurisdiction} on {@code date}: the exclusive kinds and
     * duration groups above, and the grant caps read from {@code pack}.
     *
     * @param pack the policy pack
     * @param jurisdiction the province, city or county whose caps apply
     * @param date the day the caps are read for
     * @return the rules
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has no
     *     value of {@code public-welfare-post.max-placements} or
     *     {@code vocational-training.max-subsidies} for the jurisdiction and date
     * @throws NullPointerException if an argument is null
     */
    public static LedgerRules of(PolicyPack pack, DivisionCode jurisdiction, LocalDate date) {
        Objects.requireNonNull(pack, "pack");
        Objects.requireNonNull(jurisdiction, "jurisdiction");
        Objects.requireNonNull(date, "date");
        ResolvedValue<Integer> placements = pack.resolve(PolicyKeys.PUBLIC_WELFARE_POST_MAX_PLACEMENTS, jurisdiction, date);
        ResolvedValue<Integer> trainings = pack.resolve(PolicyKeys.VOCATIONAL_TRAINING_MAX_SUBSIDIES, jurisdiction, date);
        Map<SubsidyKind, Integer> caps = new EnumMap<>(SubsidyKind.class);
        caps.put(SubsidyKind.PUBLIC_WELFARE_POST, placements.value());
        caps.put(SubsidyKind.VOCATIONAL_TRAINING, trainings.value());
        return new LedgerRules(caps, List.of(placements, trainings));
    }

    /**
     * The pairs of kinds never both paid for one subject and month.
     *
     * @return an unmodifiable list of two-element sets
     */
    public List<Set<SubsidyKind>> exclusivePairs() {
        return EXCLUSIVE_PAIRS;
    }

    /**
     * The groups of kinds whose months count against one duration cap per subject.
     *
     * @return an unmodifiable list of sets
     */
    public List<Set<SubsidyKind>> durationGroups() {
        return DURATION_GROUPS;
    }

    /**
     * The most distinct grant references one subject may hold for {@code kind}.
     *
     * @param kind the kind
     * @return the cap, or empty when the kind has none
     * @throws NullPointerException if {@code kind} is null
     */
    public OptionalInt grantCap(SubsidyKind kind) {
        int cap = grantCap[kind.ordinal()];
        return cap < 0 ? OptionalInt.empty() : OptionalInt.of(cap);
    }

    /**
     * The pack values these rules were read from, with their legal bases.
     *
     * @return an unmodifiable list
     */
    public List<ResolvedValue<?>> valuesRead() {
        return valuesRead;
    }

    /**
     * The violations that recording {@code incoming}, in order, on top of {@code existing}
     * would commit. Entries are taken one after the other: an incoming entry equal to one
     * stored or earlier in the batch is already present and changes no count; an entry that
     * breaks a rule is reported and left out of the counts for the entries after it, so each
     * violation is one the entry would commit on its own.
     *
     * <p>{@code existing} must hold every stored entry whose {@linkplain LedgerEntry#subject()
     * subject} is the subject of an incoming entry; entries of other subjects are ignored.
     *
     * @param existing the stored entries of the incoming entries' subjects
     * @param incoming the entries to record; a null element is reported
     * @return the violations, in incoming order, empty when the batch may be recorded
     * @throws NullPointerException if a list, or an element of {@code existing}, is null
     */
    public List<Violation> check(List<LedgerEntry> existing, List<LedgerEntry> incoming) {
        Objects.requireNonNull(existing, "existing");
        Objects.requireNonNull(incoming, "incoming");
        Map<Beneficiary, SubjectState> states = new HashMap<>();
        for (LedgerEntry e : incoming) {
            if (e != null) {
                states.computeIfAbsent(e.subject(), s -> new SubjectState());
            }
        }
        for (LedgerEntry e : existing) {
            SubjectState state = states.get(Objects.requireNonNull(e, "existing entry").subject());
            if (state != null) {
                state.add(e, e.key());
            }
        }
        List<Violation> faults = new ArrayList<>();
        for (int i = 0; i < incoming.size(); i++) {
            LedgerEntry e = incoming.get(i);
            String path = "entries[" + i + "]";
            if (e == null) {
                faults.add(new Violation(path, "store.null-item", "a batch must not hold null items"));
                continue;
            }
            SubjectState state = states.get(e.subject());
            IdempotencyKey key = e.key();
            LedgerEntry prior = state.byKey.get(key);
            if (prior != null) {
                if (!prior.equals(e)) {
                    faults.add(new Violation(path, "ledger.key-conflict",
                            "the ledger already holds an entry with this key and other content"));
                }
                continue;
            }
            int before = faults.size();
            checkRules(e, state, path, faults);
            if (faults.size() == before) {
                state.add(e, key);
            }
        }
        return List.copyOf(faults);
    }

    private void checkRules(LedgerEntry e, SubjectState state, String path, List<Violation> faults) {
        SubsidyKind kind = e.kind();
        YearMonth month = e.month().orElse(null);
        if (month != null) {
            int held = state.kindsByMonth.getOrDefault(month, 0) & exclusiveWith[kind.ordinal()];
            if (held != 0) {
                faults.add(new Violation(path, "ledger.exclusive-overlap", kind.code() + " and "
                        + SubsidyKind.values()[Integer.numberOfTrailingZeros(held)].code()
                        + " are never both paid for one person and month (" + month + ")"));
            }
            OptionalInt cap = e.durationCapMonths();
            if (cap.isPresent()) {
                Set<YearMonth> counted = state.durationMonths.getOrDefault(durationUnit(e), Set.of());
                if (!counted.contains(month) && counted.size() + 1 > cap.getAsInt()) {
                    faults.add(new Violation(path, "ledger.duration-cap", kind.code() + " for " + month
                            + " would be month " + (counted.size() + 1) + " of at most " + cap.getAsInt()));
                }
            }
        }
        int maxGrants = grantCap[kind.ordinal()];
        if (maxGrants >= 0) {
            Set<String> grants = state.grants.getOrDefault(kind, Set.of());
            if (!grants.contains(e.grantReference()) && grants.size() + 1 > maxGrants) {
                faults.add(new Violation(path, "ledger.grant-cap", kind.code() + " would be grant "
                        + (grants.size() + 1) + " of at most " + maxGrants + " for one person"));
            }
        }
    }

    /** What a month counts against: the kind's duration group, or the kind and grant. */
    private Object durationUnit(LedgerEntry e) {
        int group = durationGroup[e.kind().ordinal()];
        return group >= 0 ? Integer.valueOf(group) : List.of(e.kind(), e.grantReference());
    }

    @Override
    public String toString() {
        StringBuilder caps = new StringBuilder();
        for (SubsidyKind k : SubsidyKind.values()) {
            if (grantCap[k.ordinal()] >= 0) {
                caps.append(caps.length() == 0 ? "" : ", ").append(k.code()).append(" ").append(grantCap[k.ordinal()]);
            }
        }
        return "LedgerRules[exclusive " + EXCLUSIVE_PAIRS + ", duration groups " + DURATION_GROUPS
                + ", grant caps {" + caps + "}]";
    }

    /** The counts of one subject, existing and accepted so far. */
    private final class SubjectState {
        final Map<IdempotencyKey, LedgerEntry> byKey = new HashMap<>();
        final Map<YearMonth, Integer> kindsByMonth = new HashMap<>();
        final Map<Object, Set<YearMonth>> durationMonths = new HashMap<>();
        final Map<SubsidyKind, Set<String>> grants = new EnumMap<>(SubsidyKind.class);

        void add(LedgerEntry e, IdempotencyKey key) {
            byKey.put(key, e);
            e.month().ifPresent(m -> {
                kindsByMonth.merge(m, 1 << e.kind().ordinal(), (a, b) -> a | b);
                durationMonths.computeIfAbsent(durationUnit(e), u -> new HashSet<>()).add(m);
            });
            grants.computeIfAbsent(e.kind(), k -> new HashSet<>()).add(e.grantReference());
        }
    }
}
