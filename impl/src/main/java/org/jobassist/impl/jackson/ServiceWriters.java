package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Collection;
import java.util.Map;
import org.jobassist.api.family.ServiceActionKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.PlanReport;
import org.jobassist.api.service.PlanStatus;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.ServicePlan;
import org.jobassist.api.service.ServiceRecord;
import org.jobassist.api.service.ServiceStandard;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.Vacancy;
import org.jobassist.api.service.WorkConstraints;

/**
 * The JSON shapes of the assistance-services model, written only, each in one static method
 * that the nested shapes reuse. Fields keep the accessors' names; absent optional values are
 * left out; enums are written by name, dates as ISO text, money as its canonical decimal
 * string, ratios as their canonical text.
 */
final class ServiceWriters {

    private ServiceWriters() {}

    static void location(Location l, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("latitudeMicroDegrees", l.latitudeMicroDegrees());
        gen.writeNumberField("longitudeMicroDegrees", l.longitudeMicroDegrees());
        gen.writeEndObject();
    }

    static void constraints(WorkConstraints c, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        if (c.maxDailyHours().isPresent()) {
            gen.writeNumberField("maxDailyHours", c.maxDailyHours().getAsInt());
        }
        if (c.maxCommuteMetres().isPresent()) {
            gen.writeNumberField("maxCommuteMetres", c.maxCommuteMetres().getAsInt());
        }
        gen.writeBooleanField("needsAccommodation", c.needsAccommodation());
        gen.writeBooleanField("dayShiftOnly", c.dayShiftOnly());
        gen.writeEndObject();
    }

    static void profile(NeedsProfile p, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("person", p.person().value());
        gen.writeStringField("recordedOn", p.recordedOn().toString());
        gen.writeStringField("street", p.street().code());
        gen.writeFieldName("home");
        location(p.home(), gen);
        gen.writeStringField("status", p.status().name());
        names(gen, "willingness", p.willingness());
        skills(gen, "skills", p.skills());
        skills(gen, "certificates", p.certificates());
        skills(gen, "trainingWishes", p.trainingWishes());
        gen.writeFieldName("constraints");
        constraints(p.constraints(), gen);
        divisions(gen, "preferredDistricts", p.preferredDistricts());
        if (p.expectedMonthlyWage().isPresent()) {
            gen.writeStringField("expectedMonthlyWage", p.expectedMonthlyWage().get().toString());
        }
        gen.writeBooleanField("publicWelfarePostEligible", p.publicWelfarePostEligible());
        gen.writeEndObject();
    }

    static void vacancy(Vacancy v, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", v.id());
        gen.writeStringField("employer", v.employer().value());
        gen.writeStringField("post", v.post());
        gen.writeStringField("district", v.district().code());
        gen.writeFieldName("location");
        location(v.location(), gen);
        skills(gen, "requiredSkills", v.requiredSkills());
        skills(gen, "requiredCertificates", v.requiredCertificates());
        gen.writeStringField("monthlyWage", v.monthlyWage().toString());
        gen.writeNumberField("dailyHours", v.dailyHours());
        gen.writeBooleanField("nightShifts", v.nightShifts());
        gen.writeBooleanField("suitsDisabled", v.suitsDisabled());
        gen.writeBooleanField("publicWelfarePost", v.publicWelfarePost());
        gen.writeStringField("open", v.open().toString());
        gen.writeNumberField("positions", v.positions());
        gen.writeEndObject();
    }

