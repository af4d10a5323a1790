package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import java.util.List;
import org.jobassist.api.error.Violation;

/**
 * Thrown by {@link JobAssistModule} when a JSON value cannot become a jobassist value: text
 * that does not parse, a JSON value of the wrong kind, a missing field. It is a Jackson
 * {@link InvalidFormatException}, so callers that already handle Jackson's mapping errors
 * need nothing new; it adds the {@linkplain #violations() violations} with their stable error
 * codes, the same codes the API's parsers use (for example {@code resident-id.check-character}).
 *
 * <p>{@link #getMessage()} names the value's JSON path (Jackson appends the reference chain,
 * such as {@code Payroll["people"]->java.util.ArrayList[0]->Person["idNumber"]}) and the
 * error code, and never contains the rejected text of personal data. For a resident identity
 * number {@link #getValue()} is null for the same reason; for other values it is the rejected
 * JSON text.
 *
 * <p>Codes added by the module itself, on top of those of the value types:
 * <ul>
 *   <li>{@code json.type}: a JSON value of the wrong kind, such as a number where a string
 *       is needed;</li>
 *   <li>{@code json.required}: a required field of a JSON object is missing;</li>
 *   <li>{@code explanation.schema-version}: an explanation without {@code schemaVersion}, or
 *       with a version this library does not read.</li>
 * </ul>
 */
public final class InvalidValueException extends InvalidFormatException {

    private static final long serialVersionUID = 1L;

    /** Not serialised: violations are for the program that caught the exception. */
    private final transient List<Violation> violations;

    /**
     * Creates the exception at the parser's current token.
     *
     * @param parser the parser, for the location
     * @param message the message, without personal data
     * @param value the rejected value, or null if it is personal data or not a scalar
     * @param targetType the type that was being read
     * @param violations the violations, at least one
     */
    InvalidValueException(JsonParser parser, String message, Object value, Class<?> targetType,
            List<Violation> violations) {
        super(parser, message, value, targetType);
        this.violations = List.copyOf(violations);
    }

    /**
     * The rules the JSON value broke, with their stable codes. A violation's path is relative
     * to the value (often empty); the JSON path of the value is {@link #getPath()}.
     *
     * @return an unmodifiable, non-empty list
     */
    public List<Violation> violations() {
        return violations == null ? List.of() : violations;
    }

    /**
     * The code of the first violation.
     *
     * @return the stable error code, such as {@code money.scale}
     */
    public String code() {
        return violations().isEmpty() ? "" : violations().get(0).code();
    }
}
