package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * The state of one recognition call on one date: the person being evaluated, the memo of
 * the leaves already evaluated for that person, and the code sets already resolved for a
 * division on that date (a batch resolves each division once). Confined to one thread: a batch
 * makes one and reuses it for every person.
 */
final class Evaluation {

    static final byte UNKNOWN = 0;
    static final byte TRUE = 1;
    static final byte FALSE = 2;

    final Facts facts;
    final LocalDate asOf;
    final byte[] memo;
    final Explanation[] explained;
    PersonRecord person;
    private Optional<HouseholdRegister> household;
    private final Map<String, Map<DivisionCode, ResolvedValue<java.util.Set<String>>>> codeSets = new HashMap<>();

    Evaluation(Facts facts, LocalDate asOf, int slots) {
        this.facts = facts;
        this.asOf = asOf;
        this.memo = new byte[slots];
        this.explained = new Explanation[slots];
    }

    /** Starts on the next person: forgets what was memoised for the last one. */
    void reset(PersonRecord next) {
        this.person = next;
        this.household = null;
        Arrays.fill(memo, UNKNOWN);
        Arrays.fill(explained, null);
    }

    /** The person's household register, looked up once per person. */
    Optional<HouseholdRegister> household() {
        if (household == null) {
            household = person.household().isPresent()
                    ? facts.households().find(person.household().get())
                    : Optional.empty();
        }
        return household;
    }

    /**
     * The code set under {@code key} for {@code division} on the date of this evaluation.
     *
     * @throws org.jobassist.api.policy.PolicyValueUnavailableException if the pack has none
     */
    ResolvedValue<java.util.Set<String>> codeSet(PolicyKey<java.util.Set<String>> key, DivisionCode division) {
        Map<DivisionCode, ResolvedValue<java.util.Set<String>>> byDivision =
                codeSets.computeIfAbsent(key.name(), k -> new HashMap<>());
        ResolvedValue<java.util.Set<String>> value = byDivision.get(division);
        if (value == null) {
            value = facts.pack().resolve(key, division, asOf);
            byDivision.put(division, value);
        }
        return value;
    }
}
