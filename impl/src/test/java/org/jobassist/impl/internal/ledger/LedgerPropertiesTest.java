package org.jobassist.impl.internal.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.LedgerRules;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.Test;

/** The ledger's laws over generated batches (QuickTheories, fixed seed). */
class LedgerPropertiesTest {

    private static final LedgerRules RULES = Ledgers.rules(2, 3);
    private static final DateRange YEAR = DateRange.ofYear(Ledgers.DEFAULT_YEAR);
    private static final int EXAMPLES = 200;

    private static EntitlementLedger recorded(List<LedgerEntry> batch) {
        EntitlementLedger ledger = InMemoryStores.ledger(RULES);
        ledger.recordAll(batch);
        return ledger;
    }

    private static Set<LedgerEntry> all(EntitlementLedger ledger) {
        Set<LedgerEntry> all = new HashSet<>();
        ledger.forEach(all::add);
        return all;
    }

    @Test
    void generatedBatchesPassTheRulesInAnyOrder() {
        Properties.qt().withExamples(EXAMPLES).forAll(Ledgers.entries()).checkAssert(batch -> {
            assertEquals(List.of(), RULES.check(List.of(), batch));
            List<LedgerEntry> reversed = new ArrayList<>(batch);
            Collections.reverse(reversed);
            assertEquals(List.of(), RULES.check(List.of(), reversed));
        });
    }

    @Test
    void reRunningABatchChangesNothing() {
        Properties.qt().withExamples(EXAMPLES).forAll(Ledgers.entries()).checkAssert(batch -> {
            EntitlementLedger ledger = recorded(batch);
            Set<LedgerEntry> before = all(ledger);
            List<LedgerTotal> totals = ledger.totals(YEAR);
            assertTrue(ledger.recordAll(batch).isNoOp());
            // One by one, in another order: still nothing new.
            List<LedgerEntry> shuffled = new ArrayList<>(batch);
            Collections.shuffle(shuffled, new Random(Properties.seed()));
            for (LedgerEntry e : shuffled) {
                assertFalse(ledger.record(e).created());
            }
            assertEquals(before, all(ledger));
            assertEquals(new HashSet<>(batch), before);
            assertEquals(totals, ledger.totals(YEAR));
        });
    }

    @Test
    void citiesAddUpToTheProvince() {
        Properties.qt().withExamples(EXAMPLES).forAll(Ledgers.entries()).checkAssert(batch -> {
            EntitlementLedger ledger = recorded(batch);
            Map<SubsidyKind, long[]> sums = new HashMap<>();
            for (LedgerTotal t : ledger.totals(YEAR)) {
                assertEquals(t, ledger.totals(t.kind(), t.city(), YEAR));
                long[] s = sums.computeIfAbsent(t.kind(), k -> new long[2]);
                s[0] += t.entries();
                s[1] += t.amount().fen();
            }
            Money expected = Money.ZERO;
            for (LedgerEntry e : batch) {
                expected = expected.plus(e.amount());
            }
            long all = 0;
            for (SubsidyKind kind : SubsidyKind.values()) {
                LedgerTotal province = ledger.totals(kind, DivisionCode.LIAONING, YEAR);
                long[] s = sums.getOrDefault(kind, new long[2]);
                assertEquals(province.entries(), s[0], kind.code());
                assertEquals(province.amount().fen(), s[1], kind.code());
                all += province.amount().fen();
            }
            assertEquals(expected.fen(), all, "the province total is the sum of the batch");
        });
    }

    @Test
    void neverTwoEntriesWithOneKey() {
        Properties.qt().withExamples(EXAMPLES).forAll(Ledgers.entries()).checkAssert(batch -> {
            EntitlementLedger ledger = recorded(batch);
            for (LedgerEntry e : batch) {
                LedgerEntry other = sameKeyOtherAmount(e);
                InvalidInputException x = assertThrows(InvalidInputException.class, () -> ledger.record(other));
                assertEquals("ledger.key-conflict", x.code());
            }
            Set<IdempotencyKey> keys = new HashSet<>();
            ledger.forEach(e -> assertTrue(keys.add(e.key())));
            assertEquals(batch.size(), ledger.count());
        });
    }

    @Test
    void exclusiveKindsNeverBothForAPersonMonth() {
        Properties.qt().withExamples(EXAMPLES).forAll(Ledgers.entries()).checkAssert(batch -> {
            EntitlementLedger ledger = recorded(batch);
            for (LedgerEntry e : batch) {
                if (e.kind() == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE || e.kind() == SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE) {
                    InvalidInputException x = assertThrows(InvalidInputException.class,
                            () -> ledger.record(oppositeKind(e)));
                    assertEquals("ledger.exclusive-overlap", x.code());
                }
            }
            Map<String, Integer> seen = new HashMap<>();
            ledger.forEach(e -> e.month().ifPresent(m -> {
                if (e.kind() == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE || e.kind() == SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE) {
                    assertEquals(null, seen.put(e.person().orElseThrow().value() + m, 1), "both kinds in one month");
                }
            }));
        });
    }

    private static LedgerEntry sameKeyOtherAmount(LedgerEntry e) {
        LedgerEntry.Builder b = LedgerEntry.builder(e.key()).payee(e.payee()).city(e.city())
                .amount(e.amount().plus(Money.ofFen(1))).grantReference(e.grantReference()).grantedOn(e.grantedOn());
        e.person().ifPresent(b::person);
        e.month().ifPresent(b::month);
        e.durationCapMonths().ifPresent(b::durationCapMonths);
        return b.build();
    }

    private static LedgerEntry oppositeKind(LedgerEntry e) {
        ResidentIdNumber person = e.person().orElseThrow();
        YearMonth month = e.month().orElseThrow();
        boolean employer = e.kind() == SubsidyKind.EMPLOYER_SOCIAL_INSURANCE;
        SubsidyKind kind = employer ? SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE : SubsidyKind.EMPLOYER_SOCIAL_INSURANCE;
        Beneficiary payee = employer ? Beneficiary.person(person) : Beneficiary.unit(
                org.jobassist.api.identity.UnifiedSocialCreditCode.parse("91210100MA0Y5QJ018"));
        return LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(person), kind, month))
                .payee(payee).person(person).city(e.city()).month(month).amount(e.amount())
                .grantReference("OTHER").grantedOn(e.grantedOn()).durationCapMonths(36).build();
    }
}
