package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.law.LegalBasis;

/**
 * Writes a {@link LegalBasis} as {@code {documentNumber, titleZh, titleEn, article,
 * effectiveDate}}, leaving out the null fields. The date is written as ISO text here, so no
 * {@code java.time} module is needed and none is overridden.
 */
final class LegalBasisSerializer extends StdSerializer<LegalBasis> {

    private static final long serialVersionUID = 1L;

    LegalBasisSerializer() {
        super(LegalBasis.class);
    }

    @Override
    public void serialize(LegalBasis value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    static void write(LegalBasis value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("documentNumber", value.documentNumber());
        gen.writeStringField("titleZh", value.titleZh());
        gen.writeStringField("titleEn", value.titleEn());
        if (value.article() != null) {
            gen.writeStringField("article", value.article());
        }
        if (value.effectiveDate() != null) {
            gen.writeStringField("effectiveDate", value.effectiveDate().toString());
        }
        gen.writeEndObject();
    }
}
