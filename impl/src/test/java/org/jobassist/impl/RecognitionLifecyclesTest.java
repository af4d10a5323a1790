package org.jobassist.impl;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.LifecycleOutcome;
import org.jobassist.api.category.RecognitionLifecycle;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.identity.Identities;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The recognition lifecycle with the Liaoning pack: examples from application to exit, the
 * transition rules across the 2021-01-01 catalogue adjustment (DOMAIN §1), the provisional exit
 * rules (DOMAIN §1.2) and every error code.
 */
class RecognitionLifecyclesTest {

    private static final String REF = "DPF-0001";

    private final Registries registries = InMemoryStores.registries();
    private final PersonStore people = InMemoryStores.people();
    private final RecognitionStore records = InMemoryStores.recognitions();

    private RecognitionLifecycle lifecycle(PolicyPack pack) {
        return RecognitionLifecycles.of(
                Recognitions.service(pack, registries, InMemoryStores.households(),
                        ZeroEmploymentFamilies.test(pack, KinshipServices.of(KinshipGraph.builder().build()))),
                pack, people, records);
    }

    private final RecognitionLifecycle lifecycle = lifecycle(PolicyPacks.liaoning());

    private static ResidentIdNumber idNumber(LocalDate born) {
        return Samples.draw(Identities.residentIdNumbers().bornBetween(born, born).gender(Gender.MALE), 1,
                Properties.seed()).get(0);
    }

    /** A man born {@code born}, registered unemployed from {@code registered}, with a disability certificate. */
    private PersonRecord disabledMan(String id, LocalDate born, LocalDate registered) {
        PersonRecord p = PersonRecord.builder(PersonId.of(id))
                .idNumber(idNumber(born))
                .retirementClass(RetirementClass.MALE_60)
                .residence(DivisionCode.of("210102"))
                .unemploymentRegistration(DateRange.startingOn(registered))
                .build();
        registries.disabledPersonsFederation().record(Evidence.of(p.id(), RegistryFlag.DISABILITY_CERTIFICATE, REF,
                registered, DateRange.startingOn(registered)));
        return p;
    }

    private PersonRecord worker() {
        return disabledMan("p-1", LocalDate.of(1975, 6, 15), LocalDate.of(2020, 1, 1));
    }

    /** Apply on 2021-03-01, recognised on 2021-03-15. */
    private PersonRecord recognisedWorker() {
        PersonRecord p = worker();
        lifecycle.apply(p, LocalDate.of(2021, 3, 1));
        lifecycle.decide(p.id(), LocalDate.of(2021, 3, 15));
        return p;
    }

