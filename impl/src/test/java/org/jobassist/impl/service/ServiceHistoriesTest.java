package org.jobassist.impl.service;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.LifecycleOutcome;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.category.RecognitionService;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.ServiceOutcome;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.KinshipServices;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.impl.RecognitionLifecycles;
import org.jobassist.impl.Recognitions;
import org.jobassist.impl.ServiceHistories;
import org.jobassist.impl.ZeroEmploymentFamilies;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.jobassist.testkit.service.Referrals;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The referral and service history feeding recognition, end to end with the Liaoning pack: the
 * reference-category gate "accepted at least 2 suitable referrals" (DOMAIN §1.1, 辽政发〔2020〕9号)
 * reads the referral store through {@link ServiceHistories#personView}, and the exit "refuses
 * public employment services 3 or more times within 6 months" (DOMAIN §1.2) reads the service
 * records and referrals.
 */
class ServiceHistoriesTest {

    private static final PolicyPack PACK = PolicyPacks.liaoning();
    private static final DivisionCode HEPING = DivisionCode.of("210102");
    private static final LocalDate REGISTERED = LocalDate.of(2019, 6, 1);

    private final Registries registries = InMemoryStores.registries();
    private final PersonStore stored = InMemoryStores.people();
    private final RecognitionStore recognitions = InMemoryStores.recognitions();
    private final ServiceRecordStore services = InMemoryStores.serviceRecords();
    private final ReferralStore referrals = InMemoryStores.referrals();
    private final ServiceHistories history = ServiceHistories.of(services, referrals);
    private final PersonStore people = history.personView(stored);
    private final RecognitionService recognition = Recognitions.service(PACK, registries, InMemoryStores.households(),
            ZeroEmploymentFamilies.test(PACK, KinshipServices.of(KinshipGraph.builder().build())));
    private final RecognitionLifecycle lifecycle = RecognitionLifecycles.of(recognition, PACK, people, recognitions);

    private static ResidentIdNumber idNumber(LocalDate born) {
        return Samples.draw(Identities.residentIdNumbers().bornBetween(born, born).gender(Gender.MALE), 1,
                Properties.seed()).get(0);
    }

    private PersonRecord man(String id, RegistryFlag flag) {
        PersonRecord p = PersonRecord.builder(PersonId.of(id)).idNumber(idNumber(LocalDate.of(1980, 3, 1)))
                .retirementClass(RetirementClass.MALE_60).residence(HEPING)
                .unemploymentRegistration(DateRange.startingOn(REGISTERED)).build();
        Evidence e = Evidence.of(p.id(), flag, "REF-1", REGISTERED, DateRange.startingOn(REGISTERED));
        if (flag == RegistryFlag.MODEL_WORKER) {
            registries.hostRecords().record(e);
        } else {
            registries.disabledPersonsFederation().record(e);
        }
        stored.save(p);
        return p;
    }

    private Referral referral(String id, PersonId person, LocalDate day, boolean suitable) {
        Referral r = Referral.builder().id(id).person(person).vacancyId("v-" + id).date(day).providedBy("office-01")
                .suitable(suitable).build();
        referrals.saveAll(List.of(r));
        return referrals.find(id).orElseThrow();
    }

    private void outcome(Referral r, ReferralOutcome outcome, LocalDate on) {
        referrals.update(outcome == ReferralOutcome.REFUSED ? r.refused(on, "too-far") : r.withOutcome(outcome, on),
                r.version());
    }

    private static ServiceRecord service(String id, PersonId person, LocalDate day, ServiceOutcome outcome) {
        return ServiceRecord.builder().id(id).person(person).kind(ServiceActionKind.TRAINING).date(day)
                .providedBy("office-01").outcome(outcome).build();
    }

    @Nested
    @DisplayName("reference-category gate: accepted at least 2 suitable referrals")
    class Gate {

        private final LocalDate asOf = LocalDate.of(2021, 6, 30);

        private Recognition recognise(PersonId id, LocalDate day) {
            return recognition.recognise(people.find(id).orElseThrow(), day);
        }

        @Test
        @DisplayName("a model worker with 2 accepted suitable referrals is eligible by reference; with 1 not")
        void twoAccepted() {
            PersonId p = man("p-1", RegistryFlag.MODEL_WORKER).id();
            outcome(referral("r1", p, LocalDate.of(2021, 3, 1), true), ReferralOutcome.ACCEPTED_NOT_HIRED,
                    LocalDate.of(2021, 3, 5));
            Recognition one = recognise(p, asOf);
            assertFalse(one.referenceCategoryCodes().contains("MODEL_WORKER"), one.toString());
            Referral second = referral("r2", p, LocalDate.of(2021, 4, 1), true);
            assertFalse(recognise(p, asOf).referenceCategoryCodes().contains("MODEL_WORKER"), "pending does not count");
            outcome(second, ReferralOutcome.ACCEPTED_NOT_HIRED, LocalDate.of(2021, 4, 8));
            Recognition two = recognise(p, asOf);
            assertAll(
                    () -> assertTrue(two.isReferenceOnly()),
                    () -> assertEquals(Set.of("MODEL_WORKER"), two.referenceCategoryCodes()),
                    () -> assertEquals(List.of(LocalDate.of(2021, 3, 5), LocalDate.of(2021, 4, 8)),
                            history.acceptedReferralDays(p)),
                    // Before the second acceptance the gate is shut: the days are outcome days.
                    () -> assertFalse(recognise(p, LocalDate.of(2021, 4, 7)).referenceCategoryCodes()
                            .contains("MODEL_WORKER")),
                    // The stored record keeps no copy.
                    () -> assertEquals(List.of(), stored.find(p).orElseThrow().acceptedReferrals()));
        }

        @Test
        @DisplayName("unsuitable, refused and unanswered referrals do not open the gate")
        void notCounted() {
            PersonId p = man("p-2", RegistryFlag.MODEL_WORKER).id();
            outcome(referral("r1", p, LocalDate.of(2021, 3, 1), false), ReferralOutcome.ACCEPTED_HIRED,
                    LocalDate.of(2021, 3, 2));
            outcome(referral("r2", p, LocalDate.of(2021, 3, 3), true), ReferralOutcome.REFUSED, LocalDate.of(2021, 3, 4));
            outcome(referral("r3", p, LocalDate.of(2021, 3, 5), true), ReferralOutcome.NO_ANSWER, LocalDate.of(2021, 3, 6));
            outcome(referral("r4", p, LocalDate.of(2021, 3, 7), true), ReferralOutcome.ACCEPTED_HIRED,
                    LocalDate.of(2021, 3, 8));
            assertEquals(List.of(LocalDate.of(2021, 3, 8)), history.acceptedReferralDays(p));
            assertFalse(recognise(p, asOf).referenceCategoryCodes().contains("MODEL_WORKER"));
        }

        @Test
        @DisplayName("the lifecycle reads the referral history through the view when it decides")
        void lifecycleDecides() {
            PersonRecord p = man("p-3", RegistryFlag.MODEL_WORKER);
            lifecycle.apply(p, LocalDate.of(2021, 5, 1));
            outcome(referral("r1", p.id(), LocalDate.of(2021, 5, 2), true), ReferralOutcome.ACCEPTED_NOT_HIRED,
                    LocalDate.of(2021, 5, 3));
            outcome(referral("r2", p.id(), LocalDate.of(2021, 5, 4), true), ReferralOutcome.ACCEPTED_NOT_HIRED,
                    LocalDate.of(2021, 5, 5));
            LifecycleOutcome o = lifecycle.decide(p.id(), LocalDate.of(2021, 5, 15));
            assertTrue(o.recognition().orElseThrow().referenceCategoryCodes().contains("MODEL_WORKER"),
                    o.recognition().toString());
        }

        @Test
        @DisplayName("withAcceptedReferrals replaces stale stored days and returns the record itself when they agree")
        void replaces() {
            PersonRecord p = man("p-4", RegistryFlag.MODEL_WORKER);
            PersonRecord stale = p.toBuilder().acceptedReferral(LocalDate.of(2020, 1, 1))
                    .acceptedReferral(LocalDate.of(2020, 2, 1)).build();
            assertEquals(List.of(), history.withAcceptedReferrals(stale).acceptedReferrals());
            assertSame(p, history.withAcceptedReferrals(p));
            stored.save(stale);
            assertEquals(List.of(), people.find(p.id()).orElseThrow().acceptedReferrals());
            assertEquals(List.of(), people.findByIdNumber(p.idNumber()).orElseThrow().acceptedReferrals());
            List<PersonRecord> all = new ArrayList<>();
            people.forEach(all::add);
            assertEquals(List.of(List.of()), all.stream().map(PersonRecord::acceptedReferrals).toList());
            assertEquals(1, people.count());
        }

        @Test
        @DisplayName("for generated histories, the days are the outcome days of the suitable accepted referrals")
        void generated() {
            PersonId p = PersonId.of("p-gen");
            List<Referral> drawn = Samples.draw(Referrals.of(p, List.of("v1", "v2", "v3"), DateRange.ofYear(2021)), 40,
                    Properties.seed());
            List<Referral> distinct = new ArrayList<>();
            java.util.Set<String> ids = new java.util.HashSet<>();
            for (Referral r : drawn) {
                if (ids.add(r.id())) {
                    distinct.add(r);
                }
            }
            referrals.saveAll(distinct);
            long expected = distinct.stream().filter(r -> r.suitable()
                    && (r.outcome() == ReferralOutcome.ACCEPTED_HIRED || r.outcome() == ReferralOutcome.ACCEPTED_NOT_HIRED))
                    .count();
            List<LocalDate> days = history.acceptedReferralDays(p);
            assertEquals(expected, days.size());
            assertTrue(expected > 0, "the seed draws some accepted referrals");
            for (int i = 1; i < days.size(); i++) {
                assertFalse(days.get(i).isBefore(days.get(i - 1)));
            }
        }
    }

    @Nested
    @DisplayName("exit: refused services 3 times within 6 months")
    class Exit {

        private PersonRecord recognisedWorker() {
            PersonRecord p = man("w-1", RegistryFlag.DISABILITY_CERTIFICATE);
            lifecycle.apply(p, LocalDate.of(2021, 3, 1));
            lifecycle.decide(p.id(), LocalDate.of(2021, 3, 15));
            assertEquals(RecognitionStatus.RECOGNISED, recognitions.find(p.id()).orElseThrow().status());
            return p;
        }

        @Test
        @DisplayName("two refused services and a refused referral within the window end the recognition")
        void threeRefusals() {
            PersonId p = recognisedWorker().id();
            LocalDate exit = LocalDate.of(2021, 12, 1);
            services.appendAll(List.of(service("s1", p, LocalDate.of(2021, 6, 1), ServiceOutcome.REFUSED),
                    service("s2", p, LocalDate.of(2021, 7, 1), ServiceOutcome.REFUSED)));
            outcome(referral("r1", p, LocalDate.of(2021, 10, 28), true), ReferralOutcome.REFUSED, LocalDate.of(2021, 11, 1));
            assertEquals(List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1), LocalDate.of(2021, 11, 1)),
                    history.refusals(p, DateRange.of(LocalDate.of(2021, 6, 1), exit)));
            LifecycleOutcome o = history.exitForRefusedServices(lifecycle, p, exit);
            assertEquals(ExitReason.REFUSED_SERVICES, o.record().exitReason().orElseThrow());
            assertEquals(RecognitionStatus.EXITED, recognitions.find(p).orElseThrow().status());
        }

        @Test
        @DisplayName("a refusal one day before the window, no-answers and delivered services do not count")
        void notEnough() {
            PersonId p = recognisedWorker().id();
            LocalDate exit = LocalDate.of(2021, 12, 1);
            services.appendAll(List.of(service("s1", p, LocalDate.of(2021, 5, 31), ServiceOutcome.REFUSED),
                    service("s2", p, LocalDate.of(2021, 7, 1), ServiceOutcome.REFUSED),
                    service("s3", p, LocalDate.of(2021, 8, 1), ServiceOutcome.NO_ANSWER),
                    service("s4", p, LocalDate.of(2021, 8, 2), ServiceOutcome.DELIVERED),
                    service("s5", p, LocalDate.of(2021, 12, 2), ServiceOutcome.REFUSED)));
            outcome(referral("r1", p, LocalDate.of(2021, 9, 1), true), ReferralOutcome.NO_ANSWER, LocalDate.of(2021, 9, 2));
            outcome(referral("r2", p, LocalDate.of(2021, 10, 1), true), ReferralOutcome.REFUSED, LocalDate.of(2021, 10, 3));
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> history.exitForRefusedServices(lifecycle, p, exit));
            assertEquals("lifecycle.threshold-not-met", e.code());
            assertEquals(RecognitionStatus.RECOGNISED, recognitions.find(p).orElseThrow().status());
            // The refusal after the exit day is left out, not refused as lifecycle.date-order.
            assertEquals(List.of(LocalDate.of(2021, 5, 31), LocalDate.of(2021, 7, 1), LocalDate.of(2021, 10, 3)),
                    history.refusals(p, DateRange.of(LocalDate.MIN, exit)));
        }

        @Test
        @DisplayName("null arguments throw NullPointerException")
        void nulls() {
            PersonId p = PersonId.of("x");
            assertAll(
                    () -> assertThrows(NullPointerException.class, () -> ServiceHistories.of(null, referrals)),
                    () -> assertThrows(NullPointerException.class, () -> ServiceHistories.of(services, null)),
                    () -> assertThrows(NullPointerException.class, () -> history.refusals(null, DateRange.ofYear(2021))),
                    () -> assertThrows(NullPointerException.class, () -> history.refusals(p, null)),
                    () -> assertThrows(NullPointerException.class, () -> history.acceptedReferralDays(null)),
                    () -> assertThrows(NullPointerException.class, () -> history.personView(null)),
                    () -> assertThrows(NullPointerException.class,
                            () -> history.exitForRefusedServices(null, p, LocalDate.of(2021, 1, 1))));
        }
    }
}
