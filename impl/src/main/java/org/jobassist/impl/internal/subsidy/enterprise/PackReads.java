package org.jobassist.impl.internal.subsidy.enterprise;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.SubsidyDecision;

/**
 * The pack values one calculation reads, for one jurisdiction: each value is recorded in the
 * decision once per pack entry (a period read month by month is recorded once per entry it
 * touched), and its legal basis is kept, once, for the explanation. Not thread-safe; one per
 * calculation.
 */
public final class PackReads {

    private final PolicyPack pack;
    private final DivisionCode jurisdiction;
    private final SubsidyDecision.Builder decision;
    private final List<PolicyValue<?>> sources = new ArrayList<>();
    private final List<LegalBasis> legalBases = new ArrayList<>();

    /**
     * Starts the reads of one calculation.
     *
     * @param pack the pack
     * @param jurisdiction the jurisdiction asked about
     * @param decision the decision the values read are recorded in
     */
    public PackReads(PolicyPack pack, DivisionCode jurisdiction, SubsidyDecision.Builder decision) {
        this.pack = Objects.requireNonNull(pack, "pack");
        this.jurisdiction = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.decision = Objects.requireNonNull(decision, "decision");
    }

    /**
     * The value in force on {@code date}, recorded.
     *
     * @param <T> the value's type
     * @param key the key
     * @param date the date
     * @return the value
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if it is unknown or
     *     missing for the jurisdiction and date
     */
    public <T> T get(PolicyKey<T> key, LocalDate date) {
        return resolve(key, date).value();
    }

    /**
     * The resolved value in force on {@code date}, recorded.
     *
     * @param <T> the value's type
     * @param key the key
     * @param date the date
     * @return the resolved value, with its origin
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if it is unknown or
     *     missing for the jurisdiction and date
     */
    public <T> ResolvedValue<T> resolve(PolicyKey<T> key, LocalDate date) {
        ResolvedValue<T> v = pack.resolve(key, jurisdiction, date);
        if (!sources.contains(v.source())) {
            sources.add(v.source());
            decision.read(v);
            if (!legalBases.contains(v.legalBasis())) {
                legalBases.add(v.legalBasis());
            }
        }
        return v;
    }

    /**
     * The legal bases of the values read so far, each once, in the order first read.
     *
     * @return a copy
     */
    public List<LegalBasis> legalBases() {
        return List.copyOf(legalBases);
    }
}
