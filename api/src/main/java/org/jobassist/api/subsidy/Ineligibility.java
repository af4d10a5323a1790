package org.jobassist.api.subsidy;

import java.util.Objects;

/**
 * Why a calculator found a case not eligible: a stable code, such as
 * {@code social-insurance.duration-exhausted}, and a message for a clerk. The message holds no
 * personal data.
 *
 * @param code the stable code (kebab case, prefixed by the calculator's area)
 * @param message the explanation
 */
public record Ineligibility(String code, String message) {

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if the code is blank
     */
    public Ineligibility {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (code.isBlank()) {
            throw new IllegalArgumentException("an ineligibility needs a code");
        }
    }
}
