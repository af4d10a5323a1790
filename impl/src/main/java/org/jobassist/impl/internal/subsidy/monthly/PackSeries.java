package org.jobassist.impl.internal.subsidy.monthly;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;
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
 * that, a chain is built per call). The answers for the first day of a month
 * ({@link #resolveMonth}), which the monthly engines ask for every month of every case, are
 * kept per chain for the months of {@value #FIRST_CACHED_YEAR} to {@value #LAST_CACHED_YEAR}
 * (a row of 12 per year asked about), so a month costs an array read, not a new value.
 * Immutable as seen from outside and thread-safe: a race only builds the same chain or value
 * twice, and the values are immutable.
 *
 * @param <T> the key's value type
 */
public final class PackSeries<T> {

    /** More divisions than any province has; keeps a stream of odd codes from growing the cache. */
    static final int MAX_JURISDICTIONS = 4096;
    static final int FIRST_CACHED_YEAR = 2000;
    static final int LAST_CACHED_YEAR = 2099;

    private final PolicyPack pack;
    private final PolicyKey<T> key;
    private final ConcurrentHashMap<DivisionCode, Chain<T>> chains = new ConcurrentHashMap<>();

    /** The entries answering for one requested jurisdiction, most specific first, and its month answers. */
    private static final class Chain<T> {
        final List<PolicyValue<T>> values;
        /** Per year from FIRST_CACHED_YEAR, the answers for each month's first day; rows made on demand. */
        final AtomicReferenceArray<AtomicReferenceArray<ResolvedValue<T>>> byYear =
                new AtomicReferenceArray<>(LAST_CACHED_YEAR - FIRST_CACHED_YEAR + 1);

        Chain(List<PolicyValue<T>> values) {
            this.values = values;
        }
    }

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
        return resolve(chain(jurisdiction), jurisdiction, date);
    }

    /**
     * The value in force in {@code jurisdiction} on the first day of {@code month}: what
     * {@link #resolve} answers for {@code month.atDay(1)}, the same object for every call
     * within the cached years.
     *
     * @param jurisdiction the jurisdiction asked about
     * @param month the month asked about
     * @return the value with its origin, for the month's first day
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException as
     *     {@link PolicyPack#resolve} does (never cached)
     * @throws NullPointerException if an argument is null
     */
    public ResolvedValue<T> resolveMonth(DivisionCode jurisdiction, YearMonth month) {
        Chain<T> chain = chain(jurisdiction);
        int year = month.getYear();
        if (year < FIRST_CACHED_YEAR || year > LAST_CACHED_YEAR) {
            return resolve(chain, jurisdiction, month.atDay(1));
        }
        AtomicReferenceArray<ResolvedValue<T>> row = chain.byYear.get(year - FIRST_CACHED_YEAR);
        if (row == null) {
            chain.byYear.compareAndSet(year - FIRST_CACHED_YEAR, null, new AtomicReferenceArray<>(12));
            row = chain.byYear.get(year - FIRST_CACHED_YEAR);
        }
        int at = month.getMonthValue() - 1;
        ResolvedValue<T> value = row.get(at);
        if (value == null) {
            value = resolve(chain, jurisdiction, month.atDay(1));
            row.set(at, value);
        }
        return value;
    }

    private ResolvedValue<T> resolve(Chain<T> chain, DivisionCode jurisdiction, LocalDate date) {
        // The most specific jurisdiction's entries come first: the first in force answers.
        for (PolicyValue<T> value : chain.values) {
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

    private Chain<T> chain(DivisionCode jurisdiction) {
        Chain<T> chain = chains.get(Objects.requireNonNull(jurisdiction, "jurisdiction"));
        if (chain == null) {
            chain = new Chain<>(build(jurisdiction));
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
