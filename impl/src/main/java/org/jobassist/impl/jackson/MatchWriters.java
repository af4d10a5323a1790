package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Map;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.ReferralOutcome;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignLine;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchFilter;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.impl.internal.assessment.render.CityNames;

/**
 * The JSON shapes of job matching and the Employment Assistance Month, written only, each in
 * one static method that the nested shapes reuse. Fields keep the accessors' names; enums are
 * written by name, dates and date ranges as ISO text, explanations in their audit shape with
 * the schema version, division codes with their Chinese name.
 *
 * <p>Person ids are written in clear, as every result of the module writes them (decision
 * 0012 masks resident identity numbers, which these types never hold): a
 * {@link PersonId} is the host's surrogate key, and a match or a list of people to visit is
 * useless to the host without it. The explanations print it too. Keep such JSON out of logs.
 */
final class MatchWriters {

    private MatchWriters() {}

    static void score(MatchScore s, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("skills", s.skills());
        gen.writeNumberField("district", s.district());
        gen.writeNumberField("wage", s.wage());
        gen.writeNumberField("willingness", s.willingness());
        gen.writeNumberField("total", s.total());
        gen.writeEndObject();
    }

    static void vacancyMatch(VacancyMatch m, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        pair(m.person(), m.vacancyId(), m.score(), m.distanceMetres(), gen);
        gen.writeFieldName("explanation");
        ExplanationSerializer.writeRoot(m.explanation(), gen);
        gen.writeEndObject();
    }

    static void personMatch(PersonMatch m, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        pair(m.person(), m.vacancyId(), m.score(), m.distanceMetres(), gen);
        gen.writeFieldName("explanation");
        ExplanationSerializer.writeRoot(m.explanation(), gen);
        gen.writeEndObject();
    }

    static void check(MatchCheck c, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("person", c.person().value());
        gen.writeStringField("vacancyId", c.vacancyId());
        gen.writeBooleanField("passed", c.passed());
        gen.writeArrayFieldStart("failed");
        for (MatchFilter f : c.failed()) {
            gen.writeStartObject();
            gen.writeStringField("filter", f.name());
            gen.writeStringField("code", f.code());
            gen.writeStringField("rule", f.rule());
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeFieldName("score");
        score(c.score(), gen);
        gen.writeNumberField("distanceMetres", c.distanceMetres());
        gen.writeFieldName("explanation");
        ExplanationSerializer.writeRoot(c.explanation(), gen);
        gen.writeEndObject();
    }

    private static void pair(PersonId person, String vacancyId, MatchScore score, long distanceMetres,
                             JsonGenerator gen) throws IOException {
        gen.writeStringField("person", person.value());
        gen.writeStringField("vacancyId", vacancyId);
        gen.writeFieldName("score");
        score(score, gen);
        gen.writeNumberField("distanceMetres", distanceMetres);
    }

    static void indicators(CampaignIndicators i, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        counts(i, gen);
        gen.writeEndObject();
    }

    private static void counts(CampaignIndicators i, JsonGenerator gen) throws IOException {
        gen.writeNumberField("peopleInScope", i.peopleInScope());
        gen.writeNumberField("peopleVisited", i.peopleVisited());
        gen.writeNumberField("peopleServed", i.peopleServed());
        gen.writeNumberField("servicesDelivered", i.servicesDelivered());
        gen.writeNumberField("referrals", i.referrals());
        gen.writeNumberField("referralsAccepted", i.referralsAccepted());
        gen.writeNumberField("placements", i.placements());
    }

    static void line(CampaignLine l, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("street", l.street().code());
        gen.writeNumberField("people", l.people());
        gen.writeNumberField("visited", l.visited());
        gen.writeArrayFieldStart("toVisit");
        for (PersonId p : l.toVisit()) {
            gen.writeString(p.value());
        }
        gen.writeEndArray();
        gen.writeNumberField("matchesProposed", l.matchesProposed());
        gen.writeNumberField("peopleWithMatches", l.peopleWithMatches());
        gen.writeNumberField("referrals", l.referrals());
        gen.writeObjectFieldStart("outcomes");
        for (Map.Entry<ReferralOutcome, Integer> e : l.outcomes().entrySet()) {
            gen.writeNumberField(e.getKey().name(), e.getValue());
        }
        gen.writeEndObject();
        gen.writeEndObject();
    }

    static void view(CampaignView v, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        division("city", v.city(), gen);
        gen.writeStringField("period", v.period().toString());
        gen.writeStringField("asOf", v.asOf().toString());
        gen.writeArrayFieldStart("lines");
        for (CampaignLine l : v.lines()) {
            line(l, gen);
        }
        gen.writeEndArray();
        gen.writeNumberField("peopleToVisit", v.peopleToVisit());
        gen.writeFieldName("indicators");
        indicators(v.indicators(), gen);
        gen.writeEndObject();
    }

    static void totals(CampaignTotals t, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("province", t.province().code());
        gen.writeNumberField("year", t.year());
        gen.writeStringField("asOf", t.asOf().toString());
        gen.writeArrayFieldStart("cities");
        for (CampaignTotals.Line line : t.lines()) {
            gen.writeStartObject();
            division("city", line.city(), gen);
            gen.writeStringField("period", line.period().toString());
            counts(line.indicators(), gen);
            gen.writeEndObject();
        }
        gen.writeEndArray();
        gen.writeObjectFieldStart("total");
        division("city", t.province(), gen);
        counts(t.total(), gen);
        gen.writeEndObject();
        gen.writeEndObject();
    }

    private static void division(String field, DivisionCode code, JsonGenerator gen) throws IOException {
        gen.writeStringField(field, code.code());
        gen.writeStringField(field + "Name", CityNames.zh(code));
    }
}
