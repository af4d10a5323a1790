package org.jobassist.impl.internal.subsidy.monthly;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * One key of a pack, resolved the way {@link PolicyPack#resolve} does, but with the
 * jurisdiction walk (asked-about division, city, province) done once per requested
 * jurisdiction: a month then costs a scan of a few entries, not map look-ups and copies.
 * The entries answering for a jurisdiction are always the same objects, so the values a
 * decision records can be told apart by identity.
 *
 * <p>Cached per requested jurisdiction, at most {@value #MAX_JURISDICTIONS} of them (beyond
 * that, a chain is built per call). Immutable as seen from outside and thread-safe: a race
 * only builds the same chain twice.
 *
 * @param <T> the key's value type
 */
public final class PackSeries<T> {

    /** More divisions than any province has; keeps a stream of odd codes from growing the cache. */
    static final int MAX_JURISDICTIONS = 4096;

    private final PolicyPack pack;
    private final PolicyKey<T> key;
    private final ConcurrentHashMap<DivisionCode, List<PolicyValue<T>>> chains = new ConcurrentHashMap<>();

    /**
     * The series of one key.
     *
     * @param pack the pack
     * @param key the key
     * @throws NullPointerException if an argument is null
     */
    public PackSeries(PolicyPack pack, PolicyKey<T> key) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.key = Objects.requireNonNull(key, "key");
    }

    /**
     * The value in force in {@code jurisdiction} on {@code date}; equal to what
     * {@link PolicyPack#resolve} answers.
     *
     * @param jurisdiction the jurisdiction asked about
     * @param date the date asked about
     * @return the value with its origin
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException as
     *     {@link PolicyPack#resolve} does
     * @throws NullPointerException if an argument is null
     */
    public ResolvedValue<T> resolve(DivisionCode jurisdiction, LocalDate date) {
        Objects.requireNonNull(date, "date");
        // The most specific jurisdiction's entries come first: the first in force answers.
        for (PolicyValue<T> value : chain(jurisdiction)) {
            if (value.isInForceOn(date)) {
                if (value.isUnknown()) {
                    break;
                }
                return new ResolvedValue<>(value, jurisdiction, date, pack.id(), pack.version());
            }
        }
        // Unknown or missing: let the pack throw its own exception.
        return pack.resolve(key, jurisdiction, date);
    }

    private List<PolicyValue<T>> chain(DivisionCode jurisdiction) {
        List<PolicyValue<T>> chain = chains.get(Objects.requireNonNull(jurisdiction, "jurisdiction"));
        if (chain == null) {
            chain = build(jurisdiction);
            if (chains.size() < MAX_JURISDICTIONS) {
                chains.putIfAbsent(jurisdiction, chain);
            }
        }
        return chain;
    }

    private List<PolicyValue<T>> build(DivisionCode jurisdiction) {
        List<PolicyValue<T>> chain = new ArrayList<>();
        for (Optional<DivisionCode> d = Optional.of(jurisdiction); d.isPresent(); d = d.get().parent()) {
            chain.addAll(pack.series(key, d.get()));
        }
        return List.copyOf(chain);
    }
}