    static void event(RecruitmentEvent e, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", e.id());
        gen.writeStringField("kind", e.kind().name());
        gen.writeStringField("name", e.name());
        gen.writeStringField("city", e.city().code());
        gen.writeStringField("dates", e.dates().toString());
        gen.writeArrayFieldStart("vacancyIds");
        for (String id : e.vacancyIds()) {
            gen.writeString(id);
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void record(ServiceRecord r, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", r.id());
        gen.writeStringField("person", r.person().value());
        gen.writeStringField("kind", r.kind().name());
        gen.writeStringField("date", r.date().toString());
        gen.writeStringField("providedBy", r.providedBy());
        gen.writeStringField("outcome", r.outcome().name());
        if (r.noteCode().isPresent()) {
            gen.writeStringField("noteCode", r.noteCode().get());
        }
        gen.writeEndObject();
    }

    static void referral(Referral r, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("id", r.id());
        gen.writeStringField("person", r.person().value());
        gen.writeStringField("vacancyId", r.vacancyId());
        gen.writeStringField("date", r.date().toString());
        gen.writeStringField("providedBy", r.providedBy());
        gen.writeBooleanField("suitable", r.suitable());
        gen.writeStringField("outcome", r.outcome().name());
        if (r.outcomeDate().isPresent()) {
            gen.writeStringField("outcomeDate", r.outcomeDate().get().toString());
        }
        if (r.refusalReason().isPresent()) {
            gen.writeStringField("refusalReason", r.refusalReason().get());
        }
        gen.writeNumberField("version", r.version());
        gen.writeEndObject();
    }

    static void standard(ServiceStandard s, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        kinds(gen, "minimums", s.minimums());
        gen.writeEndObject();
    }

    static void plan(ServicePlan p, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("person", p.person().value());
        gen.writeNumberField("year", p.year());
        gen.writeFieldName("standard");
        standard(p.standard(), gen);
        gen.writeEndObject();
    }

    static void status(PlanStatus s, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("person", s.plan().person().value());
        gen.writeNumberField("year", s.plan().year());
        gen.writeStringField("asOf", s.asOf().toString());
        gen.writeBooleanField("complete", s.complete());
        gen.writeArrayFieldStart("lines");
        for (PlanStatus.Line line : s.lines()) {
            gen.writeStartObject();
            gen.writeStringField("kind", line.kind().name());
            gen.writeNumberField("required", line.required());
            gen.writeNumberField("delivered", line.delivered());
            gen.writeNumberField("missing", line.missing());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeEndObject();
    }

    static void report(PlanReport r, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("area", r.area().code());
        gen.writeStringField("asOf", r.asOf().toString());
        gen.writeNumberField("people", r.people());
        gen.writeNumberField("complete", r.complete());
        if (r.completeShare().isPresent()) {
            gen.writeStringField("completeShare", r.completeShare().get().toString());
        }
        gen.writeArrayFieldStart("lines");
        for (PlanReport.Line line : r.lines()) {
            gen.writeStartObject();
            gen.writeStringField("district", line.district().code());
            gen.writeNumberField("people", line.people());
            gen.writeNumberField("complete", line.complete());
            gen.writeStringField("completeShare", line.completeShare().toString());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        kinds(gen, "missing", r.missing());
        gen.writeEndObject();
    }

    private static void names(JsonGenerator gen, String field, Collection<? extends Enum<?>> values) throws IOException {
        gen.writeArrayFieldStart(field);
        for (Enum<?> v : values) {
            gen.writeString(v.name());
        }
        gen.writeEndArray();
    }

    private static void skills(JsonGenerator gen, String field, Collection<Skill> skills) throws IOException {
        gen.writeArrayFieldStart(field);
        for (Skill s : skills) {
            gen.writeString(s.code());
        }
        gen.writeEndArray();
    }

    private static void divisions(JsonGenerator gen, String field, Collection<DivisionCode> codes) throws IOException {
        gen.writeArrayFieldStart(field);
        for (DivisionCode c : codes) {
            gen.writeString(c.code());
        }
        gen.writeEndArray();
    }

    private static void kinds(JsonGenerator gen, String field, Map<ServiceActionKind, Integer> counts)
            throws IOException {
        gen.writeObjectFieldStart(field);
        for (Map.Entry<ServiceActionKind, Integer> e : counts.entrySet()) {
            gen.writeNumberField(e.getKey().name(), e.getValue());
        }
        gen.writeEndObject();
    }
}
