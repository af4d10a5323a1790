package org.jobassist.impl.crosscheck;

import static org.jobassist.impl.crosscheck.Fixture.HEPING;
import static org.jobassist.impl.crosscheck.Fixture.SHENYANG;
import static org.jobassist.impl.crosscheck.Fixture.flexible;
import static org.jobassist.impl.crosscheck.Fixture.person;
import static org.jobassist.impl.crosscheck.Fixture.recognised;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;

/** The change feed of the in-memory stores, registries and ledger. */
class ChangeFeedTest {

    private final Sources s = new Sources();
    private final PersonRecord p = person("feed", HEPING, LocalDate.of(1980, 1, 1), RetirementClass.MALE_60);

    @Test
    void eachStoreNamesWhatItWroteAfterThePosition() {
        long start = s.people.changedSince(Long.MAX_VALUE).sequence();
        s.people.save(p);
        s.recognitions.save(recognised("feed", LocalDate.of(2021, 1, 1), "DISABLED"), 0);
        s.registries.disabledPersonsFederation().record(Evidence.of(p.id(), RegistryFlag.DISABILITY_CERTIFICATE,
                "DPF-F", LocalDate.of(2021, 1, 1), DateRange.startingOn(LocalDate.of(2021, 1, 1))));
        s.registries.socialInsurance().record(ContributionHistory.empty(p.id()));
        s.a.record(flexible(p, SHENYANG, YearMonth.of(2021, 2), "FSI-F"));
        Set<PersonId> one = Set.of(p.id());
        assertEquals(one, s.people.changedSince(start).keys());
        assertEquals(one, s.recognitions.changedSince(start).keys());
        assertEquals(one, s.registries.disabledPersonsFederation().changedSince(start).keys());
        assertEquals(Set.of(), s.registries.civilAffairs().changedSince(start).keys());
        assertEquals(one, s.registries.socialInsurance().changedSince(start).keys());
        assertEquals(Set.of(p.idNumber()), s.a.changedSince(start).keys());
        assertEquals(Set.of(), s.b.changedSince(start).keys());
    }

    @Test
    void positionsGrowAndAnAnswerFromTheLatestPositionIsEmpty() {
        s.people.save(p);
        Changes<PersonId> first = s.people.changedSince(0);
        assertTrue(first.includes(p.id()));
        assertFalse(first.isEverything());
        Changes<PersonId> after = s.people.changedSince(first.sequence());
        assertEquals(Set.of(), after.keys());
        assertFalse(after.includes(p.id()));
        s.people.save(p.toBuilder()
                .acceptedReferral(LocalDate.of(2021, 3, 3)).build());
        Changes<PersonId> later = s.people.changedSince(first.sequence());
        assertEquals(Set.of(p.id()), later.keys());
        assertTrue(later.sequence() > first.sequence());
    }

    @Test
    void aBatchThatChangesNothingIsNotAChange() {
        s.people.saveAll(List.of(p));
        long position = s.people.changedSince(Long.MAX_VALUE).sequence();
        s.people.saveAll(List.of(p));
        assertEquals(Set.of(), s.people.changedSince(position).keys());
    }

    @Test
    void aWithdrawalThatChangesNothingIsNotAChange() {
        s.registries.veteransAffairs().record(Evidence.of(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F",
                LocalDate.of(2020, 1, 1), DateRange.startingOn(LocalDate.of(2020, 1, 1))));
        s.registries.veteransAffairs().withdraw(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F", LocalDate.of(2021, 1, 1));
        long position = s.registries.veteransAffairs().changedSince(Long.MAX_VALUE).sequence();
        assertFalse(s.registries.veteransAffairs().withdraw(p.id(), RegistryFlag.MARTYR_FAMILY, "VA-F",
                LocalDate.of(2021, 6, 1)));
        assertEquals(Set.of(), s.registries.veteransAffairs().changedSince(position).keys());
    }
}
