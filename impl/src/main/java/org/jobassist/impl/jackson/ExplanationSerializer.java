package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Map;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;

/**
 * Writes an {@link Explanation} tree in the audit shape of {@code docs/json.md}: the root
 * carries {@code schemaVersion}, then every node has, in this order, {@code rule},
 * {@code description}, {@code outcome}, {@code result} (left out when absent), {@code inputs}
 * (an object in the order the inputs were read), {@code legalBasis} (an array) and
 * {@code children} (an array); empty collections are written, so that the shape never
 * depends on the content.
 */
final class ExplanationSerializer extends StdSerializer<Explanation> {

    private static final long serialVersionUID = 1L;

    ExplanationSerializer() {
        super(Explanation.class);
    }

    @Override
    public void serialize(Explanation value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen, true);
    }

    /** Writes a tree with its schema version; shared with the writers of results that carry one. */
    static void writeRoot(Explanation value, JsonGenerator gen) throws IOException {
        write(value, gen, true);
    }

    private static void write(Explanation node, JsonGenerator gen, boolean root) throws IOException {
        gen.writeStartObject();
        if (root) {
            gen.writeNumberField(ExplanationDeserializer.SCHEMA_VERSION, Explanation.SCHEMA_VERSION);
        }
        gen.writeStringField("rule", node.rule());
        gen.writeStringField("description", node.description());
        gen.writeStringField("outcome", node.outcome().name());
        if (node.result().isPresent()) {
            gen.writeStringField("result", node.result().get());
        }
        gen.writeObjectFieldStart("inputs");
        for (Map.Entry<String, String> input : node.inputs().entrySet()) {
            gen.writeStringField(input.getKey(), input.getValue());
        }
        gen.writeEndObject();
        gen.writeArrayFieldStart("legalBasis");
        for (LegalBasis basis : node.legalBases()) {
            LegalBasisSerializer.write(basis, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("children");
        for (Explanation child : node.children()) {
            write(child, gen, false);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }
}
