/**
 * The jobassist API: domain model, value types, Bean Validation constraints, service and SPI
 * interfaces. It depends on the Jakarta Validation API only.
 */
// The implementation module is not on the path when this one is compiled (qualified export below).
@SuppressWarnings("module")
module org.jobassist.api {
    requires transitive jakarta.validation;
    requires static org.jspecify;

    exports org.jobassist.api.assessment;
    exports org.jobassist.api.category;
    exports org.jobassist.api.constraints;
    exports org.jobassist.api.crosscheck;
    exports org.jobassist.api.error;
    exports org.jobassist.api.family;
    exports org.jobassist.api.identity;
    // Not API: shared with the implementation only.
    exports org.jobassist.api.internal to org.jobassist.impl;
    exports org.jobassist.api.law;
    exports org.jobassist.api.money;
    exports org.jobassist.api.person;
    exports org.jobassist.api.policy;
    exports org.jobassist.api.query;
    exports org.jobassist.api.region;
    exports org.jobassist.api.service;
    exports org.jobassist.api.service.match;
    exports org.jobassist.api.spi;
    exports org.jobassist.api.subsidy;
    exports org.jobassist.api.time;
}
