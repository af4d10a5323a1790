package org.jobassist.api.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.region.DivisionCode;

/**
 * Every policy parameter (政策参数) of a pack as it stands in one jurisdiction on one date: for
 * each key, the most specific value in force (county, then city, then province) with its legal
 * basis, the jurisdiction that set it and the pack version; and the keys left unset there,
 * marked unknown (with the note saying why) or with no value in force. Made by
 * {@link PolicyPack#parameters(DivisionCode, LocalDate)}; what a clerk or an auditor reads to
 * see which figures a calculation on that date would use.
 *
 * <p><b>Order.</b> Keys come in the order of the {@link PolicyKeys} catalogue, then any key
 * the pack holds outside the catalogue in the order the pack first gives it; the same pack,
 * jurisdiction and date always give the same order. Every key appears exactly once, either in
 * {@link #values()} or in {@link #unset()}.
 *
 * <p>Immutable and thread-safe.
 */
public final class PolicyParameters {

    private final String packId;
    private final String packVersion;
    private final boolean overridden;
    private final DivisionCode jurisdiction;
    private final LocalDate date;
    private final List<PolicyKey<?>> keys;
    private final List<ResolvedValue<?>> values;
    private final List<UnsetParameter> unset;
    private final Map<PolicyKey<?>, Object> byKey;

    PolicyParameters(String packId, String packVersion, boolean overridden, DivisionCode jurisdiction,
            LocalDate date, List<Object> answers) {
        this.packId = Objects.requireNonNull(packId, "packId");
        this.packVersion = Objects.requireNonNull(packVersion, "packVersion");
        this.overridden = overridden;
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.date = Objects.requireNonNull(date, "date");
        List<PolicyKey<?>> keyList = new ArrayList<>();
        List<ResolvedValue<?>> valueList = new ArrayList<>();
        List<UnsetParameter> unsetList = new ArrayList<>();
        Map<PolicyKey<?>, Object> map = new LinkedHashMap<>();
        for (Object answer : answers) {
            if (answer instanceof ResolvedValue<?> value) {
                keyList.add(value.key());
                valueList.add(value);
                map.put(value.key(), value);
            } else {
                UnsetParameter missing = (UnsetParameter) answer;
                keyList.add(missing.key());
                unsetList.add(missing);
                map.put(missing.key(), missing);
            }
        }
        this.keys = List.copyOf(keyList);
        this.values = List.copyOf(valueList);
        this.unset = List.copyOf(unsetList);
        this.byKey = Collections.unmodifiableMap(map);
    }

    /**
     * The value of {@code key}, as {@link PolicyPack#resolve} gives it.
     *
     * @param <T> the value's type
     * @param key the key
     * @return the value with its origin
     * @throws PolicyValueUnavailableException {@code policy.value-unknown} if the key is marked
     *     unknown here, {@code policy.value-missing} if no value is in force or the pack does
     *     not know the key
     * @throws NullPointerException if {@code key} is null
     */
    public <T> ResolvedValue<T> get(PolicyKey<T> key) {
        Object answer = byKey.get(Objects.requireNonNull(key, "key"));
        if (answer instanceof UnsetParameter missing) {
            throw missing.toException();
        }
        if (answer == null) {
            throw new PolicyValueUnavailableException(key, jurisdiction, date, null);
        }
        return typed(key, (ResolvedValue<?>) answer);
    }

    /**
     * The value of {@code key}, or empty when it is unset here.
     *
     * @param <T> the value's type
     * @param key the key
     * @return the value with its origin, or empty
     * @throws NullPointerException if {@code key} is null
     */
    public <T> Optional<ResolvedValue<T>> find(PolicyKey<T> key) {
        Object answer = byKey.get(Objects.requireNonNull(key, "key"));
        return answer instanceof ResolvedValue<?> value ? Optional.of(typed(key, value)) : Optional.empty();
    }

    /**
     * Why {@code key} is unset here.
     *
     * @param key the key
     * @return the unset entry, or empty when the key has a value (or is not in the view)
     * @throws NullPointerException if {@code key} is null
     */
    public Optional<UnsetParameter> whyUnset(PolicyKey<?> key) {
        Object answer = byKey.get(Objects.requireNonNull(key, "key"));
        return answer instanceof UnsetParameter missing ? Optional.of(missing) : Optional.empty();
    }

    private static <T> ResolvedValue<T> typed(PolicyKey<T> key, ResolvedValue<?> value) {
        PolicyValue<T> source = value.source().as(key);
        return new ResolvedValue<>(source, value.requestedJurisdiction(), value.date(), value.packId(),
                value.packVersion());
    }

    /**
     * Every key of the view, in its stable order.
     *
     * @return an unmodifiable list
     */
    public List<PolicyKey<?>> keys() {
        return keys;
    }

    /**
     * The keys with a value in force, each with its value, legal basis, setting jurisdiction
     * and pack version, in the view's order.
     *
     * @return an unmodifiable list
     */
    public List<ResolvedValue<?>> values() {
        return values;
    }

    /**
     * The keys without a usable value here, marked unknown or with none in force, in the
     * view's order.
     *
     * @return an unmodifiable list
     */
    public List<UnsetParameter> unset() {
        return unset;
    }

    /**
     * The jurisdiction asked about.
     *
     * @return the jurisdiction
     */
    public DivisionCode jurisdiction() {
        return jurisdiction;
    }

    /**
     * The date asked about.
     *
     * @return the date
     */
    public LocalDate date() {
        return date;
    }

    /**
     * The id of the pack.
     *
     * @return the pack id
     */
    public String packId() {
        return packId;
    }

    /**
     * The version of the pack.
     *
     * @return the pack version
     */
    public String packVersion() {
        return packVersion;
    }

    /**
     * Whether the pack came from {@link PolicyPack#withOverrides}.
     *
     * @return true if overridden
     */
    public boolean isOverridden() {
        return overridden;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PolicyParameters that
                && packId.equals(that.packId)
                && packVersion.equals(that.packVersion)
                && overridden == that.overridden
                && jurisdiction.equals(that.jurisdiction)
                && date.equals(that.date)
                && values.equals(that.values)
                && unset.equals(that.unset);
    }

    @Override
    public int hashCode() {
        return Objects.hash(packId, packVersion, overridden, jurisdiction, date, values, unset);
    }

    /** {@return a one-line summary: pack, jurisdiction, date and counts, no values} */
    @Override
    public String toString() {
        return "PolicyParameters[" + packId + " " + packVersion + (overridden ? " with overrides" : "")
                + ", " + jurisdiction + " on " + date + ", " + values.size() + " set, " + unset.size() + " unset]";
    }
}
