package org.jobassist.examples.jdbc;

import org.jobassist.api.spi.EvidenceRegistry;
import org.jobassist.testkit.spi.EvidenceRegistryContract;
import org.junit.jupiter.api.AfterEach;

/** The contract kit {@link EvidenceRegistryContract} on {@link JdbcRuralRevitalisationRegistry}, on H2 (subclassed for PostgreSQL). */
class JdbcRuralRevitalisationRegistryTest extends EvidenceRegistryContract {

    private final FreshDatabases databases = new FreshDatabases();

    /** The database this class runs on. */
    Backend backend() {
        return Backend.H2;
    }

    @Override
    protected EvidenceRegistry createRegistry() {
        return databases.open(backend()).ruralRevitalisation();
    }

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }
}
