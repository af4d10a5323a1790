package org.jobassist.testkit.spi;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.TargetPlanStore;
import org.jobassist.testkit.assessment.TargetPlans;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link TargetPlanStore}: one plan per province and year, replacing saves,
 * idempotent saves, and threads saving the same plan. Extend it, return a new, empty store
 * from {@link #createStore()}, and JUnit runs every rule against it.
 */
public abstract class TargetPlanStoreContract {

    /** The store under test, new for every test. */
    protected TargetPlanStore store;

    /** For subclasses. */
    protected TargetPlanStoreContract() {}

    /**
     * The factory hook: a new, empty store, not shared with any other test.
     *
     * @return the store
     */
    protected abstract TargetPlanStore createStore();

    /** Creates the store for one test. */
    @BeforeEach
    public void createStoreForTest() {
        store = createStore();
    }

    /** {@link TargetPlanStore#save}. */
    @Nested
    @DisplayName("save")
    public class Save {

        /** For JUnit. */
        public Save() {}

        /** New and replaced. */
        @Test
        @DisplayName("a new plan is stored (true); another plan of the same year replaces it (true)")
        public void storesAndReplaces() {
            TargetPlan first = TargetPlans.uniform(2021, 100);
            TargetPlan second = TargetPlans.uniform(2021, 200);
            assertTrue(store.save(first));
            assertTrue(store.save(second));
            assertEquals(second, store.find(DivisionCode.LIAONING, 2021).orElseThrow());
            assertEquals(1, store.findAll().size());
        }

        /** Idempotent. */
        @Test
        @DisplayName("saving an equal plan changes nothing (false)")
        public void idempotent() {
            assertTrue(store.save(TargetPlans.liaoning2021Illustrative()));
            assertFalse(store.save(TargetPlans.liaoning2021Illustrative()));
        }

        /** Nulls. */
        @Test
        @DisplayName("null arguments throw NullPointerException")
        public void nulls() {
            assertAll(() -> assertThrows(NullPointerException.class, () -> store.save(null)),
                    () -> assertThrows(NullPointerException.class, () -> store.find(null, 2021)));
        }

        /** Threads. */
        @Test
        @DisplayName("of threads saving the same new plan, exactly one reports a change")
        public void concurrent() {
            TargetPlan plan = TargetPlans.liaoning2021Illustrative();
            AtomicInteger changed = new AtomicInteger();
            Concurrently.run(Concurrently.THREADS, t -> {
                if (store.save(plan)) {
                    changed.incrementAndGet();
                }
            });
            assertEquals(1, changed.get());
        }
    }

    /** {@link TargetPlanStore#find} and {@link TargetPlanStore#findAll}. */
    @Nested
    @DisplayName("find")
    public class Find {

        /** For JUnit. */
        public Find() {}

        /** Order and absence. */
        @Test
        @DisplayName("finds by province and year; findAll is ordered by year; absent is empty")
        public void findsInOrder() {
            store.save(TargetPlans.illustrative(2022));
            store.save(TargetPlans.illustrative(2021));
            assertAll(() -> assertEquals(List.of(2021, 2022), store.findAll().stream().map(TargetPlan::year).toList()),
                    () -> assertTrue(store.find(DivisionCode.LIAONING, 2020).isEmpty()),
                    () -> assertEquals(2022, store.find(DivisionCode.LIAONING, 2022).orElseThrow().year()));
        }
    }
}
