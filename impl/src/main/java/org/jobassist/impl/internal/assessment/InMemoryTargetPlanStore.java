package org.jobassist.impl.internal.assessment;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.TargetPlanStore;

/**
 * A {@link TargetPlanStore} in a concurrent sorted map keyed by province and year. Thread-safe:
 * each save is one atomic map operation.
 */
public final class InMemoryTargetPlanStore implements TargetPlanStore {

    private record Key(DivisionCode province, int year) {}

    private static final Comparator<Key> ORDER =
            Comparator.comparing(Key::province).thenComparingInt(Key::year);

    private final ConcurrentSkipListMap<Key, TargetPlan> plans = new ConcurrentSkipListMap<>(ORDER);

    /** A new, empty store. */
    public InMemoryTargetPlanStore() {}

    @Override
    public boolean save(TargetPlan plan) {
        Objects.requireNonNull(plan, "plan");
        TargetPlan before = plans.put(new Key(plan.province(), plan.year()), plan);
        return !plan.equals(before);
    }

    @Override
    public Optional<TargetPlan> find(DivisionCode province, int year) {
        return Optional.ofNullable(plans.get(new Key(Objects.requireNonNull(province, "province"), year)));
    }

    @Override
    public List<TargetPlan> findAll() {
        return List.copyOf(plans.values());
    }

    @Override
    public String toString() {
        return "InMemoryTargetPlanStore[" + plans.size() + " plans]";
    }
}
