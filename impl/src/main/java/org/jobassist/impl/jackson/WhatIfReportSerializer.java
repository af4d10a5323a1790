package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.money.Money;
import org.jobassist.api.subsidy.CalculationOutcome;
import org.jobassist.api.subsidy.WhatIfCase;
import org.jobassist.api.subsidy.WhatIfReport;

/**
 * Writes a {@link WhatIfReport}: the pack labels, the counts and totals, then {@code cases},
 * each with {@code index}, {@code changed}, {@code eligibilityChange}, {@code difference} and
 * {@code monthlyDifference} (left out when the case is not comparable), and {@code base} and
 * {@code alternative}, each {@code {"decision": …}} or {@code {"failure": {code, message,
 * violations}}}. A case's input is not written: its type is the host's and it may hold
 * personal data; the index points back to it. Serialisation only.
 */
final class WhatIfReportSerializer extends StdSerializer<WhatIfReport<?>> {

    private static final long serialVersionUID = 1L;

    private final IdNumberDisclosure disclosure;

    WhatIfReportSerializer(IdNumberDisclosure disclosure) {
        super(WhatIfReport.class, false);
        this.disclosure = disclosure;
    }

    @Override
    public void serialize(WhatIfReport<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("basePack", value.basePack());
        gen.writeStringField("alternativePack", value.alternativePack());
        gen.writeNumberField("caseCount", value.caseCount());
        gen.writeNumberField("changed", value.changed());
        gen.writeNumberField("becameEligible", value.becameEligible());
        gen.writeNumberField("lostEligibility", value.lostEligibility());
        gen.writeNumberField("failures", value.failures());
        gen.writeNumberField("baseFailures", value.baseFailures());
        gen.writeNumberField("alternativeFailures", value.alternativeFailures());
        gen.writeStringField("totalBase", value.totalBase().toString());
        gen.writeStringField("totalAlternative", value.totalAlternative().toString());
        gen.writeStringField("difference", value.difference().toString());
        gen.writeArrayFieldStart("cases");
        for (WhatIfCase<?> c : value.cases()) {
            gen.writeStartObject();
            gen.writeNumberField("index", c.index());
            gen.writeBooleanField("changed", c.isChanged());
            gen.writeStringField("eligibilityChange", c.eligibilityChange().name());
            if (c.difference().isPresent()) {
                gen.writeStringField("difference", c.difference().get().toString());
            }
            if (c.monthlyDifference().isPresent()) {
                gen.writeStringField("monthlyDifference", c.monthlyDifference().map(Money::toString).get());
            }
            gen.writeFieldName("base");
            writeOutcome(c.base(), gen, provider);
            gen.writeFieldName("alternative");
            writeOutcome(c.alternative(), gen, provider);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private void writeOutcome(CalculationOutcome outcome, JsonGenerator gen, SerializerProvider provider)
            throws IOException {
        gen.writeStartObject();
        if (outcome instanceof CalculationOutcome.Calculated calculated) {
            gen.writeFieldName("decision");
            SubsidyDecisionSerializer.write(calculated.value(), gen, provider, disclosure);
        } else if (outcome instanceof CalculationOutcome.Failed failed) {
            gen.writeObjectFieldStart("failure");
            gen.writeStringField("code", failed.code());
            gen.writeStringField("message", failed.message());
            gen.writeArrayFieldStart("violations");
            for (Violation violation : failed.violations()) {
                gen.writeStartObject();
                gen.writeStringField("path", violation.path());
                gen.writeStringField("code", violation.code());
                gen.writeStringField("message", violation.message());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeEndObject();
        }
        gen.writeEndObject();
    }
}
