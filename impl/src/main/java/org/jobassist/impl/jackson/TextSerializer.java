package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.function.Function;

/** Writes a value as its canonical text, a JSON string. One instance per value type. */
final class TextSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    private final transient Function<T, String> canonical;

    TextSerializer(Class<T> type, Function<T, String> canonical) {
        super(type);
        this.canonical = canonical;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeString(canonical.apply(value));
    }
}
