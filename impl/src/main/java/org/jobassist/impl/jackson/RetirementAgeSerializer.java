package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.time.RetirementAge;

/**
 * Writes a {@link RetirementAge} as {@code {"years": 60, "months": 3}}. An object rather than
 * the compact {@code 60y3m} of {@code toString()}, which the API cannot parse back.
 */
final class RetirementAgeSerializer extends StdSerializer<RetirementAge> {

    private static final long serialVersionUID = 1L;

    RetirementAgeSerializer() {
        super(RetirementAge.class);
    }

    @Override
    public void serialize(RetirementAge value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("years", value.years());
        gen.writeNumberField("months", value.months());
        gen.writeEndObject();
    }
}
