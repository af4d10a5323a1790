package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;
import org.jobassist.api.assessment.ProgressStatus;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.query.AccessScope;
import org.jobassist.api.query.AuditEvent;
import org.jobassist.api.query.Caller;
import org.jobassist.api.query.QueryKind;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.Changes;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database at schema version 2 brought to version 3: data kept, sinks and the change feed working. */
class JdbcSinksUpgradeTest {

    @Test
    @DisplayName("version 2 to 3: the data stays, the feed starts empty, later writes are noted, the sinks work")
    void upgradeFromVersionTwo(@TempDir Path dir) {
        Path file = dir.resolve("jobassist");
        PersonRecord old = JdbcChangeFeedTest.person("old", 20);
        Database db = new Database("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        try {
            assertEquals(2, Migrator.fromClassPath(List.of("V1__storage.sql", "V2__services.sql")).migrate(db));
            // Written by a version-2 adapter: no change-feed row.
            db.inTransaction("write as version 2", c -> {
                try (var p = c.prepareStatement("INSERT INTO person (id_number, retirement_class, residence, "
                        + "household, registrations, referrals, id) VALUES (?, 'MALE_60', '210102', NULL, '', '', ?)")) {
                    p.setString(1, old.idNumber().value());
                    p.setString(2, old.id().value());
                    p.executeUpdate();
                }
                return null;
            });
        } finally {
            db.close();
        }
        try (JdbcStores stores = JdbcStores.h2File(file)) {
            assertEquals(old, stores.people().find(old.id()).orElseThrow());
            Changes<PersonId> start = stores.people().changedSince(0);
            assertEquals(Set.of(), start.keys());
            PersonRecord fresh = JdbcChangeFeedTest.person("new", 21);
            stores.people().save(fresh);
            assertEquals(Set.of(fresh.id()), stores.people().changedSince(start.sequence()).keys());

            JdbcAuditSink audit = stores.auditSink();
            audit.record(AuditEvent.of(Caller.of("u-1", AccessScope.province()), Instant.parse("2021-11-09T08:00:00Z"),
                    old.idNumber(), QueryKind.ENJOYED_POLICIES, 0, 0));
            assertEquals(1, audit.count());
            Reminder r = new Reminder(DivisionCode.parse("210300"), YearMonth.of(2021, 6), ProgressStatus.BEHIND, -3, 1,
                    false);
            stores.reminderSink().remind(r);
            assertEquals(List.of(r), stores.reminderSink().reminders(YearMonth.of(2021, 6)));
        }
    }
}
