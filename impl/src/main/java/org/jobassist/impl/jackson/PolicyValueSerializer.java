package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.policy.PolicyValue;

/**
 * Writes a {@link PolicyValue} in the shape of an entry of a pack document: {@code key},
 * {@code jurisdiction}, {@code effectiveFrom}, {@code effectiveTo} (left out when open),
 * then {@code value} or {@code "unknown": true}, {@code legalBasis} (an object, left out when
 * absent) and {@code note} (left out when absent). Serialisation only: a pack is read by
 * {@code PolicyPacks}, which checks a whole document at once.
 */
final class PolicyValueSerializer extends StdSerializer<PolicyValue<?>> {

    private static final long serialVersionUID = 1L;

    PolicyValueSerializer() {
        super(PolicyValue.class, false);
    }

    @Override
    public void serialize(PolicyValue<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("key", value.key().name());
        gen.writeStringField("jurisdiction", value.jurisdiction().code());
        gen.writeStringField("effectiveFrom", value.effectiveFrom().toString());
        if (value.effectiveTo().isPresent()) {
            gen.writeStringField("effectiveTo", value.effectiveTo().get().toString());
        }
        if (value.value().isPresent()) {
            gen.writeFieldName("value");
            PolicyValueWriter.write(value.key().type(), value.value().get(), gen);
        } else {
            gen.writeBooleanField("unknown", true);
        }
        if (value.legalBasis().isPresent()) {
            gen.writeFieldName("legalBasis");
            LegalBasisSerializer.write(value.legalBasis().get(), gen);
        }
        if (value.note().isPresent()) {
            gen.writeStringField("note", value.note().get());
        }
        gen.writeEndObject();
    }
}
