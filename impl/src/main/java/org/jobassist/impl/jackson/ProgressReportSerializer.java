package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.ProgressReport;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.Share;
import org.jobassist.impl.internal.assessment.render.CityNames;
import org.jobassist.impl.internal.assessment.render.Percents;

/**
 * Writes the assessment report types, serialisation only:
 * <ul>
 *   <li>{@link ProgressReport}: {@code planYear}, {@code month} ({@code "2021-09"}),
 *       {@code planLabel}, {@code cities}, {@code province}, {@code channelShares},
 *       {@code subsetShares}, {@code rejectedByReason} (code → count);</li>
 *   <li>{@link CityProgress}: {@code city}, {@code cityName}, {@code target},
 *       {@code achieved}, {@code completion} (exact ratio text, {@code "7/9"}),
 *       {@code completionPercent} ({@code "77.8%"}), {@code expected},
 *       {@code expectedPercent}, {@code expectedCount}, {@code gap}, {@code status},
 *       {@code monthsBehind};</li>
 *   <li>{@link Share}: {@code name}, {@code count}, {@code denominatorName},
 *       {@code denominator}, {@code fraction} (exact ratio text), {@code percent}
 *       ({@link Share#formatted()});</li>
 *   <li>{@link Reminder}: {@code city}, {@code cityName}, {@code month}, {@code status},
 *       {@code gap}, {@code monthsBehind}, {@code escalated}.</li>
 * </ul>
 * The static methods write one value each; the module registers them for their types through
 * {@link WriterSerializer}, and the report reuses them.
 */
final class ProgressReportSerializer extends StdSerializer<ProgressReport> {

    private static final long serialVersionUID = 1L;

    ProgressReportSerializer() {
        super(ProgressReport.class);
    }

    @Override
    public void serialize(ProgressReport value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        gen.writeStartObject();
        gen.writeNumberField("planYear", value.planYear());
        gen.writeStringField("month", value.month().toString());
        gen.writeStringField("planLabel", value.planLabel());
        gen.writeArrayFieldStart("cities");
        for (CityProgress line : value.cities()) {
            writeLine(line, gen);
        }
        gen.writeEndArray();
        gen.writeFieldName("province");
        writeLine(value.province(), gen);
        writeShares("channelShares", value.channelShares(), gen);
        writeShares("subsetShares", value.subsetShares(), gen);
        gen.writeObjectFieldStart("rejectedByReason");
        for (Map.Entry<String, Long> reason : value.rejectedByReason().entrySet()) {
            gen.writeNumberField(reason.getKey(), reason.getValue());
        }
        gen.writeEndObject();
        if (value.indicators().isPresent()) {
            gen.writeFieldName("indicators");
            IndicatorsSerializer.write(value.indicators().get(), gen);
        }
        gen.writeEndObject();
    }

    private static void writeShares(String field, List<Share> shares, JsonGenerator gen) throws IOException {
        gen.writeArrayFieldStart(field);
        for (Share share : shares) {
            writeShare(share, gen);
        }
        gen.writeEndArray();
    }

    static void writeLine(CityProgress line, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("city", line.division().code());
        gen.writeStringField("cityName", CityNames.zh(line.division()));
        gen.writeNumberField("target", line.target());
        gen.writeNumberField("achieved", line.achieved());
        gen.writeStringField("completion", line.completion().toString());
        gen.writeStringField("completionPercent", Percents.display(line.completion()));
        gen.writeStringField("expected", line.expected().toString());
        gen.writeStringField("expectedPercent", Percents.display(line.expected()));
        gen.writeNumberField("expectedCount", line.expectedCount());
        gen.writeNumberField("gap", line.gap());
        gen.writeStringField("status", line.status().name());
        gen.writeNumberField("monthsBehind", line.monthsBehind());
        gen.writeEndObject();
    }

    static void writeShare(Share share, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("name", share.name());
        gen.writeNumberField("count", share.count());
        gen.writeStringField("denominatorName", share.denominatorName());
        gen.writeNumberField("denominator", share.denominator());
        gen.writeStringField("fraction", share.fraction().toString());
        gen.writeStringField("percent", share.formatted());
        gen.writeEndObject();
    }

    static void writeReminder(Reminder reminder, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("city", reminder.city().code());
        gen.writeStringField("cityName", CityNames.zh(reminder.city()));
        gen.writeStringField("month", reminder.month().toString());
        gen.writeStringField("status", reminder.status().name());
        gen.writeNumberField("gap", reminder.gap());
        gen.writeNumberField("monthsBehind", reminder.monthsBehind());
        gen.writeBooleanField("escalated", reminder.escalated());
        gen.writeEndObject();
    }
}
