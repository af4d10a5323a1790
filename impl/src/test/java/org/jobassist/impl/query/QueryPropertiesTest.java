package org.jobassist.impl.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.money.Money;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.query.KindSummary;
import org.jobassist.api.query.PaymentLine;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.IdempotencyKey;
import org.jobassist.api.subsidy.LedgerEntry;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyQueries;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.query.RecordingAuditSink;
import org.jobassist.testkit.region.Regions;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * The query's laws over generated people with records in one to four cities (QuickTheories,
 * fixed seed): a city scope never sees another city's data in clear, the province sees all,
 * every query is audited once without the number, and the ledger's order does not matter.
 *
 * <p>Each of a person's records sits in its own year (2015 to 2018, one per slot), the
 * recognition in 2012 and the query in 2021, so a date of one city's record can be searched
 * for in another city's answer without false alarms.
 */
class QueryPropertiesTest {

    private static final int EXAMPLES = 200;
    private static final Instant AT = Instant.parse("2021-11-09T08:00:00Z");
    private static final List<SubsidyKind> KINDS = List.of(SubsidyKind.PUBLIC_WELFARE_POST,
            SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE, SubsidyKind.WORK_FOR_TRAINING, SubsidyKind.VOCATIONAL_TRAINING,
            SubsidyKind.JOB_SEARCH);

    /** A person, where they live, whether registered and recognised, their entries, and another person's. */
    record Case(ResidentIdNumber person, DivisionCode county, boolean registered, boolean recognised,
                List<LedgerEntry> own, List<LedgerEntry> noise, DivisionCode scopeCity, long shuffleSeed) {

        DivisionCode homeCity() {
            return county.parent().orElseThrow();
        }

        int records() {
            return own.size() + (recognised ? 1 : 0);
        }

        @Override
        public String toString() {
            return "Case[" + person.masked() + " in " + county + ", registered " + registered + ", recognised "
                    + recognised + ", " + own.size() + " entries, scope " + scopeCity + "]";
        }
    }

    private static Gen<Case> cases() {
        Gen<ResidentIdNumber> numbers = Identities.residentIdNumbers();
        Gen<DivisionCode> cities = Regions.cities();
        Gen<DivisionCode> counties = Regions.counties();
        return in -> {
            ResidentIdNumber person = numbers.generate(in);
            ResidentIdNumber other = numbers.generate(in);
            int slots = Generate.range(1, 4).generate(in);
            List<LedgerEntry> own = new ArrayList<>();
            for (int slot = 0; slot < slots; slot++) {
                SubsidyKind kind = KINDS.get(Generate.range(0, KINDS.size() - 1).generate(in));
                entries(person, kind, cities.generate(in), 2015 + slot, slot, in, own);
            }
            List<LedgerEntry> noise = new ArrayList<>();
            if (!other.equals(person)) {
                entries(other, SubsidyKind.PUBLIC_WELFARE_POST, cities.generate(in), 2016, 9, in, noise);
            }
            int registration = Generate.range(0, 2).generate(in);
            return new Case(person, counties.generate(in), registration > 0, registration > 1, List.copyOf(own),
                    List.copyOf(noise), cities.generate(in), Generate.longRange(0, Long.MAX_VALUE).generate(in));
        };
    }

    private static void entries(ResidentIdNumber person, SubsidyKind kind, DivisionCode city, int year, int slot,
                                RandomnessSource in, List<LedgerEntry> out) {
        Beneficiary subject = Beneficiary.person(person);
        String ref = "REF-" + slot + "-" + kind.code();
        if (kind.isMonthly()) {
            int months = Generate.range(1, 6).generate(in);
            int first = Generate.range(1, 13 - months).generate(in);
            Money amount = Money.ofFen(Generate.longRange(10_000L, 300_000L).generate(in));
            Beneficiary payee = kind == SubsidyKind.FLEXIBLE_SOCIAL_INSURANCE ? subject
                    : Beneficiary.unit(Identities.creditCodes().generate(in));
            for (int m = first; m < first + months; m++) {
                YearMonth month = YearMonth.of(year, m);
                out.add(LedgerEntry.builder(IdempotencyKey.monthly(subject, kind, month)).payee(payee).person(person)
                        .city(city).month(month).amount(amount).grantReference(ref)
                        .grantedOn(LocalDate.of(year, first, 1)).durationCapMonths(36).build());
            }
        } else {
            out.add(LedgerEntry.builder(IdempotencyKey.once(subject, kind, ref)).payee(subject).city(city)
                    .amount(Money.ofFen(Generate.longRange(10_000L, 300_000L).generate(in))).grantReference(ref)
                    .grantedOn(LocalDate.ofYearDay(year, Generate.range(1, 365).generate(in))).build());
        }
    }

