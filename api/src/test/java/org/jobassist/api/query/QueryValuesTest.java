package org.jobassist.api.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The query value types: scopes, callers, summaries, the notice, the result and the audit event. */
class QueryValuesTest {

    /** The DOMAIN §5 example number: Beijing Chaoyang, born 1949-12-31, female, check X. */
    private static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    private static final DivisionCode DALIAN = DivisionCode.parse("210200");
    private static final DivisionCode SHENYANG = DivisionCode.parse("210100");
    private static final UnifiedSocialCreditCode UNIT = UnifiedSocialCreditCode.parse("91350100M000100Y43");
    private static final Instant AT = Instant.parse("2021-11-09T08:00:00Z");

    private static void assertCode(String code, String input, Executable call) {
        InvalidInputException e = assertThrows(InvalidInputException.class, call);
        assertEquals(code, e.code());
        if (input != null) {
            assertFalse(e.getMessage().contains(input), "the message must not echo the input");
        }
    }

    private static LedgerEntry postMonth(int month, long fen) {
        YearMonth m = YearMonth.of(2021, month);
        return LedgerEntry.builder(IdempotencyKey.monthly(Beneficiary.person(PERSON), SubsidyKind.PUBLIC_WELFARE_POST, m))
                .payee(Beneficiary.unit(UNIT)).person(PERSON).city(DALIAN).month(m).amount(Money.ofFen(fen))
                .grantReference("PWP-1").grantedOn(LocalDate.of(2021, 1, 5)).durationCapMonths(36).build();
    }

    @Test
    void scopesCoverTheirCitiesOnly() {
        AccessScope province = AccessScope.province();
        AccessScope dalian = AccessScope.city(DALIAN);
        assertTrue(province.isProvince());
        assertTrue(province.covers(DALIAN));
        assertTrue(province.covers(SHENYANG));
        assertTrue(dalian.covers(DALIAN));
        assertTrue(dalian.covers(DivisionCode.parse("210202")));
        assertFalse(dalian.covers(SHENYANG));
        assertFalse(AccessScope.province(DivisionCode.parse("110000")).covers(DALIAN));
        assertEquals(dalian, AccessScope.of(DALIAN));
        assertEquals(province, AccessScope.of(DivisionCode.LIAONING));
        assertEquals("city 210200", dalian.toString());
        assertEquals("province 210000", province.toString());
        assertNotEquals(province, dalian);
    }

    @Test
    void aScopeOfTheWrongLevelIsRefused() {
        assertCode("access-scope.level", "210202", () -> AccessScope.city(DivisionCode.parse("210202")));
        assertCode("access-scope.level", "210200", () -> AccessScope.province(DALIAN));
        assertCode("access-scope.level", "210202", () -> AccessScope.of(DivisionCode.parse("210202")));
        assertThrows(NullPointerException.class, () -> AccessScope.city(null));
    }

    @Test
    void aCallerNeedsAWellFormedUserId() {
        Caller caller = Caller.of("u-17", AccessScope.city(DALIAN));
        assertEquals("u-17", caller.userId());
        assertCode("caller.user-id-blank", null, () -> Caller.of("  ", AccessScope.province()));
        String tooLong = "x".repeat(Caller.MAX_USER_ID_LENGTH + 1);
        assertCode("caller.user-id-format", tooLong, () -> Caller.of(tooLong, AccessScope.province()));
        assertCode("caller.user-id-format", "bad\nid", () -> Caller.of("bad\nid", AccessScope.province()));
        assertThrows(NullPointerException.class, () -> Caller.of("u", null));
    }

    @Test
    void aKindSummaryTotalsItsPaymentsAndSpansTheirMonths() {
        KindSummary s = KindSummary.of(SubsidyKind.PUBLIC_WELFARE_POST,
                List.of(PaymentLine.of(postMonth(3, 150_000)), PaymentLine.of(postMonth(1, 150_000)),
                        PaymentLine.of(postMonth(2, 120_050))));
        assertEquals(Money.parse("4200.50"), s.total());
        assertEquals(DateRange.of(LocalDate.of(2021, 1, 1), LocalDate.of(2021, 3, 1)), s.span());
        assertEquals(Set.of(YearMonth.of(2021, 1), YearMonth.of(2021, 2), YearMonth.of(2021, 3)), s.months());
        assertEquals("2021-01", s.payments().get(0).period());
        assertEquals(Optional.of(UNIT), s.payments().get(0).unitPayee());
    }