    private static PolicyPack liaoningWith(String from, String to) throws IOException {
        String json;
        try (InputStream in = PolicyPacks.class.getResourceAsStream("/org/jobassist/impl/policy/liaoning.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int at = json.indexOf(from);
        assertTrue(at >= 0, "the pack holds " + from);
        return PolicyPacks.read(json.substring(0, at) + to + json.substring(at + from.length()));
    }

    /** The Liaoning pack with the 2021 catalogue's transition rule REASSESS_IMMEDIATELY. */
    private static PolicyPack reassessing() throws IOException {
        String rule = "\"transition\": \"KEEP_UNTIL_NEXT_REVIEW\"";
        String json;
        try (InputStream in = PolicyPacks.class.getResourceAsStream("/org/jobassist/impl/policy/liaoning.json")) {
            json = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        int second = json.indexOf(rule, json.indexOf(rule) + 1);
        assertTrue(second > 0, "two catalogue versions");
        return PolicyPacks.read(json.substring(0, second) + "\"transition\": \"REASSESS_IMMEDIATELY\""
                + json.substring(second + rule.length()));
    }

    private static void assertFault(InvalidInputException e, String path, String code) {
        assertEquals(1, e.violations().size(), e.violations().toString());
        Violation v = e.violations().get(0);
        assertAll(() -> assertEquals(path, v.path()), () -> assertEquals(code, v.code()),
                () -> assertFalse(e.getMessage().matches("(?s).*\\d{17}[\\dX].*"), "no ID number in the message"));
    }

    @Nested
    @DisplayName("from application to exit")
    class Examples {

        @Test
        @DisplayName("apply, decide, review after one year, exit as employed")
        void wholeLifecycle() {
            PersonRecord p = worker();
            RecognitionRecord applied = lifecycle.apply(p, LocalDate.of(2021, 3, 1));
            assertAll(
                    () -> assertEquals(RecognitionStatus.APPLIED, applied.status()),
                    () -> assertEquals(1, applied.version()),
                    () -> assertEquals(p, people.find(p.id()).orElseThrow()));

            LifecycleOutcome decided = lifecycle.decide(p.id(), LocalDate.of(2021, 3, 15));
            RecognitionRecord r = decided.record();
            assertAll(
                    () -> assertEquals(RecognitionStatus.RECOGNISED, r.status()),
                    () -> assertEquals(List.of("DISABLED"), r.categories()),
                    () -> assertEquals("liaoning-2021", r.catalogueVersion().orElseThrow()),
                    () -> assertEquals(LocalDate.of(2021, 3, 15), r.recognisedOn().orElseThrow()),
                    () -> assertEquals(LocalDate.of(2022, 3, 15), r.nextReview().orElseThrow(), "P1Y review"),
                    () -> assertEquals(2, r.version()),
                    () -> assertTrue(decided.recognition().isPresent()),
                    () -> assertEquals("lifecycle.decision", decided.explanation().rule()));

            assertEquals(List.of(), lifecycle.dueForReview(LocalDate.of(2022, 3, 14)));
            assertEquals(List.of(r), lifecycle.dueForReview(LocalDate.of(2022, 3, 15)));

            RecognitionRecord reviewed = lifecycle.reverify(p.id(), LocalDate.of(2022, 3, 15)).record();
            assertAll(
                    () -> assertEquals(RecognitionStatus.RECOGNISED, reviewed.status()),
                    () -> assertEquals(LocalDate.of(2021, 3, 15), reviewed.recognisedOn().orElseThrow(),
                            "the effective date stays"),
                    () -> assertEquals(LocalDate.of(2023, 3, 15), reviewed.nextReview().orElseThrow()),
                    () -> assertEquals(3, reviewed.version()));

            LifecycleOutcome exited = lifecycle.exit(p.id(), LocalDate.of(2022, 6, 1), ExitReason.EMPLOYED);
            RecognitionRecord e = exited.record();
            assertAll(
                    () -> assertEquals(RecognitionStatus.EXITED, e.status()),
                    () -> assertEquals(ExitReason.EMPLOYED, e.exitReason().orElseThrow()),
                    () -> assertEquals(LocalDate.of(2022, 6, 1), e.exitedOn().orElseThrow()),
                    () -> assertEquals(List.of("DISABLED"), e.categories()),
                    () -> assertEquals("粤人社规〔2019〕7号",
                            exited.explanation().legalBases().get(0).documentNumber()),
                    () -> assertEquals(List.of(
                            new RecognitionRecord.Transition(RecognitionStatus.APPLIED, LocalDate.of(2021, 3, 1)),
                            new RecognitionRecord.Transition(RecognitionStatus.RECOGNISED, LocalDate.of(2021, 3, 15)),
                            new RecognitionRecord.Transition(RecognitionStatus.RECOGNISED, LocalDate.of(2022, 3, 15)),
                            new RecognitionRecord.Transition(RecognitionStatus.EXITED, LocalDate.of(2022, 6, 1))),
                            e.history()),
                    () -> assertEquals(e, records.find(p.id()).orElseThrow()));
        }

        @Test
        @DisplayName("without a category the application is rejected with the why-not, and the person may apply again")
        void rejectedThenReapplied() {
            PersonRecord p = PersonRecord.builder(PersonId.of("p-2"))
                    .idNumber(idNumber(LocalDate.of(1980, 1, 1)))
                    .retirementClass(RetirementClass.MALE_60)
                    .residence(DivisionCode.of("210102"))
                    .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2021, 1, 1)))
                    .build();
            lifecycle.apply(p, LocalDate.of(2021, 3, 1));
            LifecycleOutcome o = lifecycle.decide(p.id(), LocalDate.of(2021, 3, 15));
            assertAll(
                    () -> assertEquals(RecognitionStatus.REJECTED, o.record().status()),
                    () -> assertEquals(List.of(), o.record().categories()),
                    () -> assertFalse(o.recognition().orElseThrow().isRecognised()),
                    () -> assertEquals("REJECTED", o.explanation().result().orElseThrow()));
            RecognitionRecord again = lifecycle.apply(p, LocalDate.of(2021, 9, 1));
            assertAll(
                    () -> assertEquals(RecognitionStatus.APPLIED, again.status()),
                    () -> assertEquals(LocalDate.of(2021, 9, 1), again.appliedOn()),
                    () -> assertEquals(3, again.history().size()));
        }

        @Test
        @DisplayName("a review after the certificate was withdrawn exits with no-longer-eligible")
        void noLongerEligible() {
            PersonRecord p = recognisedWorker();
            registries.disabledPersonsFederation().withdraw(p.id(), RegistryFlag.DISABILITY_CERTIFICATE, REF,
                    LocalDate.of(2022, 1, 1));
            LifecycleOutcome o = lifecycle.reverify(p.id(), LocalDate.of(2022, 3, 15));
            assertEquals(ExitReason.NO_LONGER_ELIGIBLE, o.record().exitReason().orElseThrow());
            assertEquals("no-longer-eligible", o.explanation().result().orElseThrow());
        }

        @Test
        @DisplayName("a review after the unemployment registration ended exits with registration-cancelled")
        void registrationCancelled() {
            PersonRecord p = recognisedWorker();
            PersonRecord ended = PersonRecord.builder(p.id()).idNumber(p.idNumber())
                    .retirementClass(p.retirementClass()).residence(p.residence())
                    .unemploymentRegistration(DateRange.of(LocalDate.of(2020, 1, 1), LocalDate.of(2021, 12, 31)))
                    .build();
            people.save(ended);
            LifecycleOutcome o = lifecycle.reverify(p.id(), LocalDate.of(2022, 3, 15));
            assertEquals(ExitReason.REGISTRATION_CANCELLED, o.record().exitReason().orElseThrow());
        }

        @Test
        @DisplayName("a man born 1961-03 reaches statutory retirement in 2021-03 and exits at his 2021-06 review")
        void reachedRetirement() {
            PersonRecord p = disabledMan("p-3", LocalDate.of(1961, 3, 1), LocalDate.of(2020, 1, 1));
            lifecycle.apply(p, LocalDate.of(2020, 6, 1));
            RecognitionRecord r = lifecycle.decide(p.id(), LocalDate.of(2020, 6, 10)).record();
            assertTrue(r.categories().contains("DISABLED"));
            // Still before retirement on 2021-02-28: the review keeps him.
            assertEquals(RecognitionStatus.RECOGNISED,
                    lifecycle.reverify(p.id(), LocalDate.of(2021, 2, 28)).record().status());
            LifecycleOutcome o = lifecycle.reverify(p.id(), LocalDate.of(2021, 6, 10));
            assertEquals(ExitReason.REACHED_RETIREMENT, o.record().exitReason().orElseThrow());
        }

        @Test
        @DisplayName("3 refusals of services within 6 months end the recognition; 2 do not")
        void refusedServices() {
            PersonRecord p = recognisedWorker();
            LocalDate exit = LocalDate.of(2021, 12, 1);
            InvalidInputException e = assertThrows(InvalidInputException.class, () -> lifecycle.exitForRefusedServices(
                    p.id(), exit, List.of(LocalDate.of(2021, 5, 31), LocalDate.of(2021, 7, 1), LocalDate.of(2021, 11, 1))));
            assertFault(e, "refusals", "lifecycle.threshold-not-met");
            InvalidInputException late = assertThrows(InvalidInputException.class, () -> lifecycle
                    .exitForRefusedServices(p.id(), exit, List.of(LocalDate.of(2021, 7, 1), LocalDate.of(2021, 12, 2))));
            assertFault(late, "refusals[1]", "lifecycle.date-order");
            assertEquals(RecognitionStatus.RECOGNISED, records.find(p.id()).orElseThrow().status());
            LifecycleOutcome o = lifecycle.exitForRefusedServices(p.id(), exit,
                    List.of(LocalDate.of(2021, 6, 1), LocalDate.of(2021, 7, 1), LocalDate.of(2021, 11, 1)));
            assertEquals(ExitReason.REFUSED_SERVICES, o.record().exitReason().orElseThrow());
        }

        @Test
        @DisplayName("out of contact for more than 6 months ends the recognition; exactly 6 months does not")
        void unreachable() {
            PersonRecord p = recognisedWorker();
            LocalDate exit = LocalDate.of(2022, 3, 15);
            InvalidInputException e = assertThrows(InvalidInputException.class,
                    () -> lifecycle.exitUnreachable(p.id(), exit, LocalDate.of(2021, 9, 15)));
            assertFault(e, "lastContact", "lifecycle.threshold-not-met");
            InvalidInputException future = assertThrows(InvalidInputException.class,
                    () -> lifecycle.exitUnreachable(p.id(), exit, LocalDate.of(2022, 3, 16)));
            assertFault(future, "lastContact", "lifecycle.date-order");
            assertEquals(ExitReason.UNREACHABLE,
                    lifecycle.exitUnreachable(p.id(), exit, LocalDate.of(2021, 9, 14)).record().exitReason().orElseThrow());
        }
    }

