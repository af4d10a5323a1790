package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.internal.recognition.RecognitionFixture;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.family.Households;
import org.junit.jupiter.api.Test;

/**
 * The household store's look-up of many people's registers at once ({@code registersOf})
 * answers as {@code find} does for each: for people without a household, households the store
 * does not hold, null elements, and register numbers its slots hold whole, longer ones and ones
 * with characters wider than a byte.
 */
class InMemoryHouseholdStoreLookupTest {

    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    /** A person living in household {@code household}, or in none when it is null. */
    private static PersonRecord person(int n, HouseholdId household) {
        PersonRecord.Builder b = PersonRecord.builder(PersonId.of("p" + n))
                .idNumber(RecognitionFixture.idNumber(LocalDate.of(1980, 1, 1).plusDays(n), n % 2 == 0))
                .retirementClass(n % 2 == 0 ? RetirementClass.MALE_60 : RetirementClass.FEMALE_WORKER_50)
                .residence(RecognitionFixture.HEPING);
        if (household != null) {
            b.household(household);
        }
        return b.build();
    }

    @Test
    void answersAsFindForEveryPersonOfAGroup() {
        Properties.qt().withExamples(60).forAll(Households.registers(DAY)).checkAssert(template -> {
            InMemoryHouseholdStore store = new InMemoryHouseholdStore();
            List<HouseholdRegister> stored = new ArrayList<>();
            for (int k = 0; k < 40; k++) {
                stored.add(template.toBuilder().id(HouseholdId.of(KeyTexts.of(k))).build());
            }
            store.saveAll(stored);
            // People of stored households, of households not stored (k >= 40), without one, and nulls.
            List<PersonRecord> people = new ArrayList<>();
            for (int n = 0; n < 100; n++) {
                people.add(switch (n % 5) {
                    case 0 -> null;
                    case 1 -> person(n, null);
                    case 2 -> person(n, HouseholdId.of(KeyTexts.of(40 + n)));
                    default -> person(n, HouseholdId.of(KeyTexts.of(n % 40)));
                });
            }
            InMemoryHouseholdStore.Lookup lookup = new InMemoryHouseholdStore.Lookup(32);
            HouseholdRegister[] into = new HouseholdRegister[32];
            int found = 0;
            for (int from = 0; from < people.size(); from += 32) {
                int count = Math.min(32, people.size() - from);
                PersonRecord[] group = people.subList(from, from + count).toArray(new PersonRecord[0]);
                store.registersOf(group, count, lookup, into);
                for (int j = 0; j < count; j++) {
                    PersonRecord p = group[j];
                    HouseholdRegister expected = p == null || p.household().isEmpty() ? null
                            : store.find(p.household().get()).orElse(null);
                    assertEquals(expected, into[j], String.valueOf(p));
                    if (expected != null) {
                        assertSame(store.find(p.household().get()).get(), into[j]);
                        found++;
                    }
                }
            }
            // Two people in five live in a stored household.
            assertEquals(40, found);
        });
    }

    @Test
    void aReplacedRegisterIsFoundAndAnEmptyStoreFindsNothing() {
        InMemoryHouseholdStore store = new InMemoryHouseholdStore();
        PersonRecord[] group = {person(1, HouseholdId.of(KeyTexts.of(1))), person(2, HouseholdId.of(KeyTexts.of(2)))};
        HouseholdRegister[] into = new HouseholdRegister[2];
        InMemoryHouseholdStore.Lookup lookup = new InMemoryHouseholdStore.Lookup(2);
        store.registersOf(group, 2, lookup, into);
        assertNull(into[0]);
        assertNull(into[1]);

        HouseholdRegister first = Samples.draw(Households.registers(DAY), 1, 7L).get(0)
                .toBuilder().id(HouseholdId.of(KeyTexts.of(1))).build();
        store.save(first);
        HouseholdRegister second = first.toBuilder().operatingOrInvestmentIncome(!first.hasOperatingOrInvestmentIncome())
                .build();
        store.save(second);
        store.registersOf(group, 2, lookup, into);
        assertSame(second, into[0]);
        assertNull(into[1]);
    }
}
