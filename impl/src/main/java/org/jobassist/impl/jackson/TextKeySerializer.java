package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/**
 * Writes a value used as a map key as its canonical text. Needed because Jackson's default
 * key serializer uses {@code toString()}, which for a resident identity number is the masked
 * form: the key would be lost without a word.
 */
final class TextKeySerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<T, String> canonical;

    TextKeySerializer(Class<T> type, Function<T, String> canonical) {
        super(type);
        this.canonical = canonical;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeFieldName(canonical.apply(value));
    }
}
