package org.jobassist.api.constraints;

import java.util.Optional;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.region.Divisions;

/**
 * Checks {@link ValidDivisionCode}: the value must be a well-formed division code and, when
 * {@link ValidDivisionCode#knownOnly()} is true, a code of the built-in table; null is valid.
 *
 * <p>Thread-safe once initialised. Public because Bean Validation providers create it
 * reflectively.
 */
public class DivisionCodeValidator implements ConstraintValidator<ValidDivisionCode, CharSequence> {

    private boolean knownOnly = true;

    /** Creates the validator; called by the Bean Validation provider. */
    public DivisionCodeValidator() {
        // Configured by initialize.
    }

    @Override
    public void initialize(ValidDivisionCode constraint) {
        knownOnly = constraint.knownOnly();
    }

    @Override
    public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        if (value == null) {
            return true;
        }
        Optional<DivisionCode> code = DivisionCode.tryParse(value);
        return code.isPresent() && (!knownOnly || Divisions.builtIn().isKnown(code.get()));
    }
}
