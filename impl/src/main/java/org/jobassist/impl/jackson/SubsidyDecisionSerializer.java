package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.YearMonth;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.subsidy.AmountComponent;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.Ineligibility;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyDecision;

/**
 * Writes a {@link SubsidyDecision}: {@code kind} (its code), {@code beneficiary}
 * ({@code {"person": id}} or {@code {"unit": creditCode}}), {@code person} (left out when
 * absent), {@code jurisdiction}, {@code eligible}, {@code ineligibilities}, {@code components},
 * {@code monthlyAmount} (left out when absent), {@code months} ({@code "2021-11"}),
 * {@code total}, {@code roundings}, {@code valuesRead} (resolved values) and
 * {@code explanation} (the audit shape, left out on the fast path). Identity numbers follow
 * the module's {@link IdNumberDisclosure}. Serialisation only: a decision is a result, not an
 * input.
 */
final class SubsidyDecisionSerializer extends StdSerializer<SubsidyDecision> {

    private static final long serialVersionUID = 1L;

    private final IdNumberDisclosure disclosure;

    SubsidyDecisionSerializer(IdNumberDisclosure disclosure) {
        super(SubsidyDecision.class);
        this.disclosure = disclosure;
    }

    @Override
    public void serialize(SubsidyDecision value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen, provider, disclosure);
    }

    static void write(SubsidyDecision value, JsonGenerator gen, SerializerProvider provider,
            IdNumberDisclosure disclosure) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", value.kind().code());
        gen.writeObjectFieldStart("beneficiary");
        if (value.beneficiary() instanceof Beneficiary.Person person) {
            gen.writeStringField("person", id(person.idNumber(), disclosure));
        } else if (value.beneficiary() instanceof Beneficiary.Unit unit) {
            gen.writeStringField("unit", unit.creditCode().value());
        }
        gen.writeEndObject();
        if (value.person().isPresent()) {
            gen.writeStringField("person", id(value.person().get(), disclosure));
        }
        gen.writeStringField("jurisdiction", value.jurisdiction().code());
        gen.writeBooleanField("eligible", value.isEligible());
        gen.writeArrayFieldStart("ineligibilities");
        for (Ineligibility reason : value.ineligibilities()) {
            gen.writeStartObject();
            gen.writeStringField("code", reason.code());
            gen.writeStringField("message", reason.message());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("components");
        for (AmountComponent part : value.components()) {
            gen.writeStartObject();
            gen.writeStringField("name", part.name());
            gen.writeStringField("monthly", part.monthly().toString());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        if (value.monthlyAmount().isPresent()) {
            gen.writeStringField("monthlyAmount", value.monthlyAmount().get().toString());
        }
        gen.writeArrayFieldStart("months");
        for (YearMonth month : value.months()) {
            gen.writeString(month.toString());
        }
        gen.writeEndArray();
        gen.writeStringField("total", value.total().toString());
        gen.writeArrayFieldStart("roundings");
        for (Rounding rounding : value.roundings()) {
            gen.writeStartObject();
            gen.writeStringField("what", rounding.what());
            gen.writeStringField("exactFen", rounding.exactFen().toString());
            gen.writeStringField("mode", rounding.mode().name());
            gen.writeStringField("rounded", rounding.rounded().toString());
            gen.writeStringField("adjustmentFen", rounding.adjustmentFen().toString());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("valuesRead");
        for (ResolvedValue<?> read : value.valuesRead()) {
            ResolvedValueSerializer.write(read, gen);
        }
        gen.writeEndArray();
        if (value.explanation().isPresent()) {
            gen.writeFieldName("explanation");
            ExplanationSerializer.writeRoot(value.explanation().get(), gen);
        }
        gen.writeEndObject();
    }

    private static String id(ResidentIdNumber number, IdNumberDisclosure disclosure) {
        return disclosure == IdNumberDisclosure.CLEAR ? number.value() : number.masked();
    }
}
