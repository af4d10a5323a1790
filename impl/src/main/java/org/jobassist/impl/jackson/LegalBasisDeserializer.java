package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;

/**
 * Reads a {@link LegalBasis} from the object {@link LegalBasisSerializer} writes.
 * {@code documentNumber}, {@code titleZh} and {@code titleEn} are required
 * ({@code json.required}); {@code article} and {@code effectiveDate} may be absent or null. A
 * malformed date gives {@code legal-basis.effective-date}; the record's own checks give its
 * codes. Unknown fields are refused unless the mapper ignores unknown properties.
 */
final class LegalBasisDeserializer extends StdDeserializer<LegalBasis> {

    private static final long serialVersionUID = 1L;
    private static final String WHAT = "legal basis";
    private static final List<String> FIELDS =
            List.of("documentNumber", "titleZh", "titleEn", "article", "effectiveDate");

    LegalBasisDeserializer() {
        super(LegalBasis.class);
    }

    @Override
    public LegalBasis deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
        return read(p, ctxt, this);
    }

    @Override
    public Collection<Object> getKnownPropertyNames() {
        return List.copyOf(FIELDS);
    }

    /** Reads one legal basis; {@code deserializer} is named in unknown-property errors. */
    static LegalBasis read(JsonParser p, DeserializationContext ctxt, JsonDeserializer<?> deserializer)
            throws IOException {
        String documentNumber = null;
        String titleZh = null;
        String titleEn = null;
        String article = null;
        LocalDate effectiveDate = null;
        for (String name = Json.firstField(p, LegalBasis.class, WHAT); name != null; name = p.nextFieldName()) {
            p.nextToken();
            try {
                switch (name) {
                    case "documentNumber":
                        documentNumber = Json.text(p, LegalBasis.class, WHAT);
                        break;
                    case "titleZh":
                        titleZh = Json.text(p, LegalBasis.class, WHAT);
                        break;
                    case "titleEn":
                        titleEn = Json.text(p, LegalBasis.class, WHAT);
                        break;
                    case "article":
                        article = Json.text(p, LegalBasis.class, WHAT);
                        break;
                    case "effectiveDate":
                        effectiveDate = date(p);
                        break;
                    default:
                        ctxt.handleUnknownProperty(p, deserializer, LegalBasis.class, name);
                }
            } catch (JsonMappingException e) {
                throw JsonMappingException.wrapWithPath(e, LegalBasis.class, name);
            }
        }
        String missing = documentNumber == null ? "documentNumber"
                : titleZh == null ? "titleZh" : titleEn == null ? "titleEn" : null;
        if (missing != null) {
            throw Errors.missing(p, LegalBasis.class, WHAT, missing);
        }
        try {
            return new LegalBasis(documentNumber, titleZh, titleEn, article, effectiveDate);
        } catch (InvalidInputException e) {
            throw Errors.invalid(p, LegalBasis.class, WHAT, null, e);
        }
    }

    private static LocalDate date(JsonParser p) throws IOException {
        String text = Json.text(p, LegalBasis.class, WHAT);
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw Errors.invalid(p, LegalBasis.class, WHAT, text, Violation.of("legal-basis.effective-date",
                    "the effective date must be an ISO date such as 2021-01-01"));
        }
    }
}
