/**
 * The jobassist test kit: generators for property-based tests and SPI contract tests.
 */
module org.jobassist.testkit {
    requires transitive org.jobassist.api;
    requires transitive quicktheories;
    requires transitive org.junit.jupiter.api;
    requires static org.jspecify;

    exports org.jobassist.testkit;
    exports org.jobassist.testkit.assessment;
    exports org.jobassist.testkit.category;
    exports org.jobassist.testkit.crosscheck;
    exports org.jobassist.testkit.family;
    exports org.jobassist.testkit.identity;
    exports org.jobassist.testkit.law;
    exports org.jobassist.testkit.money;
    exports org.jobassist.testkit.person;
    exports org.jobassist.testkit.query;
    exports org.jobassist.testkit.region;
    exports org.jobassist.testkit.service;
    exports org.jobassist.testkit.spi;
    exports org.jobassist.testkit.subsidy;
    exports org.jobassist.testkit.time;
}
