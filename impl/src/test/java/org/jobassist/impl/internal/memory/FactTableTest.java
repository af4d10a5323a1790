package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.time.RetirementClass;
import org.jobassist.impl.internal.recognition.RecognitionFixture;
import org.junit.jupiter.api.Test;

/** The open-addressing table of rows: every row written is found, alone or in stages, and snapshots stay as they were. */
class FactTableTest {

    private static final LocalDate DAY = LocalDate.of(2021, 6, 30);

    /** A row told apart by its months without employer contribution on {@link #DAY}: {@code n} months. */
    private static FactRow rowOf(PersonId p, int n) {
        YearMonth last = YearMonth.of(2021, 5).minusMonths(n);
        return FactRow.EMPTY.withHistory(ContributionHistory.of(p, List.of(ContributionMonth.employer(last))));
    }

    /** A person record of {@code id}; the table reads only the key of its id. */
    private static PersonRecord record(PersonId id) {
        return PersonRecord.builder(id).idNumber(RecognitionFixture.idNumber(LocalDate.of(1990, 5, 5), true))
                .retirementClass(RetirementClass.MALE_60).residence(RecognitionFixture.HEPING).build();
    }

    private static void put(FactTable t, Map<PersonId, FactRow> puts) {
        t.write(s -> new FactTable.Change<>(puts, 0, puts.size(), null));
    }

    @Test
    void everyRowWrittenOneByOneOrInBatchesIsFoundAndNoOtherIs() {
        FactTable table = new FactTable();
        FactTable.State first = null;
        // One by one past several growths of each shard, then in batches.
        for (int i = 0; i < 3_000; i++) {
            PersonId p = PersonId.of("p" + i);
            put(table, Map.of(p, rowOf(p, i % 200)));
            if (i == 0) {
                first = table.snapshot();
            }
        }
        for (int b = 0; b < 4; b++) {
            Map<PersonId, FactRow> puts = new LinkedHashMap<>();
            for (int i = 3_000 + b * 5_000; i < 3_000 + (b + 1) * 5_000; i++) {
                PersonId p = PersonId.of("p" + i);
                puts.put(p, rowOf(p, i % 200));
            }
            put(table, puts);
        }
        assertEquals(23_000, table.snapshot().people());
        assertEquals(23_000, table.snapshot().size(0));
        for (int i = 0; i < 23_000; i++) {
            // A new String each time: found by equality, not only by the same text object.
            assertEquals(i % 200, table.row(PersonId.of(new String("p" + i))).monthsWithoutEmployerContribution(DAY),
                    "p" + i);
            assertSame(FactRow.EMPTY, table.row(PersonId.of("q" + i)), "q" + i);
        }
        // An old snapshot still answers as it did.
        assertEquals(0, FactTable.rowIn(first, PersonId.of("p0")).monthsWithoutEmployerContribution(DAY));
        assertSame(FactRow.EMPTY, FactTable.rowIn(first, PersonId.of("p1")));
    }

    @Test
    void aRowWrittenAgainReplacesTheOldOneWithoutCountingAPerson() {
        FactTable table = new FactTable();
        PersonId p = PersonId.of("p-1");
        put(table, Map.of(p, rowOf(p, 3)));
        FactTable.State before = table.snapshot();
        table.write(s -> new FactTable.Change<>(Map.of(p, rowOf(p, 7)), 0, 0, null));
        assertEquals(1, table.snapshot().people());
        assertEquals(7, table.row(p).monthsWithoutEmployerContribution(DAY));
        assertEquals(3, FactTable.rowIn(before, p).monthsWithoutEmployerContribution(DAY));
    }

    @Test
    void rowsInFinerStagesAreTheRowsOneByOneWithTheLookupReused() {
        FactTable table = new FactTable();
        Map<PersonId, FactRow> puts = new LinkedHashMap<>();
        for (int i = 0; i < 1_000; i += 2) {
            PersonId p = PersonId.of("p" + i);
            puts.put(p, rowOf(p, i % 50));
        }
        // Ids too long to be held in a slot, and of wide characters, are compared by their text.
        PersonId longId = PersonId.of("person-with-a-long-identifier-0001");
        PersonId wide = PersonId.of("p\u4e2d\u6587");
        puts.put(longId, rowOf(longId, 41));
        puts.put(wide, rowOf(wide, 42));
        put(table, puts);
        FactTable.Lookup lookup = new FactTable.Lookup(40);
        FactRow[] rows = new FactRow[40];
        for (int round = 0; round < 3; round++) {
            PersonRecord[] people = new PersonRecord[40];
            for (int i = 0; i < people.length; i++) {
                int n = i + round * 40;
                people[i] = n % 7 == 6 ? null : record(n % 11 == 3 ? longId : n % 11 == 4 ? wide
                        : n % 11 == 5 ? PersonId.of("person-with-a-long-identifier-0002")
                        : PersonId.of(new String("p" + (n * 13))));
            }
            // Fewer people than the lookup has room for in the last round.
            int count = round == 2 ? 25 : people.length;
            table.rows(people, lookup, count, rows);
            for (int i = 0; i < count; i++) {
                if (people[i] == null) {
                    assertNull(rows[i], "null person " + i);
                } else {
                    assertSame(table.row(people[i].id()), rows[i], people[i].id().value());
                }
            }
        }
        assertEquals(41, table.row(longId).monthsWithoutEmployerContribution(DAY));
        assertEquals(42, table.row(wide).monthsWithoutEmployerContribution(DAY));
        assertSame(FactRow.EMPTY, table.row(PersonId.of("person-with-a-long-identifier-0002")));
    }

