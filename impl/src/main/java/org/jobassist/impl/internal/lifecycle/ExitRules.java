package org.jobassist.impl.internal.lifecycle;

import java.time.LocalDate;
import java.time.Period;
import java.util.EnumSet;
import java.util.Set;
import org.jobassist.api.category.ExitReason;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * The pack's exit rules and review interval for one jurisdiction and day, read once per
 * step. {@link ExitReason#NO_LONGER_ELIGIBLE} is always in force: a re-verification that
 * finds no category must end the recognition, so the pack cannot switch it off.
 *
 * @param active the reasons in force
 * @param basis the legal basis of the active set (provisional)
 */
record ExitRules(Set<ExitReason> active, LegalBasis basis) {

    static ExitRules of(PolicyPack pack, DivisionCode jurisdiction, LocalDate date) {
        ResolvedValue<Set<String>> names = pack.resolve(PolicyKeys.CATEGORY_EXIT_ACTIVE_REASONS, jurisdiction, date);
        Set<ExitReason> active = EnumSet.of(ExitReason.NO_LONGER_ELIGIBLE);
        for (String name : names.value()) {
            try {
                active.add(ExitReason.valueOf(name));
            } catch (IllegalArgumentException e) {
                // A pack naming a reason the library does not know is a wiring fault, not something to skip.
                throw new InvalidInputException(new Violation(PolicyKeys.CATEGORY_EXIT_ACTIVE_REASONS.name(),
                        "lifecycle.unknown-exit-reason", "the pack names an exit reason the library does not know"));
            }
        }
        return new ExitRules(active, names.legalBasis());
    }

    boolean isActive(ExitReason reason) {
        return active.contains(reason);
    }

    static ResolvedValue<Period> reviewInterval(PolicyPack pack, DivisionCode jurisdiction, LocalDate date) {
        return pack.resolve(PolicyKeys.CATEGORY_REVIEW_INTERVAL, jurisdiction, date);
    }
}
