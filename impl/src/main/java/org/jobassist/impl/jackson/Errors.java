package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.util.List;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * Builds the module's exceptions. The message is written here rather than by Jackson's
 * {@code weirdStringException}, which would quote the rejected text.
 */
final class Errors {

    static final String TYPE = "json.type";
    static final String REQUIRED = "json.required";

    private Errors() {}

    /**
     * The value's text broke the rules of its type.
     *
     * @param value the rejected value for {@link InvalidValueException#getValue()}; null for
     *     personal data
     */
    static InvalidValueException invalid(JsonParser p, Class<?> target, String what, Object value,
            InvalidInputException cause) {
        InvalidValueException e = create(p, target, what, value, cause.violations());
        e.initCause(cause);
        return e;
    }

    static InvalidValueException invalid(JsonParser p, Class<?> target, String what, Object value,
            Violation violation) {
        return create(p, target, what, value, List.of(violation));
    }

    /** A JSON value of the wrong kind; the rejected value is never kept. */
    static InvalidValueException wrongType(JsonParser p, Class<?> target, String what, String expected) {
        JsonToken token = p.currentToken();
        String found = token == null ? "no value" : describe(token);
        return create(p, target, what, null, List.of(Violation.of(TYPE, "expected " + expected + ", found " + found)));
    }

    static InvalidValueException missing(JsonParser p, Class<?> target, String what, String field) {
        return create(p, target, what, null,
                List.of(new Violation(field, REQUIRED, "the field is required")));
    }

    private static InvalidValueException create(JsonParser p, Class<?> target, String what, Object value,
            List<Violation> violations) {
        String message = "Cannot read " + what + ": "
                + violations.stream().map(Violation::toString).collect(Collectors.joining("; "));
        return new InvalidValueException(p, message, value, target, violations);
    }

    private static String describe(JsonToken token) {
        switch (token) {
            case VALUE_STRING:
                return "a string";
            case VALUE_NUMBER_INT:
            case VALUE_NUMBER_FLOAT:
                return "a number";
            case VALUE_TRUE:
            case VALUE_FALSE:
                return "a boolean";
            case VALUE_NULL:
                return "null";
            case START_OBJECT:
            case FIELD_NAME:
                return "an object";
            case START_ARRAY:
                return "an array";
            default:
                return "an embedded value";
        }
    }
}
