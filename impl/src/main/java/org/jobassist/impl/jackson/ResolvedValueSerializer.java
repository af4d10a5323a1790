package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.policy.ResolvedValue;

/**
 * Writes a {@link ResolvedValue} for audit: {@code key}, {@code value},
 * {@code requestedJurisdiction}, {@code date}, {@code jurisdiction} (the one that set the
 * value), {@code effectiveFrom}, {@code effectiveTo} (left out when open), {@code legalBasis},
 * {@code note} (left out when absent), {@code packId} and {@code packVersion}. Serialisation
 * only: a resolved value is an answer of a pack, not an input, so it is not read back.
 */
final class ResolvedValueSerializer extends StdSerializer<ResolvedValue<?>> {

    private static final long serialVersionUID = 1L;

    ResolvedValueSerializer() {
        super(ResolvedValue.class, false);
    }

    @Override
    public void serialize(ResolvedValue<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    /** Writes the object; shared with the writers of results that cite the values they read. */
    static void write(ResolvedValue<?> value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("key", value.key().name());
        gen.writeFieldName("value");
        PolicyValueWriter.write(value.key().type(), value.value(), gen);
        gen.writeStringField("requestedJurisdiction", value.requestedJurisdiction().code());
        gen.writeStringField("date", value.date().toString());
        gen.writeStringField("jurisdiction", value.jurisdiction().code());
        gen.writeStringField("effectiveFrom", value.effectiveFrom().toString());
        if (value.effectiveTo().isPresent()) {
            gen.writeStringField("effectiveTo", value.effectiveTo().get().toString());
        }
        gen.writeFieldName("legalBasis");
        LegalBasisSerializer.write(value.legalBasis(), gen);
        if (value.note().isPresent()) {
            gen.writeStringField("note", value.note().get());
        }
        gen.writeStringField("packId", value.packId());
        gen.writeStringField("packVersion", value.packVersion());
        gen.writeEndObject();
    }
}
