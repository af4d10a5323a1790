package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.junit.jupiter.api.Test;

/**
 * Shared explanations are remembered by ids the batch gives out: past the memos' bounds a
 * sub-tree made for one person is explained as it would be alone and is not shared, while
 * the sub-trees remembered before stay shared.
 */
class ExplanationIdsTest {

    private static final LocalDate JUNE_30_2021 = LocalDate.of(2021, 6, 30);

    private static PersonRecord registeredFrom(String id, LocalDate start) {
        return PersonRecord.builder(PersonId.of(id)).idNumber(RecognitionFixture.idNumber(LocalDate.of(1990, 5, 5), true))
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING)
                .unemploymentRegistration(DateRange.startingOn(start)).build();
    }

    @Test
    void pastTheMemosBoundsEveryoneIsExplainedAsAloneAndTheEarlySpellsStayShared() {
        RecognitionFixture f = new RecognitionFixture();
        List<PersonRecord> people = new ArrayList<>();
        // Two people per spell for the first spells, then 1,500 spells of one person each
        // (more than the registration leaf remembers), then the first spell again twice and a
        // late spell twice.
        LocalDate first = LocalDate.of(2015, 1, 1);
        people.add(registeredFrom("a0", first));
        people.add(registeredFrom("a1", first));
        for (int i = 0; i < 1_500; i++) {
            people.add(registeredFrom("b" + i, first.plusDays(1 + i)));
        }
        people.add(registeredFrom("c0", first));
        LocalDate late = first.plusDays(2_000);
        people.add(registeredFrom("d0", late));
        people.add(registeredFrom("d1", late));
        List<Recognition> r = new ArrayList<>();
        f.engine.recogniseAll(people, JUNE_30_2021, true, r::add);
        assertEquals(people.size(), r.size());
        for (int i = 0; i < people.size(); i++) {
            Recognition alone = f.engine.recognise(people.get(i), JUNE_30_2021);
            assertEquals(alone, r.get(i), people.get(i).id().value());
            assertEquals(alone.explanation().render(), r.get(i).explanation().render(), people.get(i).id().value());
        }
        int n = people.size();
        // The first spell was remembered: its people share every category outcome.
        assertSame(r.get(0).outcome("DISABLED"), r.get(1).outcome("DISABLED"));
        assertSame(r.get(0).outcome("DISABLED"), r.get(n - 3).outcome("DISABLED"));
        // A spell first seen once the memo is full is its person's own.
        assertNotSame(r.get(n - 2).outcome("DISABLED").explanation(), r.get(n - 1).outcome("DISABLED").explanation());
        assertEquals(r.get(n - 2).outcome("DISABLED").explanation(), r.get(n - 1).outcome("DISABLED").explanation());
    }
}