    @Nested
    @DisplayName("catalogue transition across 2021-01-01")
    class Transition {

        private PersonRecord recognisedIn2020(RecognitionLifecycle l) {
            PersonRecord p = worker();
            l.apply(p, LocalDate.of(2020, 6, 1));
            RecognitionRecord r = l.decide(p.id(), LocalDate.of(2020, 6, 10)).record();
            assertEquals("liaoning-2012", r.catalogueVersion().orElseThrow());
            return p;
        }

        @Test
        @DisplayName("keep until next review (Liaoning default): the 2012 recognition stands until 2021-06-10")
        void keepUntilNextReview() {
            PersonRecord p = recognisedIn2020(lifecycle);
            RecognitionRecord before = records.find(p.id()).orElseThrow();
            LifecycleOutcome kept = lifecycle.applyTransition(p.id(), LocalDate.of(2021, 1, 5));
            assertAll(
                    () -> assertEquals(before, kept.record()),
                    () -> assertEquals(before, records.find(p.id()).orElseThrow(), "nothing written"),
                    () -> assertTrue(kept.recognition().isEmpty()),
                    () -> assertEquals("KEEP_UNTIL_NEXT_REVIEW", kept.explanation().result().orElseThrow()));
            assertEquals(List.of(), lifecycle.dueForReview(LocalDate.of(2021, 1, 5)));
            assertEquals(1, lifecycle.dueForReview(LocalDate.of(2021, 6, 10)).size());
            RecognitionRecord reviewed = lifecycle.reverify(p.id(), LocalDate.of(2021, 6, 10)).record();
            assertEquals("liaoning-2021", reviewed.catalogueVersion().orElseThrow());
        }

