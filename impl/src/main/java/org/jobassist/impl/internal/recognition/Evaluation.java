package org.jobassist.impl.internal.recognition;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.ZeroEmploymentDetermination;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;

/**
 * The state of one recognition call on one date: the person being evaluated, the memo of
 * the conditions already evaluated (and explained) for that person, the code sets already
 * resolved for a division on that date (a batch resolves each division once) and the last
 * household's zero-employment answer. Confined to one thread: a batch
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
    private final boolean explaining;
    private Optional<HouseholdRegister> household;
    /** The last zero-employment determination, for the next person of the same household. */
    private HouseholdRegister lastRegister;
    private boolean lastZeroEmployment;
    private ZeroEmploymentDetermination lastDetermination;
    private final Map<String, Map<DivisionCode, ResolvedValue<Set<String>>>> codeSets = new HashMap<>();

    Evaluation(Facts facts, LocalDate asOf, int slots, boolean explaining) {
        this.facts = facts;
        this.asOf = asOf;
        this.explaining = explaining;
        this.memo = new byte[slots];
        this.explained = new Explanation[slots];
    }

    /** Starts on the next person: forgets what was memoised for the last one. */
    void reset(PersonRecord next) {
        this.person = next;
        this.household = null;
        Arrays.fill(memo, UNKNOWN);
        if (explaining) {
            Arrays.fill(explained, null);
        }
    }

    /** Whether the register is a zero-employment family on the date, remembered for the next person of it. */
    boolean isZeroEmployment(HouseholdRegister register) {
        if (!sameAsLast(register)) {
            lastRegister = register;
            lastDetermination = null;
            lastZeroEmployment = facts.zeroEmployment().isZeroEmployment(register, asOf);
        }
        return lastZeroEmployment;
    }

    /** The determination for the register on the date, remembered for the next person of it. */
    ZeroEmploymentDetermination determine(HouseholdRegister register) {
        if (!sameAsLast(register) || lastDetermination == null) {
            lastRegister = register;
            lastDetermination = facts.zeroEmployment().determine(register, asOf);
            lastZeroEmployment = lastDetermination.zeroEmployment();
        }
        return lastDetermination;
    }

    private boolean sameAsLast(HouseholdRegister register) {
        return lastRegister != null && (lastRegister == register
                || lastRegister.id().equals(register.id()) && lastRegister.equals(register));
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
    ResolvedValue<Set<String>> codeSet(PolicyKey<Set<String>> key, DivisionCode division) {
        Map<DivisionCode, ResolvedValue<Set<String>>> byDivision =
                codeSets.computeIfAbsent(key.name(), k -> new HashMap<>());
        ResolvedValue<Set<String>> value = byDivision.get(division);
        if (value == null) {
            value = facts.pack().resolve(key, division, asOf);
            byDivision.put(division, value);
        }
        return value;
    }
}