    /** The stores of a case, the ledger filled by {@code recordAll}. */
    private static final class World {
        final EntitlementLedger ledger = InMemoryStores.ledger(Ledgers.rules(10, 10));
        final PersonStore people = InMemoryStores.people();
        final RecognitionStore recognitions = InMemoryStores.recognitions();
        final RecordingAuditSink sink = new RecordingAuditSink();
        final PolicyQueries queries = PolicyQueries.of(ledger, recognitions, people, sink);

        World(Case c, List<LedgerEntry> entries) {
            ledger.recordAll(entries);
            PersonId id = PersonId.of("P-subject");
            if (!c.noise().isEmpty()) {
                // Another registered person, so the lookup has someone else to skip.
                ResidentIdNumber other = c.noise().get(0).person().orElseThrow();
                people.save(PersonRecord.builder(PersonId.of("P-other")).idNumber(other)
                        .retirementClass(classOf(other)).residence(c.county()).build());
            }
            if (c.registered()) {
                people.save(PersonRecord.builder(id).idNumber(c.person()).retirementClass(classOf(c.person()))
                        .residence(c.county()).build());
            }
            if (c.recognised()) {
                recognitions.save(RecognitionRecord.applied(id, LocalDate.of(2012, 3, 5)).recognised(
                        LocalDate.of(2012, 3, 19), "liaoning-2012", Set.of("long-term-unemployed"),
                        LocalDate.of(2013, 3, 19)), 0);
            }
        }

        World(Case c) {
            this(c, concat(c.own(), c.noise()));
        }

        EnjoyedPolicies ask(AccessScope scope) {
            return queries.enjoyed(Caller.of("auditor-1", scope), ask, AT);
        }

        private ResidentIdNumber ask;
    }

    private static RetirementClass classOf(ResidentIdNumber n) {
        return n.gender() == Gender.MALE ? RetirementClass.MALE_60
                : RetirementClass.FEMALE_WORKER_50;
    }

