package org.jobassist.examples.province;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.impl.PolicyPacks;
import org.junit.jupiter.api.Test;

/**
 * {@code --store h2}: the programme year on the JDBC adapter over embedded H2 gives exactly the
 * year it gives on the in-memory stores, month by month.
 */
class H2StoreSetTest {

    /** Small: every read and write of the H2 run goes through SQL. */
    private static final int PEOPLE = 400;

    @Test
    void theYearOnH2IsTheYearInMemory() {
        PolicyPack pack = PolicyPacks.liaoning();
        Population population = GeneratedProvince.generate(PEOPLE, 20211109L);
        List<String> memoryLines = new ArrayList<>();
        YearResult memory;
        try (StoreSet stores = StoreSets.named("memory")) {
            memory = ProgrammeYear.run(population, stores, pack, line -> memoryLines.add(line.format()));
        }
        List<String> h2Lines = new ArrayList<>();
        YearResult h2;
        try (StoreSet stores = StoreSets.named("h2")) {
            assertEquals("h2", stores.name());
            h2 = ProgrammeYear.run(population, stores, pack, line -> h2Lines.add(line.format()));
        }
        assertEquals(12, memoryLines.size());
        assertEquals(memoryLines, h2Lines);
        assertEquals(memory.december(), h2.december());
        assertEquals(memory.reminders(), h2.reminders());
        assertEquals(memory.crossCheck().total(), h2.crossCheck().total());
        assertEquals(memory.grantedAgain(), h2.grantedAgain());
        assertTrue(memory.december().province().achieved() > 0, "the year places someone");
    }
}
