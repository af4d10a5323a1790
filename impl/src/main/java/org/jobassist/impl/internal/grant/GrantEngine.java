package org.jobassist.impl.internal.grant;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Money;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.GrantBatchResult;
import org.jobassist.api.subsidy.GrantMode;
import org.jobassist.api.subsidy.GrantRequest;
import org.jobassist.api.subsidy.GrantResult;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerBatchResult;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyDecision;

/**
 * Records grant requests in a ledger. A case is one {@code recordAll}; an all-or-nothing batch
 * is one {@code recordAll} of every case's entries.
 *
 * <p><b>Which entries a write created.</b> The ledger reports counts only. When every entry of
 * a write has the same amount, the amount recorded is that amount times the count, exactly.
 * Otherwise (runs of different amounts, a batch of cases) the entries are attributed with a
 * read of the subjects' entries just before the write: an entry the ledger held, or equal to
 * one earlier in the write, was already present. When the write recorded every entry, or
 * none, the count settles it whatever the read saw; only when another writer records some,
 * not all, of the same entries between the read and the write does the read decide. The
 * counts of entries recorded are always the ledger's own. Immutable and thread-safe when the ledger is.
 */
public final class GrantEngine {

    private static final String NULL_ITEM = "store.null-item";
    private final EntitlementLedger ledger;

    /**
     * An engine over {@code ledger}.
     *
     * @param ledger the ledger
     * @throws NullPointerException if {@code ledger} is null
     */
    public GrantEngine(EntitlementLedger ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    /** @return the ledger written to */
    public EntitlementLedger ledger() {
        return ledger;
    }

    /**
     * Records one case all or nothing.
     *
     * @param request the case
     * @return what was recorded
     * @throws InvalidInputException from {@link LedgerEntry#fromDecision} or the ledger;
     *     nothing is recorded
     */
    public GrantResult grant(GrantRequest request) {
        Objects.requireNonNull(request, "request");
        List<LedgerEntry> entries = entriesOf(request);
        if (entries.isEmpty()) {
            return new GrantResult(request.decisions(), entries, 0, Money.ZERO);
        }
        boolean uniform = sameAmount(entries);
        Set<IdempotencyKey> held = uniform ? Set.of() : heldKeys(entries);
        LedgerBatchResult written = ledger.recordAll(entries);
        Money amount = uniform ? entries.get(0).amount().times(written.recorded())
                : fresh(entries, settle(entries, held, written), new HashSet<>()).amount;
        return new GrantResult(request.decisions(), entries, written.recorded(), amount);
    }

    /**
     * Records a batch in {@code mode}.
     *
     * @param requests the cases; a null case is rejected with {@code store.null-item}
     * @param mode the mode
     * @return the counts, every case counted once
     * @throws NullPointerException if an argument is null
     */
    public GrantBatchResult grantAll(List<GrantRequest> requests, GrantMode mode) {
        Objects.requireNonNull(requests, "requests");
        Objects.requireNonNull(mode, "mode");
        return mode == GrantMode.PER_CASE ? perCase(requests) : allOrNothing(requests);
    }

    private GrantBatchResult perCase(List<GrantRequest> requests) {
        int granted = 0;
        int already = 0;
        int ineligible = 0;
        int recorded = 0;
        Money amount = Money.ZERO;
        List<GrantBatchResult.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            GrantRequest request = requests.get(i);
            if (request == null) {
                rejections.add(new GrantBatchResult.Rejection(i, List.of(NULL_ITEM)));
                continue;
            }
            GrantResult result;
            try {
                result = grant(request);
            } catch (InvalidInputException e) {
                rejections.add(new GrantBatchResult.Rejection(i, codes(e.violations())));
                continue;
            }
            if (!result.isEligible()) {
                ineligible++;
            } else if (result.created() > 0) {
                granted++;
            } else {
                already++;
            }
            recorded += result.created();
            amount = amount.plus(result.amountRecorded());
        }
        return new GrantBatchResult(GrantMode.PER_CASE, requests.size(), granted, already, ineligible, rejections,
                recorded, amount);
    }

    private GrantBatchResult allOrNothing(List<GrantRequest> requests) {
        int n = requests.size();
        List<List<LedgerEntry>> perCase = new ArrayList<>(n);
        Map<Integer, List<String>> faults = new HashMap<>();
        for (int i = 0; i < n; i++) {
            GrantRequest request = requests.get(i);
            List<LedgerEntry> entries = List.of();
            if (request == null) {
                faults.put(i, List.of(NULL_ITEM));
            } else {
                try {
                    entries = entriesOf(request);
                } catch (InvalidInputException e) {
                    faults.put(i, codes(e.violations()));
                }
            }
            perCase.add(entries);
        }
        List<LedgerEntry> flat = new ArrayList<>();
        int[] caseOf = new int[perCase.stream().mapToInt(List::size).sum()];
        for (int i = 0; i < n; i++) {
            for (LedgerEntry e : perCase.get(i)) {
                caseOf[flat.size()] = i;
                flat.add(e);
            }
        }
        if (faults.isEmpty()) {
            Set<IdempotencyKey> held = heldKeys(flat);
            try {
                LedgerBatchResult written = ledger.recordAll(flat);
                return accepted(perCase, settle(flat, held, written), written);
            } catch (InvalidInputException e) {
                attribute(e.violations(), caseOf, perCase, faults);
            }
        }
        return rolledBack(perCase, faults);
    }

