package org.jobassist.impl.query;

import static org.jobassist.impl.query.QueryFixture.ANSHAN;
import static org.jobassist.impl.query.QueryFixture.AT;
import static org.jobassist.impl.query.QueryFixture.DALIAN;
import static org.jobassist.impl.query.QueryFixture.PERSON;
import static org.jobassist.impl.query.QueryFixture.PERSON_ID;
import static org.jobassist.impl.query.QueryFixture.SHENYANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.AuditFailedException;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.query.KindSummary;
import org.jobassist.api.query.OtherCities;
import org.jobassist.api.query.QueryKind;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.StorageException;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyQueries;
import org.jobassist.testkit.query.RecordingAuditSink;
import org.junit.jupiter.api.Test;

/** The enjoyed-policies query on one person with records in Dalian (home) and Shenyang. */
class PolicyQueriesTest {

    private final QueryFixture f = new QueryFixture();
    private final RecordingAuditSink sink = new RecordingAuditSink();
    private final PolicyQueries queries = PolicyQueries.of(f.ledger, f.recognitions, f.people, sink);

    private EnjoyedPolicies ask(AccessScope scope) {
        return queries.enjoyed(Caller.of("u-17", scope), PERSON, AT);
    }

    @Test
    void theProvinceSeesEveryRecordInFull() {
        EnjoyedPolicies r = ask(AccessScope.province());
        assertEquals("110105********002X", r.personMasked());
        assertTrue(r.registered());
        assertEquals(List.of(SubsidyKind.PUBLIC_WELFARE_POST, SubsidyKind.VOCATIONAL_TRAINING),
                r.kinds().stream().map(KindSummary::kind).toList());
        KindSummary posts = r.kinds().get(0);
        assertEquals(Money.parse("5430.00"), posts.total());
        assertEquals(Set.of(YearMonth.of(2021, 3), YearMonth.of(2021, 4), YearMonth.of(2021, 5)), posts.months());
        assertEquals(DateRange.of(LocalDate.of(2021, 3, 1), LocalDate.of(2021, 5, 1)), posts.span());
        KindSummary training = r.kinds().get(1);
        assertEquals(Money.parse("987.65"), training.total());
        assertEquals(SHENYANG, training.payments().get(0).city());
        assertEquals(Optional.empty(), training.payments().get(0).unitPayee());
        assertEquals(Money.parse("6417.65"), r.total());
        assertEquals(RecognitionStatus.RECOGNISED, r.recognition().orElseThrow().record().status());
        assertEquals(List.of("zero-employment-family-member"), r.recognition().orElseThrow().record().categories());
        assertEquals(DALIAN, r.recognition().orElseThrow().city());
        assertEquals(OtherCities.none(), r.otherCities());
        assertEquals(List.of(AuditEvent.of(Caller.of("u-17", AccessScope.province()), AT, PERSON,
                QueryKind.ENJOYED_POLICIES, 5, 0)), sink.events());
    }

    @Test
    void theHomeCitySeesItsPaymentsAndTheRecognitionAndOnlyANoticeOfShenyang() {
        EnjoyedPolicies r = ask(AccessScope.city(DALIAN));
        assertEquals(List.of(SubsidyKind.PUBLIC_WELFARE_POST), r.kinds().stream().map(KindSummary::kind).toList());
        assertEquals(Money.parse("5430.00"), r.total());
        assertTrue(r.recognition().isPresent());
        assertEquals(new OtherCities(1, Set.of(SubsidyKind.VOCATIONAL_TRAINING), false), r.otherCities());
        assertFalse(r.toString().contains("987.65"));
        assertFalse(r.toString().contains("2021-07-16"));
        assertEquals(4, sink.last().orElseThrow().shown());
        assertEquals(1, sink.last().orElseThrow().hidden());
    }

    @Test
    void anotherCitySeesItsOwnPaymentAndThatTheRecognitionIsHeldElsewhere() {
        EnjoyedPolicies r = ask(AccessScope.city(SHENYANG));
        assertEquals(List.of(SubsidyKind.VOCATIONAL_TRAINING), r.kinds().stream().map(KindSummary::kind).toList());
        assertEquals(Optional.empty(), r.recognition());
        assertEquals(new OtherCities(1, Set.of(SubsidyKind.PUBLIC_WELFARE_POST), true), r.otherCities());
        assertEquals("1 other city holds records: public-welfare-post; a recognition record", r.otherCities().line());
        assertEquals(1, sink.last().orElseThrow().shown());
        assertEquals(4, sink.last().orElseThrow().hidden());
    }

    @Test
    void aCityWithoutRecordsSeesNothingButTheNotice() {
        EnjoyedPolicies r = ask(AccessScope.city(ANSHAN));
        assertEquals(List.of(), r.kinds());
        assertEquals(Money.ZERO, r.total());
        assertEquals(new OtherCities(2, Set.of(SubsidyKind.PUBLIC_WELFARE_POST, SubsidyKind.VOCATIONAL_TRAINING), true),
                r.otherCities());
        assertEquals(0, sink.last().orElseThrow().shown());
        assertEquals(5, sink.last().orElseThrow().hidden());
    }

