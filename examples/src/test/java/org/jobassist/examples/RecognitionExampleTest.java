package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/**
 * The expected lines are worked out by hand from the people in {@link RecognitionExample}'s
 * javadoc and DOMAIN.md: §1 (the 8 and 10 categories, the adjustment on 2021-01-01, the
 * key-county list empty by default, the reference gate of 2 referrals and 12 months), §1.2
 * (exit when no longer eligible, provisional) and §4 (retirement of a woman worker born
 * 1975-03: 2025-03 at 50 under the old law; O = 2025-03, k = 2, delay = 2 / 2 + 1 = 2 months,
 * 2025-05 under the reform).
 */
class RecognitionExampleTest {

    private static String runAndCapture() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(0, RecognitionExample.run(out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line <" + line + "> in\n" + output);
    }

    @Test
    void aDisabledRegisteredManIsRecognisedUnderBothVersionsWithTheirLegalBases() {
        String output = runAndCapture();
        assertLine(output, "  2020-12-31 under liaoning-2012: [DISABLED], legal basis 《辽宁省就业促进条例》");
        assertLine(output, "  2021-01-01 under liaoning-2021: [DISABLED], legal basis 辽人社发〔2021〕7号");
        assertLine(output, "    [SATISFIED] category.outcome: Person with a disability (残疾人)");
        assertTrue(output.contains("[SATISFIED] category.condition.registry-flag: holds DISABILITY_CERTIFICATE"
                + " (DISABLED_PERSONS_FEDERATION)"), output);
        assertTrue(output.contains("evidence=DPF-0001"), output);
    }

    @Test
    void aWomanWorkerIsNearRetirementUnderTheLawInForceOnEachDate() {
        String output = runAndCapture();
        // 2021-06-30: retires 2025-03 (50), within 5 years from 2020-03.
        assertLine(output, "  2021-06-30: retirement 2025-03 (1978 measures) → [NEAR_RETIREMENT]");
        // 2025-04-15: the reform is in force; retires 2025-05, not yet reached.
        assertLine(output, "  2025-04-15: retirement 2025-05 (2024 reform) → [NEAR_RETIREMENT]");
        // 2025-06-01: retirement reached, so no longer "within 5 years" of it.
        assertLine(output, "  2025-06-01: retirement 2025-05 (2024 reform) → not recognised [within-years-of-retirement]");
        assertLine(output, "  (on 2025-04-15 the 1978 measures would have had her retired since 2025-03)");
    }

    @Test
    void category9NeedsTheKeyCountyListAndOnlyAnIllustrativeOneRecognises() {
        String output = runAndCapture();
        assertLine(output, "  2020-12-31 under liaoning-2012: not recognised, category 9 in the version: false");
        assertLine(output, "  2021-06-30 with the shipped pack (key-county list empty, not public): not recognised");
        assertLine(output, "    why not POVERTY_ALLEVIATED_KEY_COUNTY: [resides-in-county-set]");
        assertLine(output, "  2021-06-30 with an ILLUSTRATIVE key-county list {210123} (not the real list):"
                + " [POVERTY_ALLEVIATED_KEY_COUNTY]");
    }

    @Test
    void someoneWhoQualifiesForNothingGetsAWhyNotPerCategory() {
        String output = runAndCapture();
        assertLine(output, "(d) D1 on 2021-06-30: recognised in nothing; why not, per category:");
        assertLine(output, "  ZERO_EMPLOYMENT_FAMILY_MEMBER: [zero-employment-family-member]");
        assertLine(output, "  URBAN_MINIMUM_LIVING_ALLOWANCE: [registry-flag]");
        assertLine(output, "  NEAR_RETIREMENT: [within-years-of-retirement]");
        for (String code : new String[] {"DISABLED", "SINGLE_PARENT_OF_MINOR", "UNEMPLOYED_MILITARY_SPOUSE",
                "ENTITLED_GROUP_WITH_PENSION", "MARTYR_FAMILY"}) {
            assertLine(output, "  " + code + ": [registry-flag]");
        }
        assertLine(output, "  POVERTY_ALLEVIATED_KEY_COUNTY: [registry-flag, resides-in-county-set]");
        assertLine(output, "  RURAL_LOW_INCOME_KEY_COUNTY: [registry-flag, resides-in-county-set]");
        // Reference categories: own flag (if missing) and the gate's failed part, 1 referral of 2.
        assertLine(output, "  MODEL_WORKER: [registry-flag, referrals-accepted-at-least]");
        assertLine(output, "  LAND_EXPROPRIATED_FARMER: [referrals-accepted-at-least]");
        assertLine(output, "  CHILD_WELFARE_ORPHAN_16_PLUS: [registry-flag, referrals-accepted-at-least]");
    }

    @Test
    void theReferenceGateNeedsTwoReferralsAndTwelveMonths() {
        String output = runAndCapture();
        // Last employer month 2020-05: 2020-06..2021-05 = 12 months as of 2021-06-30; 2020-06: 11.
        assertLine(output, "  D1: referrals 1, months without employer contribution 12,"
                + " LAND_EXPROPRIATED_FARMER failed [referrals-accepted-at-least], reference only false");
        assertLine(output, "  D2: referrals 2, months without employer contribution 11,"
                + " LAND_EXPROPRIATED_FARMER failed [unemployed-at-least-months], reference only false");
        assertLine(output, "  D3: referrals 2, months without employer contribution 12,"
                + " LAND_EXPROPRIATED_FARMER satisfied, reference only true");
    }

    @Test
    void theBatchCountsEveryRow() {
        String output = runAndCapture();
        // A, B, E recognised; C, D1, D2, D3 not (D3 by reference); the null row rejected.
        assertLine(output, "Batch of 8 as of 2021-06-30 under liaoning-2021: 3 recognised, 4 not recognised"
                + " (1 by reference), 1 rejected");
        assertLine(output, "  URBAN_MINIMUM_LIVING_ALLOWANCE: 1");
        assertLine(output, "  NEAR_RETIREMENT: 1");
        assertLine(output, "  DISABLED: 1");
        assertLine(output, "  LAND_EXPROPRIATED_FARMER: 1");
        assertTrue(output.contains("index=7") && output.contains("[recognition.null-person]"), output);
    }

    @Test
    void aRecognitionKeepsItsVersionUntilReviewAndThenExits() {
        String output = runAndCapture();
        assertLine(output, "  apply 2020-12-01: APPLIED");
        // Decided under the 8-category version; next review one year on (P1Y, an assumption).
        assertLine(output, "  decide 2020-12-15: RECOGNISED under liaoning-2012 [URBAN_MINIMUM_LIVING_ALLOWANCE],"
                + " effective 2020-12-15, next review 2021-12-15");
        // KEEP_UNTIL_NEXT_REVIEW: nothing changes on 2021-01-05.
        assertLine(output, "  transition 2021-01-05: RECOGNISED under liaoning-2012 [URBAN_MINIMUM_LIVING_ALLOWANCE],"
                + " effective 2020-12-15, next review 2021-12-15");
        assertLine(output, "  due for review on 2021-12-15: E");
        // The allowance ended on 2021-09-01; the review runs under liaoning-2021 and finds nothing.
        assertLine(output, "  reverify 2021-12-15: EXITED under liaoning-2012 [URBAN_MINIMUM_LIVING_ALLOWANCE],"
                + " effective 2020-12-15, exit 2021-12-15 no-longer-eligible");
        assertLine(output, "    recognition under liaoning-2021: []; why not URBAN_MINIMUM_LIVING_ALLOWANCE: [registry-flag]");
        assertLine(output, "  history: APPLIED 2020-12-01, RECOGNISED 2020-12-15, EXITED 2021-12-15");
    }

    @Test
    void idNumbersAppearOnlyMasked() {
        String output = runAndCapture();
        assertEquals(7, RecognitionExample.ID_NUMBERS.size());
        for (String id : RecognitionExample.ID_NUMBERS) {
            for (int i = 0; i + 8 <= id.length(); i++) {
                String run = id.substring(i, i + 8);
                assertFalse(output.contains(run), () -> "output shows part of an ID number: " + run);
            }
        }
        assertLine(output, "People: A 210102********0130, B 210102********0249, C 210123********0151,"
                + " D1 210102********0311, D2 210102********0538, D3 210102********071X, E 210102********0173");
    }
}
