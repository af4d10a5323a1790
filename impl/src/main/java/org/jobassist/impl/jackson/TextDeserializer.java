package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.jobassist.api.error.InvalidInputException;

/**
 * Reads a value from its text, a JSON string, with the type's own {@code parse}. Bad text
 * becomes an {@link InvalidValueException} carrying the parser's violations; for personal
 * data the exception keeps no copy of the text. One instance per value type.
 */
class TextDeserializer<T> extends StdScalarDeserializer<T> {

    private static final long serialVersionUID = 1L;

    private final Class<T> type;
    private final String what;
    private final boolean personal;
    private final transient Function<String, T> parser;

    /**
     * @param what the type's name for messages, such as "division code"
     * @param personal whether the text is personal data, never to be kept in an exception
     */
    TextDeserializer(Class<T> type, String what, boolean personal, Function<String, T> parser) {
        super(type);
        this.type = type;
        this.what = what;
        this.personal = personal;
        this.parser = parser;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            String text = p.getText();
            try {
                return parser.apply(text);
            } catch (InvalidInputException e) {
                throw Errors.invalid(p, type, what, personal ? null : text, e);
            }
        }
        if (token == JsonToken.VALUE_NUMBER_INT || token == JsonToken.VALUE_NUMBER_FLOAT) {
            return fromNumber(p);
        }
        if (token == JsonToken.VALUE_EMBEDDED_OBJECT && type.isInstance(p.getEmbeddedObject())) {
            // convertValue and TokenBuffer hand the value over as it is.
            return type.cast(p.getEmbeddedObject());
        }
        throw Errors.wrongType(p, type, what, "a string");
    }

    /**
     * Reads a JSON number; refused unless a subclass accepts numbers.
     *
     * @param p the parser, on a number token
     * @return the value
     * @throws IOException always, here
     */
    T fromNumber(JsonParser p) throws IOException {
        throw Errors.wrongType(p, type, what, "a string");
    }

    /**
     * Reads a JSON number by parsing its own digits, as written in the document, so that no
     * {@code double} ever sits between the JSON and the value.
     */
    final T fromNumberText(JsonParser p) throws IOException {
        String text = p.getText();
        try {
            return parser.apply(text);
        } catch (InvalidInputException e) {
            throw Errors.invalid(p, type, what, personal ? null : text, e);
        }
    }
}
