package org.jobassist.api.constraints;

import static java.lang.annotation.ElementType.ANNOTATION_TYPE;
import static java.lang.annotation.ElementType.CONSTRUCTOR;
import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.METHOD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Repeatable;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

/**
 * The annotated character sequence must be a valid 18-character resident identity number
 * (公民身份号码) of GB 11643-1999, as accepted by
 * {@link org.jobassist.api.identity.ResidentIdNumber#parse(CharSequence)}: right length,
 * digits, a possible birth date, a well-formed address code and the right check character
 * (a lower-case {@code x} is accepted).
 *
 * <p>Applies to {@link CharSequence}. {@code null} is valid: combine with
 * {@link jakarta.validation.constraints.NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = ResidentIdNumberValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidResidentIdNumber.List.class)
public @interface ValidResidentIdNumber {

    /**
     * The message, or the key of the message.
     *
     * @return the message template
     */
    String message() default "{org.jobassist.api.constraints.ValidResidentIdNumber.message}";

    /**
     * The validation groups this constraint belongs to.
     *
     * @return the groups
     */
    Class<?>[] groups() default {};

    /**
     * The payload that clients may attach to this constraint.
     *
     * @return the payload
     */
    Class<? extends Payload>[] payload() default {};

    /**
     * Several {@code @ValidResidentIdNumber} constraints on the same element.
     */
    @Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
    @Retention(RUNTIME)
    @Documented
    @interface List {

        /**
         * The constraints.
         *
         * @return the constraints
         */
        ValidResidentIdNumber[] value();
    }
}