        @Test
        @DisplayName("reassess immediately: the 2012 recognition is due and re-run under liaoning-2021 on 2021-01-05")
        void reassessImmediately() throws IOException {
            RecognitionLifecycle l = lifecycle(reassessing());
            PersonRecord p = recognisedIn2020(l);
            assertEquals(List.of(), l.dueForReview(LocalDate.of(2020, 12, 31)));
            assertEquals(List.of(p.id()), l.dueForReview(LocalDate.of(2021, 1, 5)).stream()
                    .map(RecognitionRecord::person).toList());
            LifecycleOutcome o = l.applyTransition(p.id(), LocalDate.of(2021, 1, 5));
            assertAll(
                    () -> assertEquals("liaoning-2021", o.record().catalogueVersion().orElseThrow()),
                    () -> assertEquals(LocalDate.of(2022, 1, 5), o.record().nextReview().orElseThrow()),
                    () -> assertEquals(3, o.record().version()),
                    () -> assertTrue(o.recognition().isPresent()));
            assertEquals(List.of(), l.dueForReview(LocalDate.of(2021, 1, 5)), "no longer pinned to 2012");
        }

        @Test
        @DisplayName("a recognition under the version in force is not touched by the transition")
        void currentVersion() throws IOException {
            RecognitionLifecycle l = lifecycle(reassessing());
            PersonRecord p = worker();
            l.apply(p, LocalDate.of(2021, 2, 1));
            RecognitionRecord r = l.decide(p.id(), LocalDate.of(2021, 2, 2)).record();
            LifecycleOutcome o = l.applyTransition(p.id(), LocalDate.of(2021, 3, 1));
            assertEquals(r, o.record());
            assertTrue(o.recognition().isEmpty());
        }
    }