    /** Classifies each case of a recorded all-or-nothing batch by the attribution read. */
    private static GrantBatchResult accepted(List<List<LedgerEntry>> perCase, Set<IdempotencyKey> held,
                                             LedgerBatchResult written) {
        int granted = 0;
        int already = 0;
        int ineligible = 0;
        Money amount = Money.ZERO;
        Set<IdempotencyKey> seen = new HashSet<>();
        for (List<LedgerEntry> entries : perCase) {
            if (entries.isEmpty()) {
                ineligible++;
                continue;
            }
            Fresh f = fresh(entries, held, seen);
            if (f.count > 0) {
                granted++;
            } else {
                already++;
            }
            amount = amount.plus(f.amount);
        }
        return new GrantBatchResult(GrantMode.ALL_OR_NOTHING, perCase.size(), granted, already, ineligible, List.of(),
                written.recorded(), amount);
    }

    /** Each ledger violation goes to the case of its entry; one without an entry index to every case with entries. */
    private static void attribute(List<Violation> violations, int[] caseOf, List<List<LedgerEntry>> perCase,
                                  Map<Integer, List<String>> faults) {
        Map<Integer, Set<String>> byCase = new HashMap<>();
        for (Violation v : violations) {
            int entry = entryIndex(v.path());
            if (entry >= 0 && entry < caseOf.length) {
                byCase.computeIfAbsent(caseOf[entry], k -> new LinkedHashSet<>()).add(v.code());
            } else {
                for (int i = 0; i < perCase.size(); i++) {
                    if (!perCase.get(i).isEmpty()) {
                        byCase.computeIfAbsent(i, k -> new LinkedHashSet<>()).add(v.code());
                    }
                }
            }
        }
        byCase.forEach((i, codes) -> faults.put(i, List.copyOf(codes)));
    }

    private static GrantBatchResult rolledBack(List<List<LedgerEntry>> perCase, Map<Integer, List<String>> faults) {
        int ineligible = 0;
        List<GrantBatchResult.Rejection> rejections = new ArrayList<>();
        for (int i = 0; i < perCase.size(); i++) {
            List<String> codes = faults.get(i);
            if (codes != null) {
                rejections.add(new GrantBatchResult.Rejection(i, codes));
            } else if (perCase.get(i).isEmpty()) {
                ineligible++;
            } else {
                rejections.add(new GrantBatchResult.Rejection(i, List.of(GrantBatchResult.ROLLED_BACK)));
            }
        }
        return new GrantBatchResult(GrantMode.ALL_OR_NOTHING, perCase.size(), 0, 0, ineligible, rejections, 0,
                Money.ZERO);
    }

    /** {@code entries[12]} gives 12; any other path -1. */
    private static int entryIndex(String path) {
        String prefix = "entries[";
        if (path == null || !path.startsWith(prefix) || !path.endsWith("]")) {
            return -1;
        }
        try {
            return Integer.parseInt(path.substring(prefix.length(), path.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static List<String> codes(List<Violation> violations) {
        Set<String> codes = new LinkedHashSet<>();
        for (Violation v : violations) {
            codes.add(v.code());
        }
        return List.copyOf(codes);
    }

    private static List<LedgerEntry> entriesOf(GrantRequest request) {
        List<LedgerEntry> entries = new ArrayList<>();
        for (SubsidyDecision d : request.decisions()) {
            entries.addAll(LedgerEntry.fromDecision(d, request.grantReference(), request.grantedOn(),
                    request.durationCapMonths()));
        }
        return entries;
    }

    private static boolean sameAmount(List<LedgerEntry> entries) {
        Money first = entries.get(0).amount();
        for (LedgerEntry e : entries) {
            if (!e.amount().equals(first)) {
                return false;
            }
        }
        return true;
    }

    /** The keys of {@code entries} the ledger holds with the same content, read per subject. */
    private Set<IdempotencyKey> heldKeys(List<LedgerEntry> entries) {
        Map<IdempotencyKey, LedgerEntry> wanted = new HashMap<>();
        Set<Beneficiary> subjects = new LinkedHashSet<>();
        for (LedgerEntry e : entries) {
            wanted.putIfAbsent(e.key(), e);
            subjects.add(e.subject());
        }
        Set<IdempotencyKey> held = new HashSet<>();
        for (Beneficiary subject : subjects) {
            for (LedgerEntry stored : ledger.byBeneficiary(subject)) {
                LedgerEntry incoming = wanted.get(stored.key());
                if (incoming != null && incoming.equals(stored)) {
                    held.add(stored.key());
                }
            }
        }
        return held;
    }

    /**
     * The keys to count as already present, given what the write reported: none when it
     * recorded every distinct entry, all when it recorded none (another writer got there
     * between the read and the write), else those the read found.
     */
    private static Set<IdempotencyKey> settle(List<LedgerEntry> entries, Set<IdempotencyKey> held,
                                              LedgerBatchResult written) {
        Set<IdempotencyKey> all = new HashSet<>();
        for (LedgerEntry e : entries) {
            all.add(e.key());
        }
        if (written.recorded() == 0) {
            return all;
        }
        return written.recorded() == all.size() ? Set.of() : held;
    }

    /** The entries neither held nor earlier in the write ({@code seen} grows across cases). */
    private static Fresh fresh(List<LedgerEntry> entries, Set<IdempotencyKey> held, Set<IdempotencyKey> seen) {
        int count = 0;
        Money amount = Money.ZERO;
        for (LedgerEntry e : entries) {
            IdempotencyKey key = e.key();
            if (!held.contains(key) && seen.add(key)) {
                count++;
                amount = amount.plus(e.amount());
            }
        }
        return new Fresh(count, amount);
    }

    private record Fresh(int count, Money amount) {}
}
