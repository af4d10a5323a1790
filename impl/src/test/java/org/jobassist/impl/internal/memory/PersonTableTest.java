package org.jobassist.impl.internal.memory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jobassist.api.family.PersonId;
import org.junit.jupiter.api.Test;

/** The table's filter of absent people: it grows with the table and never hides a person. */
class PersonTableTest {

    @Test
    void everyPersonWrittenOneByOneOrInBatchesIsFoundAndNoOtherIs() {
        PersonTable<Integer> table = new PersonTable<>();
        PersonTable.State<Integer> first = null;
        // One by one past several growths of the filter, then in batches.
        for (int i = 0; i < 3_000; i++) {
            int n = i;
            table.write(s -> new PersonTable.Change<>(Map.of(PersonId.of("p" + n), n), 1, null));
            if (i == 0) {
                first = table.snapshot();
            }
        }
        for (int b = 0; b < 4; b++) {
            Map<PersonId, Integer> puts = new LinkedHashMap<>();
            for (int i = 3_000 + b * 5_000; i < 3_000 + (b + 1) * 5_000; i++) {
                puts.put(PersonId.of("p" + i), i);
            }
            table.write(s -> new PersonTable.Change<>(puts, puts.size(), null));
        }
        PersonTable.State<Integer> now = table.snapshot();
        assertEquals(23_000, now.size());
        for (int i = 0; i < 23_000; i++) {
            assertEquals(Integer.valueOf(i), now.get(PersonId.of("p" + i)), "p" + i);
            assertNull(now.get(PersonId.of("q" + i)), "q" + i);
        }
        // An old snapshot still answers as it did.
        assertEquals(Integer.valueOf(0), first.get(PersonId.of("p0")));
        assertNull(first.get(PersonId.of("p1")));
    }
}
