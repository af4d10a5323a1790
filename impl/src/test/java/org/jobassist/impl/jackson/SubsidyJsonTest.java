package org.jobassist.impl.jackson;

import static org.jobassist.impl.jackson.JsonSupport.write;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyParameters;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.policy.ResolvedValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.subsidy.Beneficiary;
import org.jobassist.api.subsidy.CalculationOutcome;
import org.jobassist.api.subsidy.Rounding;
import org.jobassist.api.subsidy.SubsidyDecision;
import org.jobassist.api.subsidy.SubsidyKind;
import org.jobassist.api.subsidy.WhatIfCase;
import org.jobassist.api.subsidy.WhatIfReport;
import org.junit.jupiter.api.Test;

/** Subsidy decisions, what-if reports and parameter views are written as JSON, by hand-written snapshots. */
class SubsidyJsonTest {

    static final ResidentIdNumber ID = ResidentIdNumber.parse("11010519491231002X");
    static final DivisionCode LIAONING = DivisionCode.of("210000");
    static final DivisionCode LIAOZHONG = DivisionCode.of("210115");
    static final LocalDate NOV_1_2021 = LocalDate.of(2021, 11, 1);
    static final LegalBasis BASIS = LegalBasis.of("文号待确认", "测试", "Test");
    static final String BASIS_JSON = "{\"documentNumber\":\"文号待确认\",\"titleZh\":\"测试\",\"titleEn\":\"Test\"}";
    static final ResolvedValue<Money> WAGE = new ResolvedValue<>(PolicyValue.of(PolicyKeys.MINIMUM_WAGE_MONTHLY,
            LIAOZHONG, NOV_1_2021, null, Money.ofYuan(1640), BASIS), LIAOZHONG, NOV_1_2021, "test", "1");
    static final String WAGE_JSON = "{\"key\":\"minimum-wage.monthly\",\"value\":\"1640.00\","
            + "\"requestedJurisdiction\":\"210115\",\"date\":\"2021-11-01\",\"jurisdiction\":\"210115\","
            + "\"effectiveFrom\":\"2021-11-01\",\"legalBasis\":" + BASIS_JSON + ",\"packId\":\"test\",\"packVersion\":\"1\"}";