    @Test
    void aPersonWithNoRecordIsAnsweredEmptyAndStillAudited() {
        ResidentIdNumber stranger = ResidentIdNumber.parse("210102199001011237");
        EnjoyedPolicies r = queries.enjoyed(Caller.of("u-9", AccessScope.province()), stranger, AT);
        assertFalse(r.registered());
        assertEquals(List.of(), r.kinds());
        assertEquals(Optional.empty(), r.recognition());
        assertTrue(r.otherCities().isEmpty());
        assertEquals(1, sink.size());
        assertEquals("210102********1237", sink.last().orElseThrow().subjectMasked());
    }

    @Test
    void theQueryFailsClosedWhenTheAuditSinkFails() {
        StorageException down = new StorageException("audit table unavailable");
        sink.failWith(down);
        AuditFailedException e = assertThrows(AuditFailedException.class, () -> ask(AccessScope.province()));
        assertSame(down, e.getCause());
        assertFalse(e.getMessage().contains(PERSON.value()));
        assertEquals(0, sink.size());
        // A sink that fails with something other than a storage exception fails the query too.
        sink.failWith(new IllegalStateException("queue full"));
        assertThrows(AuditFailedException.class, () -> ask(AccessScope.city(DALIAN)));
        sink.failWith(null);
        ask(AccessScope.city(DALIAN));
        assertEquals(1, sink.size());
    }

    @Test
    void nullArgumentsAreRefusedBeforeAnythingIsAudited() {
        Caller caller = Caller.of("u", AccessScope.province());
        assertThrows(NullPointerException.class, () -> queries.enjoyed(null, PERSON, AT));
        assertThrows(NullPointerException.class, () -> queries.enjoyed(caller, null, AT));
        assertThrows(NullPointerException.class, () -> queries.enjoyed(caller, PERSON, null));
        assertThrows(NullPointerException.class, () -> PolicyQueries.of(f.ledger, f.recognitions, f.people, null));
        assertEquals(0, sink.size());
    }

    @Test
    void aPersonWhoseNumberChangesIsFoundUnderTheNewNumber() {
        ask(AccessScope.province());
        ResidentIdNumber corrected = ResidentIdNumber.parse("210102199001011237");
        f.people.save(f.people.find(PERSON_ID).orElseThrow().toBuilder().idNumber(corrected)
                .retirementClass(RetirementClass.MALE_60).build());
        assertFalse(queries.enjoyed(Caller.of("u", AccessScope.province()), PERSON, AT).registered());
        EnjoyedPolicies r = queries.enjoyed(Caller.of("u", AccessScope.province()), corrected, AT);
        assertTrue(r.registered());
        assertTrue(r.recognition().isPresent());
    }

    @Test
    void aPersonAddedAfterTheFirstQueryIsFound() {
        ResidentIdNumber later = ResidentIdNumber.parse("210102199001011237");
        assertFalse(queries.enjoyed(Caller.of("u", AccessScope.province()), later, AT).registered());
        f.people.save(PersonRecord.builder(PersonId.of("P2")).idNumber(later).retirementClass(RetirementClass.MALE_60)
                .residence(QueryFixture.ZHONGSHAN).build());
        assertTrue(queries.enjoyed(Caller.of("u", AccessScope.province()), later, AT).registered());
    }

    @Test
    void theDefaultFindByIdNumberScansAndPrefersTheLeastId() {
        PersonStore store = InMemoryStores.people();
        PersonRecord p1 = f.people.find(PERSON_ID).orElseThrow();
        store.save(p1.toBuilder().build());
        assertEquals(Optional.of(p1), store.findByIdNumber(PERSON));
        PersonRecord p0 = PersonRecord.builder(PersonId.of("P0")).idNumber(PERSON)
                .retirementClass(RetirementClass.FEMALE_WORKER_50).residence(QueryFixture.ZHONGSHAN).build();
        store.save(p0);
        assertEquals(Optional.of(p0), store.findByIdNumber(PERSON));
        assertEquals(Optional.empty(), store.findByIdNumber(ResidentIdNumber.parse("210102199001011237")));
        assertThrows(NullPointerException.class, () -> store.findByIdNumber(null));
    }

    @Test
    void aStoreWithItsOwnIndexIsAskedInsteadOfScanned() {
        CountingStore store = new CountingStore(f.people);
        PolicyQueries q = PolicyQueries.of(f.ledger, f.recognitions, store, sink);
        assertTrue(q.enjoyed(Caller.of("u", AccessScope.province()), PERSON, AT).registered());
        q.enjoyed(Caller.of("u", AccessScope.province()), PERSON, AT);
        assertEquals(2, store.lookups.get());
        assertEquals(0, store.scans.get());
    }

    /** A store that overrides the number lookup, as a database with an index would. */
    private static final class CountingStore implements PersonStore {
        final PersonStore inner;
        final AtomicInteger lookups = new AtomicInteger();
        final AtomicInteger scans = new AtomicInteger();

        CountingStore(PersonStore inner) {
            this.inner = inner;
        }

        @Override
        public Optional<PersonRecord> findByIdNumber(ResidentIdNumber idNumber) {
            lookups.incrementAndGet();
            return inner.findByIdNumber(idNumber);
        }

        @Override
        public void save(PersonRecord person) {
            inner.save(person);
        }

        @Override
        public BatchResult saveAll(List<PersonRecord> people) {
            return inner.saveAll(people);
        }

        @Override
        public Optional<PersonRecord> find(PersonId id) {
            return inner.find(id);
        }

        @Override
        public void forEach(Consumer<? super PersonRecord> action) {
            scans.incrementAndGet();
            inner.forEach(action);
        }

        @Override
        public long count() {
            return inner.count();
        }
    }
}