    @Nested
    @DisplayName("bad input is rejected with its path and nothing is stored")
    class Errors {

        private void assertUnchanged(PersonId id, RecognitionRecord before) {
            assertEquals(before, records.find(id).orElseThrow());
        }

        @Test
        @DisplayName("lifecycle.already-applied at person")
        void alreadyApplied() {
            PersonRecord p = worker();
            RecognitionRecord r = lifecycle.apply(p, LocalDate.of(2021, 3, 1));
            assertFault(assertThrows(InvalidInputException.class, () -> lifecycle.apply(p, LocalDate.of(2021, 3, 2))),
                    "person", "lifecycle.already-applied");
            assertUnchanged(p.id(), r);
        }

        @Test
        @DisplayName("lifecycle.not-applied at person: no record, or deciding a recognised person")
        void notApplied() {
            assertFault(assertThrows(InvalidInputException.class,
                    () -> lifecycle.decide(PersonId.of("nobody"), LocalDate.of(2021, 3, 1))), "person",
                    "lifecycle.not-applied");
            PersonRecord p = recognisedWorker();
            RecognitionRecord r = records.find(p.id()).orElseThrow();
            assertFault(assertThrows(InvalidInputException.class, () -> lifecycle.decide(p.id(), LocalDate.of(2021, 4, 1))),
                    "person", "lifecycle.not-applied");
            assertUnchanged(p.id(), r);
            assertEquals(1, records.count());
        }

        @Test
        @DisplayName("lifecycle.not-recognised at person: reviewing an open application")
        void notRecognised() {
            PersonRecord p = worker();
            RecognitionRecord r = lifecycle.apply(p, LocalDate.of(2021, 3, 1));
            assertFault(assertThrows(InvalidInputException.class, () -> lifecycle.reverify(p.id(), LocalDate.of(2021, 4, 1))),
                    "person", "lifecycle.not-recognised");
            assertUnchanged(p.id(), r);
        }

        @Test
        @DisplayName("lifecycle.already-exited at person")
        void alreadyExited() {
            PersonRecord p = recognisedWorker();
            RecognitionRecord r = lifecycle.exit(p.id(), LocalDate.of(2021, 5, 1), ExitReason.ENLISTED).record();
            assertFault(assertThrows(InvalidInputException.class,
                    () -> lifecycle.exit(p.id(), LocalDate.of(2021, 6, 1), ExitReason.EMPLOYED)),
                    "person", "lifecycle.already-exited");
            assertUnchanged(p.id(), r);
        }

        @Test
        @DisplayName("lifecycle.date-order at date: an exit before the recognised date, a decision before the application")
        void dateOrder() {
            PersonRecord p = recognisedWorker();
            RecognitionRecord r = records.find(p.id()).orElseThrow();
            assertFault(assertThrows(InvalidInputException.class,
                    () -> lifecycle.exit(p.id(), LocalDate.of(2021, 3, 14), ExitReason.EMPLOYED)),
                    "date", "lifecycle.date-order");
            assertUnchanged(p.id(), r);
            PersonRecord q = disabledMan("p-4", LocalDate.of(1980, 1, 1), LocalDate.of(2020, 1, 1));
            RecognitionRecord a = lifecycle.apply(q, LocalDate.of(2021, 3, 1));
            assertFault(assertThrows(InvalidInputException.class, () -> lifecycle.decide(q.id(), LocalDate.of(2021, 2, 28))),
                    "date", "lifecycle.date-order");
            assertUnchanged(q.id(), a);
        }

