package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;

/**
 * Reads an {@link Explanation} tree written by {@link ExplanationSerializer}, so that audit
 * records can be read back.
 *
 * <p>The root must carry {@code schemaVersion} equal to {@link Explanation#SCHEMA_VERSION}
 * (code {@code explanation.schema-version}); a child may carry it too, with the same value.
 * {@code rule} and {@code outcome} are required ({@code json.required}); {@code description},
 * {@code result}, {@code inputs}, {@code legalBasis} and {@code children} may be absent or
 * null. The builder's own checks apply ({@code explanation.rule}, {@code explanation.outcome},
 * {@code explanation.input}). Every error names the JSON path down the tree.
 */
final class ExplanationDeserializer extends StdDeserializer<Explanation> {

    static final String SCHEMA_VERSION = "schemaVersion";

    private static final long serialVersionUID = 1L;
    private static final String WHAT = "explanation";
    private static final List<String> FIELDS = List.of(
            SCHEMA_VERSION, "rule", "description", "outcome", "result", "inputs", "legalBasis", "children");

    ExplanationDeserializer() {
        super(Explanation.class);
    }

    @Override
    public Explanation deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return node(p, ctxt, true);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return List.copyOf(FIELDS);
    }

    private Explanation node(JsonParser p, DeserializationContext ctxt, boolean root) throws IOException {
        boolean versioned = false;
        String rule = null;
        String description = null;
        Explanation.Outcome outcome = null;
        String result = null;
        List<String[]> inputs = new ArrayList<>();
        List<LegalBasis> bases = new ArrayList<>();
        List<Explanation> children = new ArrayList<>();
        for (String name = Json.firstField(p, Explanation.class, WHAT); name != null; name = p.nextFieldName()) {
            p.nextToken();
            try {
                switch (name) {
                    case SCHEMA_VERSION:
                        checkVersion(p);
                        versioned = true;
                        break;
                    case "rule":
                        rule = Json.text(p, Explanation.class, WHAT);
                        break;
                    case "description":
                        description = Json.text(p, Explanation.class, WHAT);
                        break;
                    case "outcome":
                        outcome = outcome(p);
                        break;
                    case "result":
                        result = Json.text(p, Explanation.class, WHAT);
                        break;
                    case "inputs":
                        inputs(p, inputs);
                        break;
                    case "legalBasis":
                        legalBases(p, ctxt, bases);
                        break;
                    case "children":
                        children(p, ctxt, children);
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, Explanation.class, name);
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Explanation.class, name);
            }
        }
        if (root && !versioned) {
            throw Errors.invalid(p, Explanation.class, WHAT, null, new Violation(SCHEMA_VERSION,
                    "explanation.schema-version", "the root of an explanation must carry its schemaVersion"));
        }
        if (rule == null) {
            throw Errors.missing(p, Explanation.class, WHAT, "rule");
        }
        if (outcome == null) {
            throw Errors.missing(p, Explanation.class, WHAT, "outcome");
        }
        try {
            Explanation.Builder builder = Explanation.builder(rule).outcome(outcome);
            if (description != null) {
                builder.description(description);
            }
            if (result != null) {
                builder.result(result);
            }
            for (String[] input : inputs) {
                builder.input(input[0], input[1]);
            }
            bases.forEach(builder::legalBasis);
            return builder.children(children).build();
        } catch (InvalidInputException e) {
            throw Errors.invalid(p, Explanation.class, WHAT, null, e);
        }
    }

    private static void checkVersion(JsonParser p) throws IOException {
        if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT
                || p.getIntValue() != Explanation.SCHEMA_VERSION) {
            String found = p.currentToken() == JsonToken.VALUE_NUMBER_INT ? p.getText() : "not a whole number";
            throw Errors.invalid(p, Explanation.class, WHAT, null, new Violation("", "explanation.schema-version",
                    "this library reads schemaVersion " + Explanation.SCHEMA_VERSION + ", found " + found));
        }
    }

    private static Explanation.Outcome outcome(JsonParser p) throws IOException {
        String text = Json.text(p, Explanation.class, WHAT);
        if (text == null) {
            return null;
        }
        for (Explanation.Outcome outcome : Explanation.Outcome.values()) {
            if (outcome.name().equals(text)) {
                return outcome;
            }
        }
        throw Errors.invalid(p, Explanation.class, WHAT, text, Violation.of("explanation.outcome",
                "the outcome must be one of SATISFIED, NOT_SATISFIED, NOT_APPLICABLE, VALUE"));
    }

    private static void inputs(JsonParser p, List<String[]> inputs) throws IOException {
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return;
        }
        for (String name = Json.firstField(p, Explanation.class, WHAT); name != null; name = p.nextFieldName()) {
            p.nextToken();
            try {
                String value = Json.text(p, Explanation.class, WHAT);
                if (value == null) {
                    throw Errors.wrongType(p, Explanation.class, WHAT, "a string");
                }
                inputs.add(new String[] {name, value});
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, Explanation.class, name);
            }
        }
    }

    private void legalBases(JsonParser p, DeserializationContext ctxt, List<LegalBasis> bases)
            throws IOException {
        if (startArray(p)) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                try {
                    bases.add(LegalBasisDeserializer.read(p, ctxt, this));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, List.class, i);
                }
            }
        }
    }

    private void children(JsonParser p, DeserializationContext ctxt, List<Explanation> children) throws IOException {
        if (startArray(p)) {
            for (int i = 0; p.nextToken() != JsonToken.END_ARRAY; i++) {
                try {
                    children.add(node(p, ctxt, false));
                } catch (JsonMappingException e) {
                    throw JsonMappingException.wrapWithPath(e, List.class, i);
                }
            }
        }
    }

    /** Whether an array starts here; false for null, an error for anything else. */
    private static boolean startArray(JsonParser p) throws IOException {
        if (p.currentToken() == JsonToken.START_ARRAY) {
            return true;
        }
        if (p.currentToken() == JsonToken.VALUE_NULL) {
            return false;
        }
        throw Errors.wrongType(p, Explanation.class, WHAT, "an array");
    }
}
