package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Optional;
import org.jobassist.api.category.RecognitionRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.api.query.KindSummary;
import org.jobassist.api.query.OtherCities;
import org.jobassist.api.query.PaymentLine;
import org.jobassist.api.query.RecognitionLine;
import org.jobassist.api.subsidy.SubsidyKind;

/**
 * Writes an {@link EnjoyedPolicies}: {@code person} (always masked: the result holds nothing
 * else), {@code scope} {@code {level, division}}, {@code queriedAt}, {@code registered},
 * {@code total}, {@code kinds} (each {@code {kind, total, span, months, payments}}, a payment
 * {@code {period, city, accountingDate, amount, grantedOn, grantReference, unitPayee}} with
 * {@code unitPayee} left out when the person was paid), {@code recognition} (left out when
 * not shown) and {@code otherCities} {@code {cityCount, kinds, recognition, line}}.
 * Serialisation only.
 */
final class EnjoyedPoliciesSerializer extends StdSerializer<EnjoyedPolicies> {

    private static final long serialVersionUID = 1L;

    EnjoyedPoliciesSerializer() {
        super(EnjoyedPolicies.class);
    }

    @Override
    public void serialize(EnjoyedPolicies value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("person", value.personMasked());
        writeScope(value.scope(), gen);
        gen.writeStringField("queriedAt", value.queriedAt().toString());
        gen.writeBooleanField("registered", value.registered());
        gen.writeStringField("total", value.total().toString());
        gen.writeArrayFieldStart("kinds");
        for (KindSummary k : value.kinds()) {
            writeKind(k, gen);
        }
        gen.writeEndArray();
        if (value.recognition().isPresent()) {
            writeRecognition(value.recognition().get(), gen);
        }
        writeOtherCities(value.otherCities(), gen);
        gen.writeEndObject();
    }

    private static void writeScope(AccessScope scope, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("scope");
        gen.writeStringField("level", scope.isProvince() ? "province" : "city");
        gen.writeStringField("division", scope.division().code());
        gen.writeEndObject();
    }

    private static void writeKind(KindSummary k, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", k.kind().code());
        gen.writeStringField("total", k.total().toString());
        gen.writeStringField("span", k.span().toString());
        gen.writeArrayFieldStart("months");
        for (YearMonth m : k.months()) {
            gen.writeString(m.toString());
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("payments");
        for (PaymentLine p : k.payments()) {
            gen.writeStartObject();
            gen.writeStringField("period", p.period());
            gen.writeStringField("city", p.city().code());
            gen.writeStringField("accountingDate", p.accountingDate().toString());
            gen.writeStringField("amount", p.amount().toString());
            gen.writeStringField("grantedOn", p.grantedOn().toString());
            gen.writeStringField("grantReference", p.grantReference());
            if (p.unitPayee().isPresent()) {
                gen.writeStringField("unitPayee", p.unitPayee().get().value());
            }
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void writeRecognition(RecognitionLine line, JsonGenerator gen) throws IOException {
        RecognitionRecord r = line.record();
        gen.writeObjectFieldStart("recognition");
        gen.writeStringField("city", line.city().code());
        gen.writeStringField("personId", r.person().value());
        gen.writeStringField("status", r.status().name());
        gen.writeArrayFieldStart("categories");
        for (String c : r.categories()) {
            gen.writeString(c);
        }
        gen.writeEndArray();
        if (r.catalogueVersion().isPresent()) {
            gen.writeStringField("catalogueVersion", r.catalogueVersion().get());
        }
        gen.writeStringField("appliedOn", r.appliedOn().toString());
        date("recognisedOn", r.recognisedOn(), gen);
        date("nextReview", r.nextReview(), gen);
        date("exitedOn", r.exitedOn(), gen);
        if (r.exitReason().isPresent()) {
            gen.writeStringField("exitReason", r.exitReason().get().code());
        }
        gen.writeArrayFieldStart("history");
        for (RecognitionRecord.Transition t : r.history()) {
            gen.writeStartObject();
            gen.writeStringField("status", t.status().name());
            gen.writeStringField("date", t.date().toString());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    private static void date(String name, Optional<LocalDate> date, JsonGenerator gen) throws IOException {
        if (date.isPresent()) {
            gen.writeStringField(name, date.get().toString());
        }
    }

    private static void writeOtherCities(OtherCities other, JsonGenerator gen) throws IOException {
        gen.writeObjectFieldStart("otherCities");
        gen.writeNumberField("cityCount", other.cityCount());
        gen.writeArrayFieldStart("kinds");
        for (SubsidyKind k : other.kinds()) {
            gen.writeString(k.code());
        }
        gen.writeEndArray();
        gen.writeBooleanField("recognition", other.recognition());
        gen.writeStringField("line", other.line());
        gen.writeEndObject();
    }
}
