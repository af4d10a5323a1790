package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.policy.PolicyParameters;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.policy.UnsetParameter;

/**
 * Writes a {@link PolicyParameters} view: {@code packId}, {@code packVersion},
 * {@code overridden}, {@code jurisdiction}, {@code date}, {@code values} (resolved values, in
 * the view's order) and {@code unset} ({@code key}, {@code code}, and {@code markedUnknownBy}
 * and {@code note} when the pack marks the value unknown). Serialisation only.
 */
final class PolicyParametersSerializer extends StdSerializer<PolicyParameters> {

    private static final long serialVersionUID = 1L;

    PolicyParametersSerializer() {
        super(PolicyParameters.class);
    }

    @Override
    public void serialize(PolicyParameters value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("packId", value.packId());
        gen.writeStringField("packVersion", value.packVersion());
        gen.writeBooleanField("overridden", value.isOverridden());
        gen.writeStringField("jurisdiction", value.jurisdiction().code());
        gen.writeStringField("date", value.date().toString());
        gen.writeArrayFieldStart("values");
        for (ResolvedValue<?> resolved : value.values()) {
            ResolvedValueSerializer.write(resolved, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("unset");
        for (UnsetParameter unset : value.unset()) {
            gen.writeStartObject();
            gen.writeStringField("key", unset.key().name());
            gen.writeStringField("code", unset.code());
            if (unset.markedUnknownBy().isPresent()) {
                gen.writeStringField("markedUnknownBy", unset.markedUnknownBy().get().code());
            }
            if (unset.note().isPresent()) {
                gen.writeStringField("note", unset.note().get());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
