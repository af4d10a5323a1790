package org.jobassist.impl.internal.category;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jobassist.api.error.Violation;

/**
 * The violations of one reading and the field checks that add to them, with the same codes
 * and messages as the rest of the policy-pack reader. Not thread-safe: one per reading.
 */
final class Faults {

    private final List<Violation> sink;

    Faults(List<Violation> sink) {
        this.sink = sink;
    }

    int count() {
        return sink.size();
    }

    void add(String path, String code, String message) {
        sink.add(new Violation(path, code, message));
    }

    void unknownFields(JsonNode node, String path, Set<String> known) {
        for (Map.Entry<String, JsonNode> property : node.properties()) {
            if (!known.contains(property.getKey())) {
                add(path + "/" + escape(property.getKey()), "policy.unknown-field", "the field is not part of the format");
            }
        }
    }

    /** A string field; reports a missing (when required), non-string or blank one. */
    Optional<String> text(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String at = path + "/" + field;
        if (node == null || node.isNull() && !required) {
            if (required) {
                add(at, "policy.required", "the field is required");
            }
            return Optional.empty();
        }
        if (!node.isTextual()) {
            add(at, "policy.type", "the field must be a string");
            return Optional.empty();
        }
        if (node.textValue().isBlank()) {
            add(at, "policy.blank", "the field must not be blank");
            return Optional.empty();
        }
        return Optional.of(node.textValue());
    }

    /** A date field; null or absent is empty (reported when required). */
    Optional<LocalDate> date(JsonNode parent, String field, String path, boolean required) {
        JsonNode node = parent.get(field);
        String at = path + "/" + field;
        if (node == null || node.isNull()) {
            if (required) {
                add(at, "policy.required", "the field is required");
            }
            return Optional.empty();
        }
        if (node.isTextual()) {
            try {
                return Optional.of(LocalDate.parse(node.textValue()));
            } catch (DateTimeParseException e) {
                // reported below
            }
        }
        add(at, "policy.date", "a date must be a string in ISO form, such as \"2021-01-01\"");
        return Optional.empty();
    }

    /** A required whole number that must not be negative. */
    Optional<Integer> count(JsonNode parent, String field, String path) {
        JsonNode node = parent.get(field);
        String at = path + "/" + field;
        if (node == null) {
            add(at, "policy.required", "the field is required");
            return Optional.empty();
        }
        if (!node.isIntegralNumber() || !node.canConvertToInt()) {
            add(at, "policy.type", "the field must be a whole number");
            return Optional.empty();
        }
        if (node.intValue() < 0) {
            add(at, "category.negative", "the number must not be negative");
            return Optional.empty();
        }
        return Optional.of(node.intValue());
    }

    /** Escapes a name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }

    /**
     * A path an api builder reported ({@code categories[2].code}, {@code [1].effectiveFrom})
     * as a JSON pointer under {@code base}.
     */
    static String pointer(String base, String path) {
        if (path.isEmpty()) {
            return base;
        }
        String converted = path.replace("[", "/").replace("]", "").replace(".", "/");
        return base + (converted.startsWith("/") ? "" : "/") + converted;
    }
}
