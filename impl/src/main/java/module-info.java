/**
 * The jobassist implementation: engines, the default Liaoning policy pack, in-memory SPI
 * implementations, the Jackson module and the {@code JobAssist} builder.
 */
module org.jobassist.impl {
    requires transitive org.jobassist.api;
    requires transitive com.fasterxml.jackson.databind;
    requires org.slf4j;
    requires static org.jspecify;

    exports org.jobassist.impl;
    exports org.jobassist.impl.jackson;

    provides com.fasterxml.jackson.databind.Module
            with org.jobassist.impl.jackson.JobAssistModule;
}
