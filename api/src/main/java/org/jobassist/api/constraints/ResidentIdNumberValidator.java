package org.jobassist.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jobassist.api.identity.ResidentIdNumber;

/**
 * Checks {@link ValidResidentIdNumber}: the value must pass
 * {@link ResidentIdNumber#isValid(CharSequence)}; null is valid.
 *
 * <p>Stateless and thread-safe. Public because Bean Validation providers create it
 * reflectively.
 */
public class ResidentIdNumberValidator implements ConstraintValidator<ValidResidentIdNumber, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public ResidentIdNumberValidator() {
        // Stateless.
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || ResidentIdNumber.isValid(value);
    }
}
