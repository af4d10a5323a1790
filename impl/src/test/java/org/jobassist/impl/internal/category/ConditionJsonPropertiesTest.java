package org.jobassist.impl.internal.category;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jobassist.api.category.Condition;
import org.jobassist.api.error.Violation;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.testkit.Properties;
import org.jobassist.testkit.category.Conditions;
import org.junit.jupiter.api.Test;

/** Generated condition trees survive JSON, and every near miss is rejected with its code. */
class ConditionJsonPropertiesTest {

    static final ObjectMapper MAPPER = new ObjectMapper();
    static final ConditionJson JSON = new ConditionJson(PolicyKeys::find);

    static JsonNode parse(String text) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new AssertionError("the generator wrote malformed JSON", e);
        }
    }

    @Test
    void writtenConditionsReadBackEqual() {
        Properties.qt().forAll(Conditions.conditions()).checkAssert(condition -> {
            List<Violation> violations = new ArrayList<>();
            Optional<Condition> read = JSON.read(ConditionJson.write(condition), "", violations);
            assertEquals(List.of(), violations);
            assertEquals(Optional.of(condition), read);
        });
    }

    @Test
    void theTestKitsJsonReadsBackEqual() {
        Properties.qt().forAll(Conditions.conditions()).checkAssert(condition -> {
            List<Violation> violations = new ArrayList<>();
            assertEquals(Optional.of(condition), JSON.read(parse(Conditions.json(condition)), "", violations));
            assertEquals(List.of(), violations);
        });
    }

    @Test
    void writingTwiceGivesTheSameDocument() {
        Properties.qt().forAll(Conditions.conditions()).checkAssert(condition -> {
            List<Violation> violations = new ArrayList<>();
            Condition read = JSON.read(ConditionJson.write(condition), "", violations).orElseThrow();
            assertEquals(ConditionJson.write(condition), ConditionJson.write(read));
        });
    }

    @Test
    void everyNearMissIsRejectedWithItsCodeOnly() {
        Properties.qt().forAll(Conditions.conditionNearMisses()).checkAssert(miss -> {
            List<Violation> violations = new ArrayList<>();
            Optional<Condition> read = JSON.read(parse(miss.text()), "/c", violations);
            assertEquals(Optional.empty(), read, miss::toString);
            assertEquals(List.of(miss.expectedCode()), violations.stream().map(Violation::code).toList(),
                    miss::toString);
            assertFalse(violations.get(0).path().isEmpty());
        });
    }

    @Test
    void descriptionsNameEveryLeaf() {
        Properties.qt().forAll(Conditions.conditions()).checkAssert(condition -> {
            String described = condition.describe();
            condition.registryFlags().forEach(flag -> assertTrue(described.contains(flag.name()), described));
        });
    }
}
