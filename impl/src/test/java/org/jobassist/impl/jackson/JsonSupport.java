package org.jobassist.impl.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.time.LocalDate;

/** The mapper and small helpers shared by the JSON tests. */
final class JsonSupport {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JobAssistModule()).build();

    static final long SEED = Long.getLong("jobassist.seed", 20211109L);

    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

    private JsonSupport() {}

    static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Reads bad JSON and returns the module's exception, failing if another one comes. */
    static InvalidValueException reject(String json, Class<?> type) {
        return assertThrows(InvalidValueException.class, () -> MAPPER.readValue(json, type));
    }

    static InvalidValueException reject(String json, TypeReference<?> type) {
        return assertThrows(InvalidValueException.class, () -> MAPPER.readValue(json, type));
    }

    /** The message names the code; the exception carries it too. */
    static void assertCode(String code, InvalidValueException e) {
        assertEquals(code, e.code(), e.getMessage());
        assertTrue(e.getMessage().contains("[" + code + "]"), e.getMessage());
    }

    /** Neither the text nor any six-character run of it appears in the message. */
    static void assertNotEchoed(String text, String message) {
        assertFalse(message.contains(text), message);
        for (int i = 0; i + 6 <= text.length(); i++) {
            String run = text.substring(i, i + 6);
            assertFalse(message.contains(run), () -> "message contains '" + run + "': " + message);
        }
    }

    /**
     * A valid 18-character resident identity number, with its check character computed here
     * (ISO 7064 MOD 11-2) rather than by the class under test.
     */
    static String idNumber(String addressCode, LocalDate birth, int sequence) {
        String body = addressCode + String.format("%04d%02d%02d%03d",
                birth.getYear(), birth.getMonthValue(), birth.getDayOfMonth(), sequence);
        int sum = 0;
        for (int i = 0; i < 17; i++) {
            sum += (body.charAt(i) - '0') * WEIGHTS[i];
        }
        return body + "10X98765432".charAt(sum % 11);
    }
}