    @Test
    void monthsWithoutEmployerContributionAfterAndBeforeTheLastEmployerPaidMonth() {
        PersonId p = PersonId.of("p-2");
        // Employer-paid 2020-01 and 2022-03 (a month after the day asked), flexible 2021-04.
        FactRow row = FactRow.EMPTY.withHistory(ContributionHistory.of(p, List.of(
                ContributionMonth.employer(YearMonth.of(2020, 1)), ContributionMonth.flexible(YearMonth.of(2021, 4)),
                ContributionMonth.employer(YearMonth.of(2022, 3)))));
        // Before 2022-03 the last employer-paid month is 2020-01: February 2020 to May 2021.
        assertEquals(16, row.monthsWithoutEmployerContribution(DAY));
        assertEquals(java.util.Optional.of(YearMonth.of(2020, 1)), row.lastEmployerPaidMonth(DAY));
        // From 2022-03 on it is 2022-03 itself: none before 2022-07's month.
        assertEquals(3, row.monthsWithoutEmployerContribution(LocalDate.of(2022, 7, 1)));
        assertEquals(0, row.monthsWithoutEmployerContribution(LocalDate.of(2022, 3, 31)));
        assertEquals(ContributionHistory.NEVER, row.monthsWithoutEmployerContribution(LocalDate.of(2019, 12, 31)));
        FactRow flexibleOnly = FactRow.EMPTY.withHistory(ContributionHistory.of(p,
                List.of(ContributionMonth.flexible(YearMonth.of(2021, 4)))));
        assertEquals(ContributionHistory.NEVER, flexibleOnly.monthsWithoutEmployerContribution(DAY));
    }

    @Test
    void longIdsAndIdsOfWideCharactersAreFoundByTheirWholeText() {
        FactTable table = new FactTable();
        Map<PersonId, FactRow> puts = new LinkedHashMap<>();
        // The same first 16 characters: told apart only past what a slot holds.
        String prefix = "person-00000000-";
        for (int i = 0; i < 300; i++) {
            PersonId p = PersonId.of(prefix + i);
            puts.put(p, rowOf(p, i % 100));
            PersonId wide = PersonId.of("人员" + i);
            puts.put(wide, rowOf(wide, (i + 1) % 100));
        }
        put(table, puts);
        for (int i = 0; i < 300; i++) {
            assertEquals(i % 100, table.row(PersonId.of(new String(prefix + i))).monthsWithoutEmployerContribution(DAY));
            assertEquals((i + 1) % 100, table.row(PersonId.of("人员" + i)).monthsWithoutEmployerContribution(DAY));
            assertSame(FactRow.EMPTY, table.row(PersonId.of(prefix + (i + 1_000))));
            assertSame(FactRow.EMPTY, table.row(PersonId.of("人" + i)));
        }
        // Up to 16 one-byte characters are held whole: one of exactly 16 and one of 17 are different ids.
        PersonId sixteen = PersonId.of("abcdefghijklmnop");
        PersonId seventeen = PersonId.of("abcdefghijklmnopq");
        put(table, Map.of(sixteen, rowOf(sixteen, 5)));
        assertEquals(5, table.row(PersonId.of(new String("abcdefghijklmnop"))).monthsWithoutEmployerContribution(DAY));
        assertSame(FactRow.EMPTY, table.row(seventeen));
    }

    @Test
    void aWideCharacterIsNotMistakenForTheOneByteCharacterOfItsLowByte() {
        // U+0141 and 'A' (U+0041) share their low byte, in the first word and in the second.
        FactTable table = new FactTable();
        List<String> ids = List.of("p\u0141", "pA", "abcdefghi\u0141", "abcdefghiA", "\u0141bcdefghijklmnop",
                "Abcdefghijklmnop");
        Map<PersonId, FactRow> puts = new LinkedHashMap<>();
        for (int i = 0; i < ids.size(); i += 2) {
            PersonId p = PersonId.of(ids.get(i));
            puts.put(p, rowOf(p, 10 + i));
        }
        put(table, puts);
        for (int i = 0; i < ids.size(); i += 2) {
            assertEquals(10 + i, table.row(PersonId.of(new String(ids.get(i)))).monthsWithoutEmployerContribution(DAY));
            assertSame(FactRow.EMPTY, table.row(PersonId.of(ids.get(i + 1))));
        }
        long[] w = new long[6];
        FactTable.words("abcdefghi\u0141", w, 0);
        FactTable.words("abcdefghiA", w, 3);
        assertEquals(0, (int) w[0]);
        assertEquals(11, (int) w[3]);
        assertEquals(0x6867666564636261L, w[4]);
        assertEquals(0x4169L, w[5]);
    }

    @Test
    void aHashIsNeverZero() {
        // 0 marks an empty slot; the text's hash code is 0 for the empty string.
        assertEquals(1, FactTable.hash(""));
        for (int i = 0; i < 10_000; i++) {
            assertNotEquals(0, FactTable.hash("p" + i));
        }
    }
}
