package org.jobassist.impl.crosscheck;

import static org.jobassist.impl.crosscheck.Fixture.DALIAN;
import static org.jobassist.impl.crosscheck.Fixture.HEPING;
import static org.jobassist.impl.crosscheck.Fixture.SHAHEKOU;
import static org.jobassist.impl.crosscheck.Fixture.SHENYANG;
import static org.jobassist.impl.crosscheck.Fixture.person;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.crosscheck.ClassifiedCounts;
import org.jobassist.api.crosscheck.ClassifiedEntry;
import org.jobassist.api.crosscheck.ClassifiedPage;
import org.jobassist.api.crosscheck.ClassifiedQuery;
import org.jobassist.api.crosscheck.ClassifiedRegister;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.CrossChecks;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.crosscheck.CrossCheckCases;
import org.junit.jupiter.api.Test;

/** Classified management: by category, status, city and day; counts, pages and streams. */
class ClassifiedRegisterTest {

    private static final String DISABLED = "DISABLED";
    private static final String ALLOWANCE = "URBAN_MINIMUM_LIVING_ALLOWANCE";

    private final Sources s = new Sources();
    private final ClassifiedRegister register = CrossChecks.classified(s.recognitions, s.people);

    private PersonRecord store(String id, DivisionCode county, RecognitionRecord record) {
        PersonRecord p = person(id, county, LocalDate.of(1980, 3, 3), RetirementClass.MALE_60);
        s.people.save(p);
        s.recognitions.save(record, 0);
        return p;
    }

    /**
     * A recognised 2021-03-01 in Shenyang; B rejected 2021-06-01 in Dalian; C recognised
     * 2021-01-10 and exited 2021-08-01 in Shenyang; D recognised 2021-04-01 in Dalian; E
     * recognised without a person record.
     */
    private void fiveRecords() {
        PersonId a = PersonId.of("A");
        store("A", HEPING, RecognitionRecord.applied(a, LocalDate.of(2021, 2, 1))
                .recognised(LocalDate.of(2021, 3, 1), "liaoning-2021", Set.of(DISABLED), LocalDate.of(2022, 3, 1)));
        store("B", SHAHEKOU, RecognitionRecord.applied(PersonId.of("B"), LocalDate.of(2021, 5, 1))
                .rejected(LocalDate.of(2021, 6, 1), "liaoning-2021"));
        store("C", HEPING, RecognitionRecord.applied(PersonId.of("C"), LocalDate.of(2021, 1, 1))
                .recognised(LocalDate.of(2021, 1, 10), "liaoning-2021", Set.of(DISABLED, ALLOWANCE),
                        LocalDate.of(2022, 1, 10))
                .recognised(LocalDate.of(2021, 6, 10), "liaoning-2021", Set.of(DISABLED, ALLOWANCE),
                        LocalDate.of(2022, 6, 10))
                .exited(LocalDate.of(2021, 8, 1), ExitReason.LOST_CAPACITY));
        store("D", SHAHEKOU, RecognitionRecord.applied(PersonId.of("D"), LocalDate.of(2021, 3, 20))
                .recognised(LocalDate.of(2021, 4, 1), "liaoning-2021", Set.of(ALLOWANCE), LocalDate.of(2022, 4, 1)));
        s.recognitions.save(RecognitionRecord.applied(PersonId.of("E"), LocalDate.of(2021, 1, 1))
                .recognised(LocalDate.of(2021, 1, 5), "liaoning-2021", Set.of(DISABLED), LocalDate.of(2022, 1, 5)), 0);
    }

    private List<String> ids(ClassifiedQuery q) {
        List<String> ids = new ArrayList<>();
        register.forEach(q, e -> ids.add(e.person().value()));
        ids.sort(null);
        return ids;
    }

    @Test
    void countsPerCategoryAndCityOfTheRecognisedOnADay() {
        fiveRecords();
        ClassifiedCounts c = register.counts(ClassifiedQuery.builder().asOf(LocalDate.of(2021, 7, 1))
                .status(RecognitionStatus.RECOGNISED).build());
        assertEquals(Map.of(DISABLED, Map.of(SHENYANG, 2L), ALLOWANCE, Map.of(SHENYANG, 1L, DALIAN, 1L)),
                c.byCategoryAndCity());
        assertEquals(Map.of(SHENYANG, 2L, DALIAN, 1L), c.byCity());
        assertEquals(3, c.people());
        assertEquals(1, c.withoutPersonRecord());
        assertEquals(2, c.count(DISABLED, SHENYANG));
        assertEquals(0, c.count(DISABLED, DALIAN));
    }

