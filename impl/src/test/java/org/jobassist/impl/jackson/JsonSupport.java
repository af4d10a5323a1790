package org.jobassist.impl.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

/** The mapper and small helpers shared by the JSON tests. */
final class JsonSupport {

    static final ObjectMapper MAPPER = JsonMapper.builder().addModule(new JobAssistModule()).build();

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
}
