package org.jobassist.api.subsidy;

import static org.jobassist.api.subsidy.LedgerFixtures.ANNA;
import static org.jobassist.api.subsidy.LedgerFixtures.BO;
import static org.jobassist.api.subsidy.LedgerFixtures.EMPLOYER;
import static org.jobassist.api.subsidy.LedgerFixtures.OTHER_EMPLOYER;
import static org.jobassist.api.subsidy.LedgerFixtures.SHENYANG;
import static org.jobassist.api.subsidy.LedgerFixtures.employer;
import static org.jobassist.api.subsidy.LedgerFixtures.flexible;
import static org.jobassist.api.subsidy.LedgerFixtures.monthly;
import static org.jobassist.api.subsidy.LedgerFixtures.training;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyValueUnavailableException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** {@link LedgerRules#check} without any storage: existing entries and a batch in, violations out. */
class LedgerRulesTest {

    private static final LedgerRules RULES = LedgerFixtures.rules();

    private static YearMonth m(int month) {
        return YearMonth.of(2021, month);
    }

    private static List<String> codes(List<Violation> violations) {
        return violations.stream().map(Violation::code).toList();
    }

    @Test
    @DisplayName("the caps come from the pack: 2 placements, 3 trainings, with the values read")
    void fromPack() {
        assertAll(
                () -> assertEquals(OptionalInt.of(2), RULES.grantCap(SubsidyKind.PUBLIC_WELFARE_POST)),
                () -> assertEquals(OptionalInt.of(3), RULES.grantCap(SubsidyKind.VOCATIONAL_TRAINING)),
                () -> assertEquals(OptionalInt.empty(), RULES.grantCap(SubsidyKind.HIRING)),
                () -> assertEquals(2, RULES.valuesRead().size()),
                () -> assertEquals(List.of(Set.of(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE,
                        SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE)), RULES.exclusivePairs()),
                () -> assertEquals(RULES.exclusivePairs(), RULES.durationGroups()));
        assertThrows(PolicyValueUnavailableException.class,
                () -> LedgerRules.of(LedgerFixtures.pack(2, 3), SHENYANG, LocalDate.of(2020, 12, 31)));
    }

    @Test
    @DisplayName("DOMAIN §3.1: the employer and flexible subsidies are never paid for one person and month")
    void exclusiveAgainstExisting() {
        List<Violation> v = RULES.check(List.of(employer(ANNA, m(3), 36)), List.of(flexible(ANNA, m(3), 36),
                flexible(ANNA, m(4), 36), flexible(BO, m(3), 36)));
        assertEquals(List.of(new Violation("entries[0]", "ledger.exclusive-overlap",
                "flexible-social-insurance and employer-social-insurance are never both paid for one person and month (2021-03)")), v);
    }

    @Test
    @DisplayName("the exclusive rule holds inside one batch too")
    void exclusiveInBatch() {
        assertEquals(List.of("ledger.exclusive-overlap"), codes(RULES.check(List.of(),
                List.of(employer(ANNA, m(3), 36), flexible(ANNA, m(3), 36)))));
    }

    @Test
    @DisplayName("DOMAIN §3.1: at most 3 years, 36 months, counted across both social-insurance kinds")
    void threeYearsShared() {
        List<LedgerEntry> existing = new ArrayList<>();
        YearMonth start = YearMonth.of(2019, 1);
        for (int i = 0; i < 20; i++) {
            existing.add(employer(ANNA, start.plusMonths(i), 36));
        }
        for (int i = 20; i < 35; i++) {
            existing.add(flexible(ANNA, start.plusMonths(i), 36));
        }
        // Month 36 passes, month 37 does not, whichever kind pays it.
        assertEquals(List.of(), RULES.check(existing, List.of(flexible(ANNA, start.plusMonths(35), 36))));
        List<Violation> v = RULES.check(existing, List.of(flexible(ANNA, start.plusMonths(35), 36),
                employer(ANNA, start.plusMonths(36), 36)));
        assertEquals(List.of(new Violation("entries[1]", "ledger.duration-cap",
                "employer-social-insurance for 2022-01 would be month 37 of at most 36")), v);
    }

    @Test
    @DisplayName("fewer than 5 years to retirement: the cap is the months to retirement, such as 14")
    void capToRetirement() {
        List<LedgerEntry> batch = new ArrayList<>();
        for (int i = 0; i < 15; i++) {
            batch.add(employer(BO, YearMonth.of(2021, 1).plusMonths(i), 14));
        }
        List<Violation> v = RULES.check(List.of(), batch);
        assertEquals(List.of("entries[14]"), v.stream().map(Violation::path).toList());
    }

    @Test
    @DisplayName("an entry without a cap is not counted against one; the months of its group still count for later capped ones")
    void uncapped() {
        List<LedgerEntry> existing = List.of(employer(ANNA, m(1), 0), employer(ANNA, m(2), 0));
        assertEquals(List.of(), RULES.check(existing, List.of(employer(ANNA, m(3), 0))));
        assertEquals(List.of("ledger.duration-cap"), codes(RULES.check(existing, List.of(flexible(ANNA, m(3), 2)))));
    }

    @Test
    @DisplayName("a public-welfare post's months count per placement")
    void postPerPlacement() {
        List<LedgerEntry> first = List.of(
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(1), "P-1", 2),
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(2), "P-1", 2));
        assertEquals(List.of("ledger.duration-cap"), codes(RULES.check(first,
                List.of(monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(3), "P-1", 2)))));
        assertEquals(List.of(), RULES.check(first,
                List.of(monthly(SubsidyKind.PUBLIC_WELFARE_POST, OTHER_EMPLOYER, ANNA, m(6), "P-2", 2))));
    }

    @Test
    @DisplayName("DOMAIN §3.2: at most 2 public-welfare-post placements in total")
    void twoPlacements() {
        List<LedgerEntry> held = List.of(
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(1), "P-1", 36),
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(5), "P-2", 36));
        List<Violation> v = RULES.check(held, List.of(
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, EMPLOYER, ANNA, m(6), "P-2", 36),
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, OTHER_EMPLOYER, ANNA, m(9), "P-3", 36),
                monthly(SubsidyKind.PUBLIC_WELFARE_POST, OTHER_EMPLOYER, ANNA, m(10), "P-3", 36)));
        assertEquals(List.of(
                new Violation("entries[1]", "ledger.grant-cap", "public-welfare-post would be grant 3 of at most 2 for one person"),
                new Violation("entries[2]", "ledger.grant-cap", "public-welfare-post would be grant 3 of at most 2 for one person")), v);
    }

    @Test
    @DisplayName("DOMAIN §3.6: at most 3 vocational training subsidies per person; a held one again is no new grant")
    void threeTrainings() {
        List<LedgerEntry> held = List.of(training(ANNA, "C-1"), training(ANNA, "C-2"), training(ANNA, "C-3"));
        assertEquals(List.of(), RULES.check(held, List.of(training(ANNA, "C-2"), training(BO, "C-4"))));
        assertEquals(List.of("ledger.grant-cap"), codes(RULES.check(held, List.of(training(ANNA, "C-4")))));
    }

    @Test
    @DisplayName("same key, other content: ledger.key-conflict, against the store and inside the batch")
    void keyConflict() {
        LedgerEntry other = monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, OTHER_EMPLOYER, ANNA, m(3), "SI-X", 36);
        assertEquals(List.of("ledger.key-conflict"), codes(RULES.check(List.of(employer(ANNA, m(3), 36)), List.of(other))));
        List<Violation> v = RULES.check(List.of(), List.of(employer(ANNA, m(3), 36), employer(ANNA, m(3), 36), other));
        assertEquals(List.of(new Violation("entries[2]", "ledger.key-conflict",
                "the ledger already holds an entry with this key and other content")), v);
    }

    @Test
    @DisplayName("a null incoming entry is store.null-item; a null existing one throws")
    void nulls() {
        assertEquals(List.of(new Violation("entries[1]", "store.null-item", "a batch must not hold null items")),
                RULES.check(List.of(), Arrays.asList(training(ANNA, "C-1"), null)));
        assertThrows(NullPointerException.class, () -> RULES.check(Arrays.asList((LedgerEntry) null),
                List.of(training(ANNA, "C-1"))));
        assertThrows(NullPointerException.class, () -> RULES.check(null, List.of()));
        assertThrows(NullPointerException.class, () -> RULES.check(List.of(), null));
    }

    @Test
    @DisplayName("existing entries of other subjects are ignored")
    void otherSubjects() {
        assertEquals(List.of(), RULES.check(List.of(employer(BO, m(3), 36)), List.of(flexible(ANNA, m(3), 36))));
    }

    @Test
    @DisplayName("no message holds an ID number")
    void noIdNumbers() {
        List<LedgerEntry> held = List.of(employer(ANNA, m(3), 1), training(ANNA, "C-1"), training(ANNA, "C-2"),
                training(ANNA, "C-3"));
        List<Violation> v = RULES.check(held, Arrays.asList(flexible(ANNA, m(3), 36), employer(ANNA, m(4), 1),
                training(ANNA, "C-4"), null, monthly(SubsidyKind.EMPLOYER_SOCIAL_INSURANCE, OTHER_EMPLOYER, ANNA, m(3), "X", 1)));
        assertEquals(List.of("ledger.exclusive-overlap", "ledger.duration-cap", "ledger.grant-cap", "store.null-item",
                "ledger.key-conflict"), codes(v));
        for (Violation x : v) {
            assertFalse(x.message().contains(ANNA.value()), x.code());
            assertFalse(x.message().contains(ANNA.masked()), x.code());
        }
    }
}
