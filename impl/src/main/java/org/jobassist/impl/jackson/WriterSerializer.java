package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;

/**
 * Writes a value with a static writer method that a larger serializer also calls for the
 * nested values it holds, so each JSON shape is written in one place. One instance per type.
 */
final class WriterSerializer<T> extends StdSerializer<T> {

    private static final long serialVersionUID = 1L;

    /** Writes one value as a JSON object. */
    @FunctionalInterface
    interface Writer<T> {
        void write(T value, JsonGenerator gen) throws IOException;
    }

    private final transient Writer<T> writer;

    WriterSerializer(Class<T> type, Writer<T> writer) {
        super(type);
        this.writer = writer;
    }

    @Override
    public void serialize(T value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        writer.write(value, gen);
    }
}
