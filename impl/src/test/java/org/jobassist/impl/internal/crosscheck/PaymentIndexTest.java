package org.jobassist.impl.internal.crosscheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicIntegerArray;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.Test;

/** The payments of a run grouped by ID number. */
class PaymentIndexTest {

    private static final ResidentIdNumber A = ResidentIdNumber.parse("11010519491231002X");
    private static final ResidentIdNumber B = number("11010519491231003");
    private static final DivisionCode SHENYANG = DivisionCode.parse("210100");
    private static final DivisionCode DALIAN = DivisionCode.parse("210200");

    private static ResidentIdNumber number(String first17) {
        return ResidentIdNumber.parse(first17 + Identities.residentIdCheckCharacter(first17));
    }

    private static LedgerEntry payment(ResidentIdNumber n, DivisionCode city, int month) {
        Beneficiary payee = Beneficiary.person(n);
        YearMonth m = YearMonth.of(2021, month);
        return LedgerEntry.builder(IdempotencyKey.monthly(payee, SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, m))
                .payee(payee).city(city).month(m).amount(Money.ofYuan(300)).grantReference("G-" + month)
                .grantedOn(m.atEndOfMonth()).build();
    }

    @Test
    void takesAPersonsPaymentsOnceInTheOrderAddedAndAnEqualCopyCountsOnce() {
        PaymentIndex index = new PaymentIndex(0);
        LedgerEntry a1 = payment(A, SHENYANG, 1);
        LedgerEntry b1 = payment(B, SHENYANG, 1);
        LedgerEntry a2 = payment(A, DALIAN, 1);
        LedgerEntry a3 = payment(A, SHENYANG, 3);
        index.add(A, a1);
        index.add(B, b1);
        index.add(A, a2);
        index.add(A, payment(A, SHENYANG, 1));
        index.add(A, a3);
        assertEquals(4, index.size());
        assertEquals(List.of(a1, a2, a3), index.take(A));
        assertNull(index.take(A), "taken already");
        assertEquals(List.of(b1), index.take(B));
        assertNull(index.take(number("11010519491231005")));
    }

    @Test
    void growsPastItsFirstSizeAndFindsEveryone() {
        PaymentIndex index = new PaymentIndex(0);
        List<ResidentIdNumber> people = new ArrayList<>();
        Properties.qt().withExamples(3000).forAll(Identities.residentIdNumbers()).checkAssert(people::add);
        List<ResidentIdNumber> distinct = people.stream().distinct().toList();
        for (ResidentIdNumber n : distinct) {
            index.add(n, payment(n, SHENYANG, 2));
            index.add(n, payment(n, DALIAN, 2));
        }
        assertEquals(2 * distinct.size(), index.size());
        for (ResidentIdNumber n : distinct) {
            assertEquals(List.of(payment(n, SHENYANG, 2), payment(n, DALIAN, 2)), index.take(n), n::masked);
        }
    }

    @Test
    void aBatchAddsAsSingleAddsDoAcrossItsFlushes() {
        PaymentIndex one = new PaymentIndex(0);
        PaymentIndex batched = new PaymentIndex(0);
        PaymentIndex.Batch batch = batched.batch();
        List<ResidentIdNumber> people = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            ResidentIdNumber n = number("210102198002" + String.format("%02d%03d", 1 + i / 100, i % 100));
            people.add(n);
            for (int month = 1; month <= 1 + i % 3; month++) {
                // Every person's first month twice: an equal copy, counted once either way.
                for (LedgerEntry e : month == 1 ? List.of(payment(n, SHENYANG, 1), payment(n, SHENYANG, 1))
                        : List.of(payment(n, DALIAN, month))) {
                    one.add(n, e);
                    batch.add(n, e);
                }
            }
        }
        batch.flush();
        assertEquals(one.size(), batched.size());
        assertEquals(300, batched.size());
        for (ResidentIdNumber n : people) {
            assertEquals(one.take(n), batched.take(n), n::masked);
        }
    }

    @Test
    void theKeyIsTheFirstSeventeenDigits() {
        assertEquals(11010519491231002L, PaymentIndex.key(A));
        assertEquals(11010519491231003L, PaymentIndex.key(B));
        Properties.qt().forAll(Identities.residentIdNumbers(), Identities.residentIdNumbers())
                .checkAssert((x, y) -> {
                    if (!x.equals(y)) {
                        assertNotEquals(PaymentIndex.key(x), PaymentIndex.key(y));
                    }
                });
    }

    @Test
    void concurrentTakersGetEachPersonsPaymentsExactlyOnce() {
        Properties.qt().withExamples(20).forAll(integers().between(1, 4000)).checkAssert(count -> {
            PaymentIndex index = new PaymentIndex(count);
            List<ResidentIdNumber> people = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                // Valid numbers of one county and day, told apart by sequence (and check) digits.
                ResidentIdNumber n = number("210102198001" + String.format("%02d%03d", 1 + i / 1000, i % 1000));
                people.add(n);
                index.add(n, payment(n, SHENYANG, 1 + i % 12));
            }
            AtomicIntegerArray takes = new AtomicIntegerArray(count);
            CountDownLatch start = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < 3; t++) {
                Thread th = new Thread(() -> {
                    try {
                        start.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        return;
                    }
                    for (int i = 0; i < count; i++) {
                        if (index.take(people.get(i)) != null) {
                            takes.incrementAndGet(i);
                        }
                    }
                });
                th.start();
                threads.add(th);
            }
            start.countDown();
            for (Thread th : threads) {
                try {
                    th.join();
                } catch (InterruptedException e) {
                    throw new AssertionError(e);
                }
            }
            for (int i = 0; i < count; i++) {
                assertEquals(1, takes.get(i), "person " + i);
            }
        });
    }
}
