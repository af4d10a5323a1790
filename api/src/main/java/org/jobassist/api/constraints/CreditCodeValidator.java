package org.jobassist.api.constraints;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jobassist.api.identity.UnifiedSocialCreditCode;

/**
 * Checks {@link ValidCreditCode}: the value must pass
 * {@link UnifiedSocialCreditCode#isValid(CharSequence)}; null is valid.
 *
 * <p>Stateless and thread-safe. Public because Bean Validation providers create it
 * reflectively.
 */
public class CreditCodeValidator implements ConstraintValidator<ValidCreditCode, CharSequence> {

    /** Creates the validator; called by the Bean Validation provider. */
    public CreditCodeValidator() {
        // Stateless.
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || UnifiedSocialCreditCode.isValid(value);
    }
}
