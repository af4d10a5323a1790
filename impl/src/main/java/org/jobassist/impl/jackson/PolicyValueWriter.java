package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.Set;
import org.jobassist.api.policy.ValueType;

/**
 * Writes a policy value in the form a pack document gives it (see {@link ValueType}): amounts,
 * ratios, periods, dates and month-days as their ISO or canonical text, counts as numbers,
 * code sets as arrays of strings. Written here so that no {@code java.time} module is needed.
 */
final class PolicyValueWriter {

    private PolicyValueWriter() {}

    static void write(ValueType type, Object value, JsonGenerator gen) throws IOException {
        switch (type) {
            case COUNT:
                gen.writeNumber((Integer) value);
                break;
            case CODE_SET:
                gen.writeStartArray();
                for (Object code : (Set<?>) value) {
                    gen.writeString(code.toString());
                }
                gen.writeEndArray();
                break;
            default:
                // Money, Ratio, Period, LocalDate, MonthDay and String: toString() is the canonical text.
                gen.writeString(value.toString());
        }
    }
}
