package org.jobassist.impl.internal.recognition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.Recognition;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.Samples;
import org.jobassist.testkit.person.People;
import org.junit.jupiter.api.Test;

/**
 * A batch with explanations shares the sub-trees of people whose deciding facts are equal;
 * what each person's explanation says is what it says when the person is recognised alone.
 */
class ExplanationSharingTest {

    static final LocalDate JUNE_30_2021 = LocalDate.of(2021, 6, 30);

    @Test
    void aBatchExplainsEveryoneAsTheyAreExplainedAlone() {
        RecognitionFixture f = new RecognitionFixture();
        List<People.Scenario> drawn = Samples.draw(People.scenarios(JUNE_30_2021), 400, Properties.seed());
        List<PersonRecord> people = new ArrayList<>();
        Set<PersonId> seen = new HashSet<>();
        for (People.Scenario s : drawn) {
            if (seen.add(s.person().id())) {
                s.loadInto(f.registries, f.households);
                people.add(s.person());
            }
        }
        // Twice: the second time every person meets sub-trees the first half of the batch made.
        List<PersonRecord> twice = new ArrayList<>(people);
        twice.addAll(people);
        List<Recognition> batched = new ArrayList<>();
        f.engine.recogniseAll(twice, JUNE_30_2021, true, batched::add);
        assertEquals(twice.size(), batched.size());
        for (int i = 0; i < twice.size(); i++) {
            Recognition alone = f.engine.recognise(twice.get(i), JUNE_30_2021);
            assertEquals(alone, batched.get(i), twice.get(i).id().value());
            assertEquals(alone.explanation().render(), batched.get(i).explanation().render());
        }
    }

    @Test
    void peopleWithEqualDecidingFactsShareTheirCategoryOutcomes() {
        RecognitionFixture f = new RecognitionFixture();
        LocalDate born = LocalDate.of(1990, 5, 5);
        // Not registered on the day: everything their explanations read is alike.
        var id = RecognitionFixture.idNumber(born, true);
        PersonRecord notRegisteredA = PersonRecord.builder(PersonId.of("p-na")).idNumber(id)
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING).build();
        PersonRecord notRegisteredB = PersonRecord.builder(PersonId.of("p-nb")).idNumber(id)
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING).build();
        // Registered from different days: the registration leaf differs, so does every category.
        PersonRecord registeredC = PersonRecord.builder(PersonId.of("p-c")).idNumber(id)
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING)
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2020, 3, 1))).build();
        PersonRecord registeredD = PersonRecord.builder(PersonId.of("p-d")).idNumber(id)
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING)
                .unemploymentRegistration(DateRange.startingOn(LocalDate.of(2020, 3, 2))).build();
        List<Recognition> r = new ArrayList<>();
        f.engine.recogniseAll(List.of(notRegisteredA, notRegisteredB, registeredC, registeredD), JUNE_30_2021, true,
                r::add);
        assertSame(r.get(0).outcome("DISABLED").explanation(), r.get(1).outcome("DISABLED").explanation());
        assertSame(r.get(0).outcome("MODEL_WORKER"), r.get(1).outcome("MODEL_WORKER"));
        assertNotSame(r.get(2).outcome("DISABLED").explanation(), r.get(3).outcome("DISABLED").explanation());
        // The roots name each person: never shared.
        assertNotSame(r.get(0).explanation(), r.get(1).explanation());
        assertEquals("p-na", r.get(0).explanation().inputs().get("person"));
        assertEquals("p-nb", r.get(1).explanation().inputs().get("person"));
        assertEquals(f.engine.recognise(notRegisteredB, JUNE_30_2021), r.get(1));
        assertEquals(f.engine.recognise(registeredD, JUNE_30_2021), r.get(3));
    }
}
