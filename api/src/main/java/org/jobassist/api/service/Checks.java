package org.jobassist.api.service;

import java.util.List;
import java.util.Objects;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.error.Violation;

/** Checks shared by the builders of this package. */
final class Checks {

    /** The longest host id accepted (vacancy, event, record, referral ids): the outcome ids' rule. */
    static final int MAX_ID_LENGTH = EmploymentOutcome.MAX_ID_LENGTH;

    private Checks() {
    }

    /**
     * Whether {@code id} is a well-formed host id. Every host id of the library (outcomes,
     * vacancies, events, records, referrals) follows one rule, {@link
     * EmploymentOutcome#isWellFormedId}: 1 to 64 characters without white space or control
     * characters.
     */
    static boolean isWellFormedId(String id) {
        return EmploymentOutcome.isWellFormedId(id);
    }

    /** Whether {@code code} is lower-case kebab: a-z, 0-9 and single inner hyphens, 1 to 64 characters. */
    static boolean isKebab(String code) {
        Objects.requireNonNull(code, "code");
        if (code.isEmpty() || code.length() > 64 || code.charAt(0) == '-' || code.charAt(code.length() - 1) == '-') {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            boolean ok = c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' && code.charAt(i - 1) != '-';
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /** The longest office or staff code accepted. */
    static final int MAX_STAFF_CODE_LENGTH = 32;

    /** Whether {@code code} is 1 to 32 ASCII letters, digits, dots, hyphens and underscores. */
    static boolean isStaffCode(String code) {
        if (code.isEmpty() || code.length() > MAX_STAFF_CODE_LENGTH) {
            return false;
        }
        for (int i = 0; i < code.length(); i++) {
            char c = code.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.' || c == '-'
                    || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** Adds a "required" violation with {@code prefix.required} when {@code value} is null. */
    static void required(List<Violation> faults, Object value, String path, String prefix) {
        if (value == null) {
            faults.add(new Violation(path, prefix + ".required", "the field is required"));
        }
    }

    /** Adds a provided-by violation when {@code code} is missing or not a staff code. */
    static void staff(List<Violation> faults, String code, String path, String prefix) {
        if (code == null) {
            required(faults, null, path, prefix);
        } else if (!isStaffCode(code)) {
            faults.add(new Violation(path, prefix + ".provided-by",
                    "an office or staff code is 1 to " + MAX_STAFF_CODE_LENGTH
                            + " ASCII letters, digits, dots, hyphens or underscores"));
        }
    }

    /** Adds an id violation when {@code id} is present and not well-formed. */
    static void id(List<Violation> faults, String id, String path, String prefix) {
        if (id == null) {
            required(faults, null, path, prefix);
        } else if (!isWellFormedId(id)) {
            faults.add(new Violation(path, prefix + ".id",
                    "an id is 1 to " + MAX_ID_LENGTH + " characters without white space"));
        }
    }
}
