package org.jobassist.impl.jackson;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.Module;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidDefinitionException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ServiceLoader;
import java.util.stream.Collectors;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** Registration: discovery by ServiceLoader, identity, and living next to a java.time module. */
class JobAssistModuleTest {

    record Payment(YearMonth month, Money amount, DivisionCode region) {}

    @Test
    void serviceLoaderFindsTheModule() {
        assertTrue(ServiceLoader.load(Module.class).stream()
                .anyMatch(provider -> provider.type() == JobAssistModule.class));
    }

    @Test
    void findAndRegisterModulesPicksItUp() throws IOException {
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        assertTrue(mapper.getRegisteredModuleIds().contains(new JobAssistModule().getTypeId()),
                mapper.getRegisteredModuleIds().toString());
        assertEquals("\"1234.50\"", mapper.writeValueAsString(Money.ofFen(123450)));
        assertEquals(DivisionCode.of("210115"), mapper.readValue("\"210115\"", DivisionCode.class));
    }

    @Test
    void nameAndVersion() {
        JobAssistModule module = new JobAssistModule();
        assertEquals("JobAssistModule", module.getModuleName());
        assertEquals("JobAssistModule", module.getTypeId());
        Version version = module.version();
        assertEquals("org.jobassist", version.getGroupId());
        assertEquals("jobassist-impl", version.getArtifactId());
        assertEquals("0.1.0-SNAPSHOT", version.toString());
    }

    @Test
    void registeringTwiceIsHarmless() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JobAssistModule()).registerModule(new JobAssistModule());
        assertEquals(1, mapper.getRegisteredModuleIds().stream()
                .filter(new JobAssistModule().getTypeId()::equals).count());
        assertEquals("\"0.01\"", mapper.writeValueAsString(Money.ofFen(1)));
    }

    @Test
    void registersNoJavaTimeSerializer() {
        // Without a java.time module Jackson refuses LocalDate: so this module claimed none.
        ObjectMapper mapper = new ObjectMapper().registerModule(new JobAssistModule());
        assertThrows(InvalidDefinitionException.class, () -> mapper.writeValueAsString(LocalDate.of(2021, 1, 1)));
        assertThrows(InvalidDefinitionException.class, () -> mapper.writeValueAsString(YearMonth.of(2021, 1)));
    }

    @Test
    void legalBasisDatesDoNotNeedAJavaTimeModule() throws IOException {
        ObjectMapper mapper = new ObjectMapper().registerModule(new JobAssistModule());
        LegalBasis basis = LegalBasis.of("X", "甲", "A", LocalDate.of(2021, 1, 1));
        assertTrue(mapper.writeValueAsString(basis).contains("\"effectiveDate\":\"2021-01-01\""));
    }

    @Test
    void worksNextToAModuleThatOwnsJavaTime() throws IOException {
        // A stand-in for jackson-datatype-jsr310, registered before and after ours: each keeps its types.
        for (boolean oursFirst : new boolean[] {true, false}) {
            ObjectMapper mapper = new ObjectMapper();
            if (oursFirst) {
                mapper.registerModule(new JobAssistModule()).registerModule(yearMonthModule());
            } else {
                mapper.registerModule(yearMonthModule()).registerModule(new JobAssistModule());
            }
            Payment payment = new Payment(YearMonth.of(2021, 11), Money.ofYuan(1910), DivisionCode.of("210115"));
            assertEquals("{\"month\":\"2021/11\",\"amount\":\"1910.00\",\"region\":\"210115\"}",
                    mapper.writeValueAsString(payment));
        }
    }

    @Test
    void worksNextToJsr310() throws Exception {
        // jackson-datatype-jsr310 is a test dependency only: hosts usually have it, and both
        // modules must be found by findAndRegisterModules() and keep their own types.
        ObjectMapper mapper = new ObjectMapper().findAndRegisterModules();
        String ids = mapper.getRegisteredModuleIds().stream().map(Object::toString).collect(Collectors.joining(","));
        assertTrue(ids.contains(new JobAssistModule().getTypeId().toString()), ids);
        assertTrue(ids.contains(new com.fasterxml.jackson.datatype.jsr310.JavaTimeModule().getTypeId().toString()), ids);
        Payment payment = new Payment(YearMonth.of(2021, 11), Money.ofYuan(1910), DivisionCode.of("210115"));
        String json = mapper.writeValueAsString(payment);
        assertTrue(json.contains("\"amount\":\"1910.00\""), json);
        assertEquals(payment, mapper.readValue(json, Payment.class));
    }

    private static Module yearMonthModule() {
        SimpleModule module = new SimpleModule("StandInJavaTime");
        module.addSerializer(YearMonth.class, new StdSerializer<YearMonth>(YearMonth.class) {
            private static final long serialVersionUID = 1L;

            @Override
            public void serialize(YearMonth value, JsonGenerator gen, SerializerProvider provider) throws IOException {
                gen.writeString(value.getYear() + "/" + value.getMonthValue());
            }
        });
        return module;
    }
}
