package org.jobassist.impl.internal.zef;

import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.region.DivisionCode;

/**
 * Resolved thresholds per division, each for the last date asked. A batch asks about one
 * date, so after the first household of each division every look-up is a map read with no
 * allocation. Bounded by the number of divisions. Thread-safe: entries are immutable and a
 * race only resolves the same values twice.
 */
final class ThresholdCache {

    private final PolicyPack pack;
    private final ConcurrentHashMap<DivisionCode, Thresholds> byDivision = new ConcurrentHashMap<>();

    ThresholdCache(PolicyPack pack) {
        this.pack = pack;
    }

    Thresholds get(DivisionCode division, LocalDate asOf) {
        Thresholds t = byDivision.get(division);
        if (t == null || !t.asOf.equals(asOf)) {
            t = Thresholds.resolve(pack, division, asOf);
            byDivision.put(division, t);
        }
        return t;
    }
}
