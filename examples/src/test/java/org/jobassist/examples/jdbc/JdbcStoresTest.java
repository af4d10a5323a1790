package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.Registries;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** The entry class and what the contract kits do not see: sharing, closing, replaying a history. */
class JdbcStoresTest {

    @Test
    @DisplayName("two stores of one database see each other's writes; a closed database refuses work")
    void sharedAndClosed() {
        JdbcStores stores = JdbcStores.h2InMemory("shared" + System.nanoTime());
        RecognitionStore a = stores.recognitions();
        RecognitionStore b = stores.recognitions();
        RecognitionRecord saved = a.save(RecognitionRecord.applied(PersonId.of("p"), LocalDate.of(2021, 3, 1)), 0);
        assertEquals(saved, b.find(PersonId.of("p")).orElseThrow());
        stores.close();
        assertThrows(IllegalStateException.class, () -> b.find(PersonId.of("p")));
    }

    @Test
    @DisplayName("registries() bundles the six registries, each of its own source")
    void registries() {
        try (JdbcStores stores = JdbcStores.h2InMemory("registries" + System.nanoTime())) {
            Registries r = stores.registries();
            assertEquals(RegistrySource.CIVIL_AFFAIRS, r.civilAffairs().source());
            assertEquals(RegistrySource.HOST, r.hostRecords().source());
            assertEquals(RegistrySource.SOCIAL_INSURANCE, r.socialInsurance().source());
        }
    }

    @Test
    @DisplayName("a record with two cycles (recognised, exited, applied again, recognised) reads back equal")
    void replayedHistory() {
        PersonId p = PersonId.of("p-2");
        RecognitionRecord r = RecognitionRecord.applied(p, LocalDate.of(2021, 1, 4))
                .recognised(LocalDate.of(2021, 1, 20), "liaoning-2021", Set.of("LAND_EXPROPRIATED", "DISABLED"),
                        LocalDate.of(2022, 1, 20))
                .recognised(LocalDate.of(2022, 1, 10), "liaoning-2021", Set.of("DISABLED"), LocalDate.of(2023, 1, 10))
                .exited(LocalDate.of(2022, 6, 1), ExitReason.EMPLOYED)
                .reapplied(LocalDate.of(2023, 2, 1))
                .rejected(LocalDate.of(2023, 2, 15), "liaoning-2023")
                .reapplied(LocalDate.of(2023, 9, 1))
                .recognised(LocalDate.of(2023, 9, 20), "liaoning-2023", Set.of("MODEL_WORKER"), LocalDate.of(2024, 9, 20));
        try (JdbcStores stores = JdbcStores.h2InMemory("replay" + System.nanoTime())) {
            RecognitionRecord saved = stores.recognitions().save(r, 0);
            RecognitionRecord read = stores.recognitions().find(p).orElseThrow();
            assertEquals(saved, read);
            assertTrue(read.sameContentAs(r));
            assertEquals(r.history(), read.history());
            assertEquals(List.of("MODEL_WORKER"), read.categories());
            assertEquals(LocalDate.of(2023, 9, 20), read.recognisedOn().orElseThrow());
            assertFalse(read.exitReason().isPresent());
        }
    }

    @Test
    @DisplayName("an H2 database name is letters, digits and underscores")
    void badName() {
        assertThrows(IllegalArgumentException.class, () -> JdbcStores.h2InMemory("a;b"));
    }
}