    private static List<LedgerEntry> concat(List<LedgerEntry> a, List<LedgerEntry> b) {
        List<LedgerEntry> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static World world(Case c) {
        World w = new World(c);
        w.ask = c.person();
        return w;
    }

    private static String json(EnjoyedPolicies r) {
        return EnjoyedPoliciesJsonTest.json(EnjoyedPoliciesJsonTest.MAPPER, r);
    }

    private static void strings(JsonNode node, Set<String> out) {
        if (node.isTextual()) {
            out.add(node.asText());
        }
        node.forEach(child -> strings(child, out));
    }

    @Test
    void aCityScopeNeverSeesAnotherCitysDataInClear() {
        Properties.qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            World w = world(c);
            AccessScope scope = AccessScope.city(c.scopeCity());
            EnjoyedPolicies r = w.ask(scope);
            String text = r.toString();
            String json = json(r);
            for (KindSummary k : r.kinds()) {
                for (PaymentLine p : k.payments()) {
                    assertEquals(c.scopeCity(), p.city());
                }
            }
            assertEquals(r.recognition().isPresent(), c.recognised() && c.homeCity().equals(c.scopeCity()));
            for (String shown : List.of(text, json)) {
                assertFalse(shown.contains(c.person().value()), "full ID number shown");
                for (LedgerEntry e : c.own()) {
                    if (!e.city().equals(c.scopeCity())) {
                        assertFalse(shown.contains(e.accountingDate().toString()), "accounting date of another city");
                        assertFalse(shown.contains(e.grantedOn().toString()), "grant date of another city");
                        assertFalse(shown.contains(e.period()), "period of another city");
                        assertFalse(shown.contains(e.grantReference()), "reference of another city");
                    }
                }
                if (c.recognised() && !c.homeCity().equals(c.scopeCity())) {
                    assertFalse(shown.contains("2012-"), "recognition date of another city");
                    assertFalse(shown.contains("long-term-unemployed"), "recognition category of another city");
                }
            }
            // Amounts: a JSON value equal to another city's amount must be one of this answer's own figures.
            Set<String> own = new HashSet<>();
            own.add(r.total().toString());
            r.kinds().forEach(k -> {
                own.add(k.total().toString());
                k.payments().forEach(p -> own.add(p.amount().toString()));
            });
            Set<String> values = new HashSet<>();
            try {
                strings(EnjoyedPoliciesJsonTest.MAPPER.readTree(json), values);
            } catch (JsonProcessingException e) {
                throw new AssertionError(e);
            }
            for (LedgerEntry e : c.own()) {
                if (!e.city().equals(c.scopeCity()) && values.contains(e.amount().toString())) {
                    assertTrue(own.contains(e.amount().toString()), "amount of another city");
                }
            }
            Set<DivisionCode> others = new HashSet<>();
            c.own().stream().map(LedgerEntry::city).filter(city -> !city.equals(c.scopeCity())).forEach(others::add);
            if (c.recognised() && !c.homeCity().equals(c.scopeCity())) {
                others.add(c.homeCity());
            }
            assertEquals(others.size(), r.otherCities().cityCount());
        });
    }

    @Test
    void theProvinceScopeSeesEverything() {
        Properties.qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            EnjoyedPolicies r = world(c).ask(AccessScope.province());
            Set<PaymentLine> expected = new HashSet<>();
            c.own().forEach(e -> expected.add(PaymentLine.of(e)));
            Set<PaymentLine> shown = new HashSet<>();
            r.kinds().forEach(k -> shown.addAll(k.payments()));
            assertEquals(expected, shown);
            assertEquals(c.recognised(), r.recognition().isPresent());
            assertEquals(c.registered(), r.registered());
            assertTrue(r.otherCities().isEmpty());
            assertEquals(c.records(), r.shownRecords());
            Money sum = Money.ZERO;
            for (LedgerEntry e : c.own()) {
                sum = sum.plus(e.amount());
            }
            assertEquals(sum, r.total());
        });
    }

    @Test
    void everyQueryIsAuditedOnceWithoutTheNumber() {
        Properties.qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            World w = world(c);
            List<AccessScope> scopes = List.of(AccessScope.province(), AccessScope.city(c.scopeCity()),
                    AccessScope.city(c.homeCity()));
            for (int i = 0; i < scopes.size(); i++) {
                EnjoyedPolicies r = w.ask(scopes.get(i));
                assertEquals(i + 1, w.sink.size());
                AuditEvent e = w.sink.last().orElseThrow();
                assertFalse(e.toString().contains(c.person().value()));
                assertEquals(c.person().masked(), e.subjectMasked());
                assertEquals(scopes.get(i), e.scope());
                assertEquals(AT, e.at());
                assertEquals("auditor-1", e.userId());
                assertEquals(r.shownRecords(), e.shown());
                assertEquals(c.records(), e.shown() + e.hidden());
            }
        });
    }

    @Test
    void theAnswerDoesNotDependOnTheOrderOfTheLedgerEntries() {
        Properties.qt().withExamples(EXAMPLES).forAll(cases()).checkAssert(c -> {
            List<LedgerEntry> shuffled = concat(c.own(), c.noise());
            Collections.shuffle(shuffled, new Random(c.shuffleSeed()));
            World a = world(c);
            World b = new World(c, List.of());
            b.ask = c.person();
            shuffled.forEach(b.ledger::record);
            for (AccessScope scope : List.of(AccessScope.province(), AccessScope.city(c.scopeCity()))) {
                assertEquals(a.ask(scope), b.ask(scope));
                assertEquals(json(a.ask(scope)), json(b.ask(scope)));
            }
        });
    }
}
