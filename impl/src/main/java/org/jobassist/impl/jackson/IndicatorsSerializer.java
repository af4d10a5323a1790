package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;
import org.jobassist.api.assessment.Indicators;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.subsidy.LedgerTotal;
import org.jobassist.impl.internal.assessment.render.CityNames;
import org.jobassist.impl.internal.assessment.render.Percents;

/**
 * Writes {@link Indicators}: {@code province}, then {@code clearing} ({@code asOf},
 * {@code cities}, {@code province}, {@code notYetIdentified}; a line holds {@code city},
 * {@code cityName}, the four counts, {@code total} and, when a case was cleared,
 * {@code onTimeRate} as an exact ratio and {@code onTimePercent} for display) and
 * {@code subsidies} ({@code period}, {@code cities}, {@code province}; a line holds
 * {@code kind}, {@code city}, {@code payees}, {@code persons}, {@code entries} and
 * {@code amount}), then, when attached, {@code campaign}: the Employment Assistance Month's
 * totals as {@link org.jobassist.api.service.match.CampaignTotals} are written on their own.
 * Serialisation only.
 */
final class IndicatorsSerializer extends StdSerializer<Indicators> {

    private static final long serialVersionUID = 1L;

    IndicatorsSerializer() {
        super(Indicators.class);
    }

    @Override
    public void serialize(Indicators value, JsonGenerator gen, SerializerProvider provider) throws IOException {
        write(value, gen);
    }

    /** Also used inside a progress report, which holds optional indicators. */
    static void write(Indicators value, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("province", value.province().code());
        gen.writeObjectFieldStart("clearing");
        gen.writeStringField("asOf", value.clearingAsOf().toString());
        gen.writeArrayFieldStart("cities");
        for (Indicators.Clearing line : value.clearingByCity()) {
            writeClearing(line, gen);
        }
        gen.writeEndArray();
        gen.writeFieldName("province");
        writeClearing(value.clearingProvince(), gen);
        gen.writeNumberField("notYetIdentified", value.notYetIdentified());
        gen.writeEndObject();
        gen.writeObjectFieldStart("subsidies");
        gen.writeStringField("period", value.subsidyPeriod().toString());
        gen.writeArrayFieldStart("cities");
        for (LedgerTotal total : value.subsidiesByCity()) {
            writeTotal(total, gen);
        }
        gen.writeEndArray();
        gen.writeArrayFieldStart("province");
        for (LedgerTotal total : value.subsidiesProvince()) {
            writeTotal(total, gen);
        }
        gen.writeEndArray();
        gen.writeEndObject();
        if (value.campaign().isPresent()) {
            gen.writeFieldName("campaign");
            MatchWriters.totals(value.campaign().get(), gen);
        }
        gen.writeEndObject();
    }

    private static void writeClearing(Indicators.Clearing line, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("city", line.city().code());
        gen.writeStringField("cityName", CityNames.zh(line.city()));
        gen.writeNumberField("open", line.open());
        gen.writeNumberField("overdue", line.overdue());
        gen.writeNumberField("clearedOnTime", line.clearedOnTime());
        gen.writeNumberField("clearedLate", line.clearedLate());
        gen.writeNumberField("total", line.total());
        Optional<Ratio> rate = line.onTimeRate();
        if (rate.isPresent()) {
            gen.writeStringField("onTimeRate", rate.get().toString());
            gen.writeStringField("onTimePercent", Percents.display(rate.get()));
        }
        gen.writeEndObject();
    }

    private static void writeTotal(LedgerTotal total, JsonGenerator gen) throws IOException {
        gen.writeStartObject();
        gen.writeStringField("kind", total.kind().code());
        gen.writeStringField("city", total.city().code());
        gen.writeStringField("cityName", CityNames.zh(total.city()));
        gen.writeNumberField("payees", total.payees());
        gen.writeNumberField("persons", total.persons());
        gen.writeNumberField("entries", total.entries());
        gen.writeStringField("amount", total.amount().toString());
        gen.writeEndObject();
    }
}
