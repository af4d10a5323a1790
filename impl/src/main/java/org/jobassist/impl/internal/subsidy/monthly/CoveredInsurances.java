package org.jobassist.impl.internal.subsidy.monthly;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.InsuranceType;

/**
 * The insurances each pack entry of {@link PolicyKeys#SOCIAL_INSURANCE_EMPLOYER_COVERED_INSURANCES}
 * lists, parsed once per entry rather than once per month ({@link EmployerShare#covered}).
 * Bounded by the entries of the pack. Thread-safe: a race only parses the same entry twice.
 */
public final class CoveredInsurances {

    private final String area;
    private final ConcurrentHashMap<PolicyValue<Set<String>>, Set<InsuranceType>> bySource = new ConcurrentHashMap<>();

    /**
     * An empty cache.
     *
     * @param area the calculator's area, for the code {@code <area>.pack-insurance}
     * @throws NullPointerException if {@code area} is null
     */
    public CoveredInsurances(String area) {
        this.area = Objects.requireNonNull(area, "area");
    }

    /**
     * The insurances a value lists, as {@link EmployerShare#covered} gives them.
     *
     * @param value the value read
     * @return an unmodifiable set
     * @throws org.jobassist.api.error.InvalidInputException {@code <area>.pack-insurance} as
     *     {@link EmployerShare#covered} does; a failure is not cached
     */
    public Set<InsuranceType> of(ResolvedValue<Set<String>> value) {
        Set<InsuranceType> covered = bySource.get(value.source());
        if (covered == null) {
            covered = Collections.unmodifiableSet(EmployerShare.covered(value, area));
            bySource.putIfAbsent(value.source(), covered);
        }
        return covered;
    }
}
