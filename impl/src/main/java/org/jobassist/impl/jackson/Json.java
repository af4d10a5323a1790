package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/** Small steps shared by the deserializers that read JSON objects token by token. */
final class Json {

    private Json() {}

    /**
     * Checks that the parser is at an object and returns its first field name.
     *
     * @return the first field name, or null for an empty object
     */
    static String firstField(JsonParser p, Class<?> type, String what) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.START_OBJECT) {
            return p.nextFieldName();
        }
        if (token == JsonToken.FIELD_NAME) {
            return p.currentName();
        }
        if (token == JsonToken.END_OBJECT) {
            return null;
        }
        throw Errors.wrongType(p, type, what, "an object");
    }

    /** The string the parser is at; null for JSON null. */
    static String text(JsonParser p, Class<?> type, String what) throws IOException {
        JsonToken token = p.currentToken();
        if (token == JsonToken.VALUE_STRING) {
            return p.getText();
        }
        if (token == JsonToken.VALUE_NULL) {
            return null;
        }
        throw Errors.wrongType(p, type, what, "a string");
    }

    /** The whole number the parser is at. */
    static int integer(JsonParser p, Class<?> type, String what) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NUMBER_INT) {
            return p.getIntValue();
        }
        throw Errors.wrongType(p, type, what, "a whole number");
    }
}