        @Test
        @DisplayName("lifecycle.unknown-person at person: a record without a stored person")
        void unknownPerson() {
            RecognitionRecord r = records.save(RecognitionRecord.applied(PersonId.of("ghost"), LocalDate.of(2021, 3, 1)), 0);
            assertFault(assertThrows(InvalidInputException.class,
                    () -> lifecycle.decide(PersonId.of("ghost"), LocalDate.of(2021, 3, 2))), "person",
                    "lifecycle.unknown-person");
            assertUnchanged(PersonId.of("ghost"), r);
        }

        @Test
        @DisplayName("lifecycle.no-catalogue at date: deciding before the first catalogue version (2012-09-27)")
        void noCatalogue() {
            PersonRecord p = worker();
            RecognitionRecord r = lifecycle.apply(p, LocalDate.of(2011, 1, 1));
            assertFault(assertThrows(InvalidInputException.class, () -> lifecycle.decide(p.id(), LocalDate.of(2011, 1, 2))),
                    "date", "lifecycle.no-catalogue");
            assertUnchanged(p.id(), r);
        }

        @Test
        @DisplayName("lifecycle.evidence-required at reason: refusals, unreachability and no-longer-eligible need their own path")
        void evidenceRequired() {
            PersonRecord p = recognisedWorker();
            RecognitionRecord r = records.find(p.id()).orElseThrow();
            for (ExitReason reason : List.of(ExitReason.REFUSED_SERVICES, ExitReason.UNREACHABLE,
                    ExitReason.NO_LONGER_ELIGIBLE)) {
                assertFault(assertThrows(InvalidInputException.class,
                        () -> lifecycle.exit(p.id(), LocalDate.of(2021, 6, 1), reason)), "reason",
                        "lifecycle.evidence-required");
            }
            assertUnchanged(p.id(), r);
        }

        @Test
        @DisplayName("lifecycle.exit-reason-inactive at reason: a pack that leaves a reason out")
        void inactiveReason() throws IOException {
            RecognitionLifecycle l = lifecycle(liaoningWith("\"EMPLOYED\", ", ""));
            PersonRecord p = worker();
            l.apply(p, LocalDate.of(2021, 3, 1));
            RecognitionRecord r = l.decide(p.id(), LocalDate.of(2021, 3, 15)).record();
            assertFault(assertThrows(InvalidInputException.class,
                    () -> l.exit(p.id(), LocalDate.of(2021, 6, 1), ExitReason.EMPLOYED)), "reason",
                    "lifecycle.exit-reason-inactive");
            assertUnchanged(p.id(), r);
            assertEquals(ExitReason.ENLISTED,
                    l.exit(p.id(), LocalDate.of(2021, 6, 1), ExitReason.ENLISTED).record().exitReason().orElseThrow());
        }

        @Test
        @DisplayName("lifecycle.unknown-exit-reason at the pack key: a pack naming a reason the library lacks")
        void unknownExitReason() throws IOException {
            RecognitionLifecycle l = lifecycle(liaoningWith("\"ENLISTED\"", "\"DRAFTED\""));
            PersonRecord p = worker();
            l.apply(p, LocalDate.of(2021, 3, 1));
            RecognitionRecord r = l.decide(p.id(), LocalDate.of(2021, 3, 15)).record();
            assertFault(assertThrows(InvalidInputException.class,
                    () -> l.exit(p.id(), LocalDate.of(2021, 6, 1), ExitReason.EMPLOYED)),
                    "category.exit.active-reasons", "lifecycle.unknown-exit-reason");
            assertUnchanged(p.id(), r);
        }
    }
}
