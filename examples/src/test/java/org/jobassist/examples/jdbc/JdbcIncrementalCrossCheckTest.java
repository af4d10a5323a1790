package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jobassist.api.crosscheck.CrossCheck;
import org.jobassist.api.crosscheck.CrossCheckRequest;
import org.jobassist.api.crosscheck.Discrepancy;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.impl.CrossChecks;
import org.jobassist.impl.InMemoryStores;
import org.jobassist.impl.PolicyPacks;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.crosscheck.CrossCheckCases;
import org.jobassist.testkit.crosscheck.CrossCheckCases.World;
import org.jobassist.testkit.crosscheck.PlantedPerson;
import org.jobassist.testkit.subsidy.Ledgers;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The incremental cross-check ({@code CrossChecks}, {@link CrossCheckRequest#since}) on the
 * JDBC stores finds what the full run finds for the people changed since the position, and
 * nothing else; on H2 (subclassed for PostgreSQL). The contract kits have no change-feed
 * group, so this is the feed's end-to-end test.
 *
 * <p>One ledger only: every ledger of one {@link JdbcStores} is a view of one table, so the
 * second ledger a {@link World} loads goes to an in-memory ledger outside the check.
 */
class JdbcIncrementalCrossCheckTest {

    private static final int EXAMPLES = 8;

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Test
    @DisplayName("incremental since a position = the full run restricted to the people written after it")
    void incrementalEqualsFullRestrictedToTheChanged() {
        CrossCheckRequest full = CrossCheckRequest.full(CrossCheckCases.AS_OF, CrossCheckCases.PAID_PERIOD);
        Properties.qt().withExamples(EXAMPLES).forAll(CrossCheckCases.worlds(10)).checkAssert(world -> {
            Backend.Opened o = backend().fresh();
            try {
                JdbcStores s = o.stores();
                EntitlementLedger a = s.ledger(Ledgers.rules(2, 3));
                EntitlementLedger elsewhere = InMemoryStores.ledger(Ledgers.rules(2, 3));
                CrossCheck check = CrossChecks.crossCheck(s.recognitions(), s.people(), s.registries(),
                        PolicyPacks.liaoning().categoryCatalogues(), List.of(a));
                long before = check.run(full).nextSequence();
                int half = world.people().size() / 2;
                World first = new World(world.asOf(), world.paidPeriod(), world.people().subList(0, half));
                World second = new World(world.asOf(), world.paidPeriod(),
                        world.people().subList(half, world.people().size()));
                first.loadInto(s.people(), s.recognitions(), s.registries(), a, elsewhere);
                long middle = check.run(full).nextSequence();
                assertTrue(half == 0 || middle > before, "the load moved the feed");
                second.loadInto(s.people(), s.recognitions(), s.registries(), a, elsewhere);

                List<Discrepancy> all = check.run(full).discrepancies();
                assertEquals(all, since(check, before, world), "everything changed since before the load");
                assertEquals(restricted(all, second.people()), since(check, middle, world),
                        "only the people loaded after the middle position");

                // A later change to one person of the first half: only that person is checked again.
                long end = check.run(full).nextSequence();
                assertEquals(List.of(), since(check, end, world), "nothing changed since the end");
                if (half > 0) {
                    PlantedPerson touched = first.people().get(0);
                    PersonRecord p = s.people().find(touched.person().id()).orElseThrow();
                    s.people().save(p.toBuilder().acceptedReferral(LocalDate.of(2021, 10, 20)).build());
                    assertEquals(restricted(all, List.of(touched)), since(check, end, world));
                }
            } finally {
                o.close();
            }
        });
    }

    private static List<Discrepancy> since(CrossCheck check, long position, World world) {
        return check.run(CrossCheckRequest.since(position, world.asOf(), world.paidPeriod())).discrepancies();
    }

    private static List<Discrepancy> restricted(List<Discrepancy> all, List<PlantedPerson> people) {
        Set<PersonId> changed = new HashSet<>();
        people.forEach(p -> changed.add(p.person().id()));
        List<Discrepancy> out = new ArrayList<>();
        for (Discrepancy d : all) {
            if (changed.contains(d.person())) {
                out.add(d);
            }
        }
        return out;
    }
}