    static SubsidyDecision.Builder post() {
        return SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, Beneficiary.person(ID), LIAOZHONG)
                .person(ID)
                .component("wage", Money.ofYuan(1640))
                .months(List.of(YearMonth.of(2021, 11), YearMonth.of(2021, 12)))
                .rounding(Rounding.of("share", Ratio.of(200, 3), RoundingMode.HALF_UP))
                .read(WAGE);
    }

    static String postJson(String person) {
        return "{\"kind\":\"public-welfare-post\",\"beneficiary\":{\"person\":\"" + person + "\"},"
                + "\"person\":\"" + person + "\",\"jurisdiction\":\"210115\",\"eligible\":true,"
                + "\"ineligibilities\":[],\"components\":[{\"name\":\"wage\",\"monthly\":\"1640.00\"}],"
                + "\"monthlyAmount\":\"1640.00\",\"months\":[\"2021-11\",\"2021-12\"],\"total\":\"3280.00\","
                + "\"roundings\":[{\"what\":\"share\",\"exactFen\":\"200/3\",\"mode\":\"HALF_UP\",\"rounded\":\"0.67\","
                + "\"adjustmentFen\":\"1/3\"}],\"valuesRead\":[" + WAGE_JSON + "]";
    }

    @Test
    void anEligibleDecisionWithItsExplanationAndTheIdNumberMasked() {
        SubsidyDecision decision = post().explanation(Explanation.builder("test.post").value("3280.00").build()).build();
        String expected = postJson("110105********002X") + ",\"explanation\":{\"schemaVersion\":1,\"rule\":\"test.post\","
                + "\"description\":\"\",\"outcome\":\"VALUE\",\"result\":\"3280.00\",\"inputs\":{},\"legalBasis\":[],"
                + "\"children\":[]}}";
        String json = write(decision);
        assertEquals(expected, json);
        assertFalse(json.contains(ID.value()));
    }

    @Test
    void theFastPathLeavesTheExplanationOut() {
        assertEquals(postJson("110105********002X") + "}", write(post().build()));
    }

    @Test
    void aModuleMadeWithClearWritesTheNumberInClear() throws Exception {
        ObjectMapper clear = JsonMapper.builder().addModule(new JobAssistModule(IdNumberDisclosure.CLEAR)).build();
        assertEquals(postJson("11010519491231002X") + "}", clear.writeValueAsString(post().build()));
        assertEquals(IdNumberDisclosure.MASKED, new JobAssistModule().idNumbersInResults());
        assertThrows(NullPointerException.class, () -> new JobAssistModule(null));
    }

    @Test
    void aModuleFoundByTheServiceLoaderMasks() throws Exception {
        String json = new ObjectMapper().findAndRegisterModules().writeValueAsString(post().build());
        assertTrue(json.contains("110105********002X"), json);
        assertFalse(json.contains(ID.value()), json);
    }

    @Test
    void anIneligibleOneTimeGrantToAUnit() {
        SubsidyDecision refused = SubsidyDecision.builder(SubsidyKind.HIRING,
                Beneficiary.unit(UnifiedSocialCreditCode.parse("91350100M000100Y43")), LIAOZHONG)
                .ineligible("hiring.test", "no amount in the pack").build();
        assertEquals("{\"kind\":\"hiring\",\"beneficiary\":{\"unit\":\"91350100M000100Y43\"},\"jurisdiction\":\"210115\","
                + "\"eligible\":false,\"ineligibilities\":[{\"code\":\"hiring.test\",\"message\":\"no amount in the pack\"}],"
                + "\"components\":[],\"months\":[],\"total\":\"0.00\",\"roundings\":[],\"valuesRead\":[]}", write(refused));
    }

    @Test
    void aWhatIfReportWithACalculatedAndAFailedCase() {
        SubsidyDecision before = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, Beneficiary.person(ID), LIAOZHONG)
                .component("wage", Money.ofYuan(1540)).months(List.of(YearMonth.of(2021, 11))).build();
        SubsidyDecision after = SubsidyDecision.builder(SubsidyKind.PUBLIC_WELFARE_POST, Beneficiary.person(ID), LIAOZHONG)
                .component("wage", Money.ofYuan(1640)).months(List.of(YearMonth.of(2021, 11))).build();
        CalculationOutcome refused = CalculationOutcome.Failed.of(new InvalidInputException(
                new Violation("months", "test.negative-months", "months must not be negative")));
        WhatIfReport<String> report = WhatIfReport.of("liaoning 2021.1", "liaoning 2021.1 with overrides", List.of(
                WhatIfCase.of(0, "secret input", new CalculationOutcome.Calculated(before),
                        new CalculationOutcome.Calculated(after)),
                WhatIfCase.of(1, "secret input", refused, refused)));
        String decisionHead = "{\"kind\":\"public-welfare-post\",\"beneficiary\":{\"person\":\"110105********002X\"},"
                + "\"jurisdiction\":\"210115\",\"eligible\":true,\"ineligibilities\":[],\"components\":[{\"name\":\"wage\",";
        String decisionTail = "\"months\":[\"2021-11\"],";
        String failure = "{\"failure\":{\"code\":\"test.negative-months\",\"message\":\"months: months must not be negative"
                + " [test.negative-months]\",\"violations\":[{\"path\":\"months\",\"code\":\"test.negative-months\","
                + "\"message\":\"months must not be negative\"}]}}";
        String expected = "{\"basePack\":\"liaoning 2021.1\",\"alternativePack\":\"liaoning 2021.1 with overrides\","
                + "\"caseCount\":2,\"changed\":1,\"becameEligible\":0,\"lostEligibility\":0,\"failures\":1,"
                + "\"baseFailures\":1,\"alternativeFailures\":1,\"totalBase\":\"1540.00\",\"totalAlternative\":\"1640.00\","
                + "\"difference\":\"100.00\",\"cases\":["
                + "{\"index\":0,\"changed\":true,\"eligibilityChange\":\"UNCHANGED\",\"difference\":\"100.00\","
                + "\"monthlyDifference\":\"100.00\","
                + "\"base\":{\"decision\":" + decisionHead + "\"monthly\":\"1540.00\"}],\"monthlyAmount\":\"1540.00\","
                + decisionTail + "\"total\":\"1540.00\",\"roundings\":[],\"valuesRead\":[]}},"
                + "\"alternative\":{\"decision\":" + decisionHead + "\"monthly\":\"1640.00\"}],\"monthlyAmount\":\"1640.00\","
                + decisionTail + "\"total\":\"1640.00\",\"roundings\":[],\"valuesRead\":[]}}},"
                + "{\"index\":1,\"changed\":false,\"eligibilityChange\":\"NOT_COMPARABLE\","
                + "\"base\":" + failure + ",\"alternative\":" + failure + "}]}";
        String json = write(report);
        assertEquals(expected, json);
        assertFalse(json.contains("secret input"));
    }

    @Test
    void aParametersViewListsValuesAndUnsetKeys() throws Exception {
        PolicyPack pack = PolicyPack.builder().id("test").version("1").jurisdiction(LIAONING)
                .add(PolicyValue.of(PolicyKeys.MINIMUM_WAGE_TIER_1, LIAONING, NOV_1_2021, null, Money.ofYuan(1910), BASIS))
                .add(PolicyValue.unknown(PolicyKeys.MINIMUM_WAGE_MONTHLY, LIAONING, NOV_1_2021, null, "by city"))
                .build();
        PolicyParameters view = pack.parameters(LIAOZHONG, NOV_1_2021);
        JsonNode json = JsonSupport.MAPPER.readTree(write(view));
        assertEquals("test", json.get("packId").asText());
        assertFalse(json.get("overridden").asBoolean());
        assertEquals("210115", json.get("jurisdiction").asText());
        assertEquals("2021-11-01", json.get("date").asText());
        assertEquals(JsonSupport.MAPPER.readTree("[{\"key\":\"minimum-wage.tier-1\",\"value\":\"1910.00\","
                + "\"requestedJurisdiction\":\"210115\",\"date\":\"2021-11-01\",\"jurisdiction\":\"210000\","
                + "\"effectiveFrom\":\"2021-11-01\",\"legalBasis\":" + BASIS_JSON + ",\"packId\":\"test\","
                + "\"packVersion\":\"1\"}]"), json.get("values"));
        assertEquals(view.unset().size(), json.get("unset").size());
        JsonNode wage = null;
        for (JsonNode unset : json.get("unset")) {
            if (unset.get("key").asText().equals("minimum-wage.monthly")) {
                wage = unset;
            }
        }
        assertEquals(JsonSupport.MAPPER.readTree("{\"key\":\"minimum-wage.monthly\",\"code\":\"policy.value-unknown\","
                + "\"markedUnknownBy\":\"210000\",\"note\":\"by city\"}"), wage);
        assertEquals(JsonSupport.MAPPER.readTree("{\"key\":\"minimum-wage.tier-2\",\"code\":\"policy.value-missing\"}"),
                json.get("unset").get(0));
    }
}
