package org.jobassist.api.subsidy;

import java.util.ArrayList;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.DivisionLevel;

/**
 * The faults one input builder found, collected so that {@code build()} reports them all at
 * once; each area's codes carry its prefix ({@code job-stabilisation.required}, …). Not
 * thread-safe; one per {@code build()}.
 */
final class EnterpriseInputFaults {

    private final String area;
    private final List<Violation> faults = new ArrayList<>();

    EnterpriseInputFaults(String area) {
        this.area = area;
    }

    /** Reports {@code <area>.<rule>} at {@code path}. */
    void add(String path, String rule, String message) {
        faults.add(new Violation(path, area + "." + rule, message));
    }

    /** {@code <area>.required} when {@code value} is null; answers whether it was present. */
    boolean required(String path, Object value) {
        if (value == null) {
            add(path, "required", "the field is required");
            return false;
        }
        return true;
    }

    /** {@code <area>.negative-count} when {@code count} is below zero. */
    void notNegative(String path, int count) {
        if (count < 0) {
            add(path, "negative-count", "a count must not be negative");
        }
    }

    /** {@code <area>.required} or {@code <area>.negative-amount}. */
    void amount(String path, Money amount) {
        if (required(path, amount) && amount.isNegative()) {
            add(path, "negative-amount", "an amount must not be negative");
        }
    }

    /** {@code <area>.required} or {@code <area>.jurisdiction-level}: a city or county is needed. */
    void jurisdiction(DivisionCode jurisdiction) {
        if (required("jurisdiction", jurisdiction) && jurisdiction.level() == DivisionLevel.PROVINCE) {
            add("jurisdiction", "jurisdiction-level", "the jurisdiction must be a city or a county");
        }
    }

    /** Throws every fault found, if any. */
    void throwIfAny() {
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }
}
