package org.jobassist.impl.query;

import static org.jobassist.impl.query.QueryFixture.AT;
import static org.jobassist.impl.query.QueryFixture.DALIAN;
import static org.jobassist.impl.query.QueryFixture.PERSON;
import static org.jobassist.impl.query.QueryFixture.SHENYANG;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.EnjoyedPolicies;
import org.jobassist.impl.PolicyQueries;
import org.jobassist.impl.jackson.IdNumberDisclosure;
import org.jobassist.impl.jackson.JobAssistModule;
import org.jobassist.testkit.query.RecordingAuditSink;
import org.junit.jupiter.api.Test;

/** The JSON form of an enjoyed-policies result. */
class EnjoyedPoliciesJsonTest {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JobAssistModule()).build();

    private final QueryFixture f = new QueryFixture();
    private final PolicyQueries queries = PolicyQueries.of(f.ledger, f.recognitions, f.people, new RecordingAuditSink());

    static String json(ObjectMapper mapper, EnjoyedPolicies value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void aCityResultIsWrittenWithTheNoticeAndNothingOfTheOtherCity() {
        EnjoyedPolicies r = queries.enjoyed(Caller.of("u-17", AccessScope.city(SHENYANG)), PERSON, AT);
        assertEquals("{\"person\":\"110105********002X\",\"scope\":{\"level\":\"city\",\"division\":\"210100\"},"
                + "\"queriedAt\":\"2021-11-09T08:00:00Z\",\"registered\":true,\"total\":\"987.65\","
                + "\"kinds\":[{\"kind\":\"vocational-training\",\"total\":\"987.65\","
                + "\"span\":\"2021-07-16/2021-07-16\",\"months\":[],"
                + "\"payments\":[{\"period\":\"once:SY-CERT-3\",\"city\":\"210100\",\"accountingDate\":\"2021-07-16\","
                + "\"amount\":\"987.65\",\"grantedOn\":\"2021-07-16\",\"grantReference\":\"SY-CERT-3\"}]}],"
                + "\"otherCities\":{\"cityCount\":1,\"kinds\":[\"public-welfare-post\"],\"recognition\":true,"
                + "\"line\":\"1 other city holds records: public-welfare-post; a recognition record\"}}",
                json(MAPPER, r));
    }

    @Test
    void theHomeCityResultCarriesTheRecognitionAndTheUnitPaid() throws JsonProcessingException {
        EnjoyedPolicies r = queries.enjoyed(Caller.of("u-17", AccessScope.city(DALIAN)), PERSON, AT);
        JsonNode root = MAPPER.readTree(json(MAPPER, r));
        assertEquals("5430.00", root.path("total").asText());
        JsonNode posts = root.path("kinds").path(0);
        assertEquals("public-welfare-post", posts.path("kind").asText());
        assertEquals("[\"2021-03\",\"2021-04\",\"2021-05\"]", posts.path("months").toString());
        assertEquals("91350100M000100Y43", posts.path("payments").path(0).path("unitPayee").asText());
        JsonNode recognition = root.path("recognition");
        assertEquals("210200", recognition.path("city").asText());
        assertEquals("RECOGNISED", recognition.path("status").asText());
        assertEquals("2021-01-20", recognition.path("recognisedOn").asText());
        assertEquals("2022-01-20", recognition.path("nextReview").asText());
        assertEquals("[\"zero-employment-family-member\"]", recognition.path("categories").toString());
        assertEquals(2, recognition.path("history").size());
        assertFalse(recognition.has("exitedOn"));
        assertFalse(json(MAPPER, r).contains("987.65"));
    }

    @Test
    void theNumberStaysMaskedEvenWhenTheModuleDisclosesNumbers() {
        ObjectMapper clear = JsonMapper.builder().addModule(new JobAssistModule(IdNumberDisclosure.CLEAR)).build();
        String text = json(clear, queries.enjoyed(Caller.of("u-17", AccessScope.province()), PERSON, AT));
        assertFalse(text.contains(PERSON.value()));
        assertEquals("110105********002X", text.substring(11, 29));
    }
}