    @Test
    void aKindSummaryIsRefusedEmptyOrMixed() {
        assertCode("kind-summary.empty", null, () -> KindSummary.of(SubsidyKind.PUBLIC_WELFARE_POST, List.of()));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> KindSummary.of(SubsidyKind.WORK_FOR_TRAINING, List.of(PaymentLine.of(postMonth(1, 100)))));
        assertEquals("kind-summary.kind", e.code());
        assertEquals("payments[0]", e.violations().get(0).path());
    }

    @Test
    void aPaymentLineHoldsNoIdNumber() {
        PaymentLine line = PaymentLine.of(postMonth(1, 150_000));
        assertFalse(line.toString().contains(PERSON.value()));
        assertTrue(line.toString().contains("1,500.00") || line.toString().contains("1500.00"), line.toString());
    }

    @Test
    void theNoticeSaysHowManyCitiesAndWhichKindsOnly() {
        OtherCities notice = new OtherCities(2, EnumSet.of(SubsidyKind.VOCATIONAL_TRAINING,
                SubsidyKind.PUBLIC_WELFARE_POST), true);
        assertEquals("2 other cities hold records: public-welfare-post, vocational-training; a recognition record",
                notice.line());
        assertEquals("1 other city holds records: a recognition record", new OtherCities(1, Set.of(), true).line());
        assertEquals("no other city holds records", OtherCities.none().line());
        assertTrue(OtherCities.none().isEmpty());
        assertThrows(UnsupportedOperationException.class, () -> notice.kinds().add(SubsidyKind.HIRING));
    }

    @Test
    void theNoticeRefusesRecordsWithoutACity() {
        assertCode("other-cities.count", null, () -> new OtherCities(-1, Set.of(), false));
        assertCode("other-cities.count", null, () -> new OtherCities(0, Set.of(SubsidyKind.HIRING), false));
        assertCode("other-cities.count", null, () -> new OtherCities(0, Set.of(), true));
    }

    @Test
    void theResultKeepsThePersonMaskedOnly() {
        KindSummary s = KindSummary.of(SubsidyKind.PUBLIC_WELFARE_POST, List.of(PaymentLine.of(postMonth(1, 150_000))));
        EnjoyedPolicies r = EnjoyedPolicies.of(PERSON, AccessScope.city(DALIAN), AT, false, List.of(s),
                Optional.empty(), OtherCities.none());
        assertEquals("110105********002X", r.personMasked());
        assertFalse(r.toString().contains(PERSON.value()));
        assertEquals(Money.parse("1500.00"), r.total());
        assertEquals(1, r.shownRecords());
        assertCode("enjoyed-policies.duplicate-kind", null, () -> EnjoyedPolicies.of(PERSON, AccessScope.province(), AT,
                false, List.of(s, s), Optional.empty(), OtherCities.none()));
    }

    @Test
    void theAuditEventIsALineWithoutTheNumber() {
        AuditEvent e = AuditEvent.of(Caller.of("u-17", AccessScope.city(DALIAN)), AT, PERSON,
                QueryKind.ENJOYED_POLICIES, 12, 3);
        assertEquals("2021-11-09T08:00:00Z user u-17 (city 210200) enjoyed-policies 110105********002X: 12 shown, 3 hidden",
                e.toString());
        assertEquals("110105********002X", e.subjectMasked());
        assertEquals(e, AuditEvent.of(Caller.of("u-17", AccessScope.city(DALIAN)), AT, PERSON,
                QueryKind.ENJOYED_POLICIES, 12, 3));
        assertCode("audit-event.negative-count", null, () -> AuditEvent.of(Caller.of("u", AccessScope.province()), AT,
                PERSON, QueryKind.ENJOYED_POLICIES, -1, 0));
    }
}
