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
 * The annotated character sequence must be an administrative division code (行政区划代码) of
 * GB/T 2260: six digits, as accepted by
 * {@link org.jobassist.api.region.DivisionCode#parse(CharSequence)}, and, unless
 * {@link #knownOnly()} is false, a code in the built-in table
 * {@link org.jobassist.api.region.Divisions#builtIn()}.
 *
 * <p>Applies to {@link CharSequence}. {@code null} is valid: combine with
 * {@link jakarta.validation.constraints.NotNull} where the value is required.
 */
@Documented
@Constraint(validatedBy = DivisionCodeValidator.class)
@Target({METHOD, FIELD, ANNOTATION_TYPE, CONSTRUCTOR, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
@Repeatable(ValidDivisionCode.List.class)
public @interface ValidDivisionCode {

    /**
     * The message, or the key of the message.
     *
     * @return the message template
     */
    String message() default "{org.jobassist.api.constraints.ValidDivisionCode.message}";

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
     * Whether the code must be in the built-in division table; if false, any well-formed code
     * is valid.
     *
     * @return true (the default) to accept only known codes
     */
    boolean knownOnly() default true;

    /**
     * Several {@code @ValidDivisionCode} constraints on the same element.
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
        ValidDivisionCode[] value();
    }
}