    @Test
    void theStatusOnADayComesFromTheHistory() {
        fiveRecords();
        assertEquals(List.of("A", "D"), ids(ClassifiedQuery.builder().asOf(LocalDate.of(2021, 9, 1))
                .status(RecognitionStatus.RECOGNISED).build()));
        List<ClassifiedEntry> exited = new ArrayList<>();
        register.forEach(ClassifiedQuery.builder().asOf(LocalDate.of(2021, 9, 1)).status(RecognitionStatus.EXITED)
                .build(), exited::add);
        assertEquals(1, exited.size());
        assertEquals(LocalDate.of(2021, 8, 1), exited.get(0).statusSince());
        assertEquals(SHENYANG, exited.get(0).city());
        assertEquals(HEPING, exited.get(0).county());
        // A re-verification in June does not restart C's recognition.
        List<ClassifiedEntry> july = new ArrayList<>();
        register.forEach(ClassifiedQuery.builder().asOf(LocalDate.of(2021, 7, 1)).category(ALLOWANCE)
                .city(SHENYANG).build(), july::add);
        assertEquals(LocalDate.of(2021, 1, 10), july.get(0).statusSince());
        // On 2021-02-15 A has applied and B does not exist yet.
        assertEquals(List.of("A"), ids(ClassifiedQuery.builder().asOf(LocalDate.of(2021, 2, 15))
                .status(RecognitionStatus.APPLIED).build()));
        assertEquals(List.of("A", "C"), ids(ClassifiedQuery.on(LocalDate.of(2021, 2, 15))));
    }

    @Test
    void filtersByCityAndCategory() {
        fiveRecords();
        LocalDate day = LocalDate.of(2021, 7, 1);
        assertEquals(List.of("B", "D"), ids(ClassifiedQuery.builder().asOf(day).city(DALIAN).build()));
        assertEquals(List.of("C", "D"), ids(ClassifiedQuery.builder().asOf(day).category(ALLOWANCE).build()));
        assertEquals(List.of("D"), ids(ClassifiedQuery.builder().asOf(day).category(ALLOWANCE).city(DALIAN)
                .status(RecognitionStatus.RECOGNISED).build()));
    }

    @Test
    void pagesFollowThePersonIdsAndEndWithoutACursor() {
        fiveRecords();
        ClassifiedQuery q = ClassifiedQuery.on(LocalDate.of(2021, 7, 1));
        ClassifiedPage first = register.firstPage(q, 2);
        assertEquals(List.of("A", "B"), first.entries().stream().map(e -> e.person().value())
                .collect(Collectors.toList()));
        assertEquals(Optional.of(PersonId.of("B")), first.next());
        ClassifiedPage second = register.page(q, first.next().orElseThrow(), 2);
        assertEquals(List.of("C", "D"), second.entries().stream().map(e -> e.person().value())
                .collect(Collectors.toList()));
        assertEquals(Optional.empty(), second.next());
    }

    @Test
    void pagingReadsEveryEntryOnceInOrder() {
        Properties.qt().withExamples(60).forAll(CrossCheckCases.worlds(25)).checkAssert(world -> {
            Sources fresh = new Sources();
            world.loadInto(fresh.people, fresh.recognitions, fresh.registries, fresh.a, fresh.b);
            ClassifiedRegister r = CrossChecks.classified(fresh.recognitions, fresh.people);
            ClassifiedQuery q = ClassifiedQuery.builder().asOf(world.asOf()).category(DISABLED).build();
            List<ClassifiedEntry> streamed = new ArrayList<>();
            r.forEach(q, streamed::add);
            streamed.sort(Comparator.comparing(ClassifiedEntry::person));
            List<ClassifiedEntry> paged = new ArrayList<>();
            ClassifiedPage page = r.firstPage(q, 3);
            paged.addAll(page.entries());
            while (page.next().isPresent()) {
                page = r.page(q, page.next().get(), 3);
                paged.addAll(page.entries());
            }
            assertEquals(streamed, paged);
            assertEquals(world.people().size(), paged.size(), "every generated person holds DISABLED");
            assertEquals(paged.size(), r.counts(q).people());
        });
    }

    @Test
    void entriesShowTheIdNumberOnlyMasked() {
        PersonRecord p = store("M", HEPING, RecognitionRecord.applied(PersonId.of("M"), LocalDate.of(2021, 1, 1)));
        List<ClassifiedEntry> all = new ArrayList<>();
        register.forEach(ClassifiedQuery.on(LocalDate.of(2021, 2, 1)), all::add);
        assertEquals(p.idNumber().masked(), all.get(0).maskedIdNumber());
        assertFalse(all.get(0).toString().contains(p.idNumber().value()));
    }

    @Test
    void badQueriesAndPageSizesAreRefusedWithTheirCodes() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> ClassifiedQuery.builder()
                .category(" ").city(HEPING).build());
        assertEquals(List.of("classified.required", "classified.category-blank", "classified.city-level"),
                e.violations().stream().map(Violation::code).collect(Collectors.toList()));
        assertFalse(e.getMessage().contains("210102"));
        ClassifiedQuery q = ClassifiedQuery.on(LocalDate.of(2021, 1, 1));
        for (int size : new int[] {0, ClassifiedRegister.MAX_PAGE_SIZE + 1}) {
            InvalidInputException p = assertThrows(InvalidInputException.class, () -> register.firstPage(q, size));
            assertEquals("classified.page-size", p.violations().get(0).code());
            assertFalse(p.getMessage().contains(Integer.toString(size)) && size != 0);
        }
    }
}
