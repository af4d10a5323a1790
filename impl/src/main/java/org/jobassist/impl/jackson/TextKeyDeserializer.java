package org.jobassist.impl.jackson;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.KeyDeserializer;
import java.io.IOException;
import java.util.function.Function;
import org.jobassist.api.error.InvalidInputException;

/**
 * Reads a map key with the type's {@code parse}. Unlike Jackson's {@code weirdKeyException},
 * the error does not quote a key that is personal data.
 */
final class TextKeyDeserializer<T> extends KeyDeserializer {

    private final Class<T> type;
    private final String what;
    private final boolean personal;
    private final Function<String, T> parser;

    TextKeyDeserializer(Class<T> type, String what, boolean personal, Function<String, T> parser) {
        this.type = type;
        this.what = what;
        this.personal = personal;
        this.parser = parser;
    }

    @Override
    public Object deserializeKey(String key, DeserializationContext ctxt) throws IOException {
        try {
            return parser.apply(key);
        } catch (InvalidInputException e) {
            throw Errors.invalid(ctxt.getParser(), type, what + " (map key)", personal ? null : key, e);
        }
    }
}
