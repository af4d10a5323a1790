/**
 * The jobassist test kit: generators for property-based tests and SPI contract tests.
 */
module org.jobassist.testkit {
    requires transitive org.jobassist.api;
    requires transitive quicktheories;
    requires transitive org.junit.jupiter.api;
    requires static org.jspecify;

    exports org.jobassist.testkit;
}
