package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.time.DateRange;
import org.jobassist.impl.InMemoryStores;
import org.junit.jupiter.api.Test;

/** The bundle of registries: dispatch by the flag's source, one example per flag. */
class RegistriesTest {

    private static final LocalDate NOV_9 = LocalDate.of(2021, 11, 9);

    @Test
    void everyFlagIsAnsweredByTheRegistryOfItsSourceOnly() {
        for (RegistryFlag flag : RegistryFlag.values()) {
            Registries r = InMemoryStores.registries();
            PersonId p = PersonId.of("person-" + flag.ordinal());
            Evidence e = Evidence.of(p, flag, "R-" + flag.ordinal(), LocalDate.of(2021, 1, 5),
                    DateRange.ofYear(2021));
            r.registryFor(flag).record(e);
            assertTrue(r.holds(p, flag, NOV_9), flag.name());
            assertFalse(r.holds(p, flag, LocalDate.of(2022, 1, 1)), flag.name());
            assertEquals(Optional.of(e), r.find(p, flag, NOV_9));
            assertEquals(List.of(e), r.evidence(p, NOV_9));
            for (RegistryFlag other : RegistryFlag.values()) {
                if (other != flag) {
                    assertFalse(r.holds(p, other, NOV_9), flag + " / " + other);
                }
            }
            for (RegistrySource s : RegistrySource.values()) {
                if (s != RegistrySource.SOCIAL_INSURANCE) {
                    assertEquals(s == flag.source() ? 1 : 0, r.evidenceRegistry(s).count(), flag + " in " + s);
                }
            }
        }
    }

    @Test
    void registriesSitInThePlaceOfTheirSource() {
        Registries r = InMemoryStores.registries();
        assertEquals(RegistrySource.CIVIL_AFFAIRS, r.civilAffairs().source());
        assertEquals(RegistrySource.DISABLED_PERSONS_FEDERATION, r.disabledPersonsFederation().source());
        assertEquals(RegistrySource.RURAL_REVITALISATION, r.ruralRevitalisation().source());
        assertEquals(RegistrySource.VETERANS_AFFAIRS, r.veteransAffairs().source());
        assertEquals(RegistrySource.HOST, r.hostRecords().source());
        assertEquals(RegistrySource.SOCIAL_INSURANCE, r.socialInsurance().source());
        assertSame(r.hostRecords(), r.evidenceRegistry(RegistrySource.HOST));
        assertSame(r.civilAffairs(), r.registryFor(RegistryFlag.SINGLE_PARENT_OF_MINOR));
        assertThrows(IllegalArgumentException.class, () -> r.evidenceRegistry(RegistrySource.SOCIAL_INSURANCE));
        assertThrows(NullPointerException.class, () -> r.evidenceRegistry(null));
        assertThrows(NullPointerException.class, () -> r.holds(PersonId.of("p"), null, NOV_9));
    }

    @Test
    void aRegistryInAnotherSourcesPlaceIsRejected() {
        Registries r = InMemoryStores.registries();
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> new Registries(r.civilAffairs(),
                r.disabledPersonsFederation(), r.ruralRevitalisation(), r.veteransAffairs(),
                new ForeignHost(r.civilAffairs()), r.socialInsurance()));
        assertEquals(List.of(new Violation("hostRecords", "registry.wrong-source", e.violations().get(0).message())),
                e.violations());
        assertThrows(NullPointerException.class, () -> new Registries(null, r.disabledPersonsFederation(),
                r.ruralRevitalisation(), r.veteransAffairs(), r.hostRecords(), r.socialInsurance()));
    }

    @Test
    void evidenceListsEveryRegistryBySource() {
        Registries r = InMemoryStores.registries();
        PersonId p = PersonId.of("person-all");
        DateRange y = DateRange.ofYear(2021);
        Evidence host = Evidence.of(p, RegistryFlag.MODEL_WORKER, "H-1", NOV_9, y);
        Evidence civil = Evidence.of(p, RegistryFlag.URBAN_MINIMUM_LIVING_ALLOWANCE, "C-1", NOV_9, y);
        Evidence veteran = Evidence.of(p, RegistryFlag.MARTYR_FAMILY, "V-1", NOV_9, y);
        r.hostRecords().record(host);
        r.veteransAffairs().record(veteran);
        r.civilAffairs().record(civil);
        assertEquals(List.of(civil, veteran, host), r.evidence(p, NOV_9));
        assertEquals(List.of(), r.evidence(p, LocalDate.of(2022, 1, 1)));
    }

    @Test
    void aRegistryOfOneSourceRefusesAnothersFlagWithoutChangingAnything() {
        EvidenceRegistry civil = InMemoryStores.civilAffairs();
        Evidence dpf = Evidence.of(PersonId.of("p"), RegistryFlag.DISABILITY_CERTIFICATE, "D-1", NOV_9,
                DateRange.ofDay(NOV_9));
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> civil.recordAll(List.of(dpf, dpf)));
        assertEquals(List.of("evidence[0].flag", "evidence[1].flag", "evidence[1]"),
                e.violations().stream().map(Violation::path).collect(Collectors.toList()));
        assertEquals(0, civil.count());
        assertTrue(civil.toString().contains("0 evidence"));
    }

    /** A host registry that wrongly answers as another source. */
    private static final class ForeignHost implements org.jobassist.api.spi.HostRecordsRegistry {
        private final EvidenceRegistry delegate;

        ForeignHost(EvidenceRegistry delegate) {
            this.delegate = delegate;
        }

        @Override
        public RegistrySource source() {
            return delegate.source();
        }

        @Override
        public boolean holds(PersonId person, RegistryFlag flag, LocalDate day) {
            return delegate.holds(person, flag, day);
        }

        @Override
        public Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day) {
            return delegate.find(person, flag, day);
        }

        @Override
        public List<Evidence> evidence(PersonId person, LocalDate day) {
            return delegate.evidence(person, day);
        }

        @Override
        public List<Evidence> history(PersonId person) {
            return delegate.history(person);
        }

        @Override
        public void record(Evidence evidence) {
            delegate.record(evidence);
        }

        @Override
        public org.jobassist.api.spi.BatchResult recordAll(List<Evidence> evidence) {
            return delegate.recordAll(evidence);
        }

        @Override
        public boolean withdraw(PersonId person, RegistryFlag flag, String reference, LocalDate day) {
            return delegate.withdraw(person, flag, reference, day);
        }

        @Override
        public long count() {
            return delegate.count();
        }
    }
}
