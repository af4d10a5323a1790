package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.time.RetirementAge;

/**
 * Reads a {@link RetirementAge} from {@code {"years": 60, "months": 3}}. Both fields are
 * required ({@code json.required}) whole numbers ({@code json.type}); out-of-range values give
 * {@code retirement-age.range}.
 */
final class RetirementAgeDeserializer extends StdDeserializer<RetirementAge> {

    private static final long serialVersionUID = 1L;
    private static final String WHAT = "retirement age";

    RetirementAgeDeserializer() {
        super(RetirementAge.class);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return List.of("years", "months");
    }

    @Override
    public RetirementAge deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        Integer years = null;
        Integer months = null;
        for (String name = Json.firstField(p, RetirementAge.class, WHAT); name != null; name = p.nextFieldName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "years":
                        years = Json.integer(p, RetirementAge.class, WHAT);
                        break;
                    case "months":
                        months = Json.integer(p, RetirementAge.class, WHAT);
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, this, RetirementAge.class, name);
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, RetirementAge.class, name);
            }
        }
        if (years == null || months == null) {
            throw Errors.missing(p, RetirementAge.class, WHAT, years == null ? "years" : "months");
        }
        try {
            return new RetirementAge(years, months);
        } catch (InvalidInputException e) {
            throw Errors.invalid(p, RetirementAge.class, WHAT, null, e);
        }
    }
}
