package org.jobassist.api.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import java.util.Optional;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.law.LegalBasis;

/**
 * A service standard (服务标准): how many services of each kind every recognised person is to be
 * offered in a year. The policy pack gives it (keys {@code service.standard.*}); Liaoning's
 * default is at least one career guidance, three job recommendations and one training offer.
 *
 * <p>Error code of {@link #of(Map)}: {@code standard.minimum} (a negative minimum, path names
 * the kind).
 *
 * <p>Immutable and thread-safe.
 */
public final class ServiceStandard {

    private final Map<ServiceActionKind, Integer> minimums;
    private final Map<ServiceActionKind, LegalBasis> legalBases;

    private ServiceStandard(Map<ServiceActionKind, Integer> minimums, Map<ServiceActionKind, LegalBasis> legalBases) {
        this.minimums = minimums;
        this.legalBases = legalBases;
    }

    /**
     * A standard from minimums per kind with the legal basis of each, as read from a pack; a
     * basis of a kind the standard does not require is dropped.
     *
     * @param minimums the yearly minimum per kind, each not negative
     * @param legalBases the legal basis per kind, possibly for some kinds only
     * @return the standard
     * @throws InvalidInputException {@code standard.minimum} for a negative minimum
     * @throws NullPointerException if a map, a key or a value is null
     */
    public static ServiceStandard of(Map<ServiceActionKind, Integer> minimums,
            Map<ServiceActionKind, LegalBasis> legalBases) {
        ServiceStandard bare = of(minimums);
        Map<ServiceActionKind, LegalBasis> bases = new EnumMap<>(ServiceActionKind.class);
        Objects.requireNonNull(legalBases, "legalBases").forEach((k, v) -> {
            Objects.requireNonNull(k, "kind");
            Objects.requireNonNull(v, "legalBasis");
            if (bare.minimums.containsKey(k)) {
                bases.put(k, v);
            }
        });
        return new ServiceStandard(bare.minimums, Collections.unmodifiableMap(bases));
    }

    /**
     * The legal basis of the minimum of {@code kind}, when the standard was read from a pack.
     *
     * @param kind the kind
     * @return the basis, or empty
     * @throws NullPointerException if {@code kind} is null
     */
    public Optional<LegalBasis> legalBasis(ServiceActionKind kind) {
        return Optional.ofNullable(legalBases.get(Objects.requireNonNull(kind, "kind")));
    }

    /**
     * A standard from minimums per kind, without legal bases; kinds not named, and kinds with
     * minimum 0, are not required.
     *
     * @param minimums the yearly minimum per kind, each not negative
     * @return the standard
     * @throws InvalidInputException {@code standard.minimum} for a negative minimum
     * @throws NullPointerException if the map, a key or a value is null
     */
    public static ServiceStandard of(Map<ServiceActionKind, Integer> minimums) {
        Objects.requireNonNull(minimums, "minimums");
        Map<ServiceActionKind, Integer> copy = new EnumMap<>(ServiceActionKind.class);
        List<Violation> faults = new ArrayList<>();
        minimums.forEach((k, v) -> {
            Objects.requireNonNull(k, "kind");
            Objects.requireNonNull(v, "minimum");
            if (v < 0) {
                faults.add(new Violation(k.name(), "standard.minimum", "a minimum is not negative"));
            } else if (v > 0) {
                copy.put(k, v);
            }
        });
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return new ServiceStandard(Collections.unmodifiableMap(copy), Map.of());
    }

    /**
     * The yearly minimum of {@code kind}.
     *
     * @param kind the kind
     * @return the minimum, 0 if the kind is not required
     * @throws NullPointerException if {@code kind} is null
     */
    public int minimum(ServiceActionKind kind) {
        return minimums.getOrDefault(Objects.requireNonNull(kind, "kind"), 0);
    }

    /**
     * The kinds required, with their minimums, in {@link ServiceActionKind} order.
     *
     * @return an unmodifiable map of positive minimums
     */
    public Map<ServiceActionKind, Integer> minimums() {
        return minimums;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ServiceStandard s && minimums.equals(s.minimums) && legalBases.equals(s.legalBases);
    }

    @Override
    public int hashCode() {
        return minimums.hashCode() * 31 + legalBases.hashCode();
    }

    /** {@return the minimums} */
    @Override
    public String toString() {
        return "ServiceStandard" + minimums;
    }
}
