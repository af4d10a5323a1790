package org.jobassist.examples.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.money.Money;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.EmploymentStatus;
import org.jobassist.api.service.Location;
import org.jobassist.api.service.NeedsProfile;
import org.jobassist.api.service.RecruitmentEvent;
import org.jobassist.api.service.RecruitmentEventKind;
import org.jobassist.api.service.Referral;
import org.jobassist.api.service.Skill;
import org.jobassist.api.service.StreetCode;
import org.jobassist.api.service.Willingness;
import org.jobassist.api.service.WorkConstraints;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.time.DateRange;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the services contract kits do not see: the upgrade from schema 1, every field stored, open-ended dates. */
class JdbcServicesTest {

    private static final DivisionCode HEPING = DivisionCode.of("210102");
    private static final DivisionCode SHENYANG = DivisionCode.of("210100");
    private static final LocalDate JAN_5 = LocalDate.of(2021, 1, 5);

    private final FreshDatabases databases = new FreshDatabases();

    @AfterEach
    void closeDatabases() {
        databases.closeAll();
    }

    @Test
    @DisplayName("a database at schema version 1 is brought to the current version on open, and the services stores work")
    void upgradeFromVersionOne(@TempDir Path dir) {
        Path file = dir.resolve("jobassist");
        Database db = new Database("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        try {
            assertEquals(1, Migrator.fromClassPath(List.of("V1__storage.sql")).migrate(db));
        } finally {
            db.close();
        }
        try (JdbcStores stores = JdbcStores.h2File(file)) {
            NeedsProfileStore profiles = stores.needsProfiles();
            assertEquals(new BatchResult(1, 0, 0), profiles.save(fullProfile()));
            assertEquals(fullProfile(), profiles.inForce(PersonId.of("p-1"), JAN_5).orElseThrow());
        }
        Database after = new Database("jdbc:h2:file:" + file.toAbsolutePath(), "sa", "");
        try {
            assertEquals(List.of("1:V1__storage.sql", "2:V2__services.sql", "3:V3__sinks.sql"), after.read("read versions", c -> {
                List<String> out = new ArrayList<>();
                try (Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT version, name FROM schema_version ORDER BY version")) {
                    while (rs.next()) {
                        out.add(rs.getInt(1) + ":" + rs.getString(2));
                    }
                }
                return out;
            }));
        } finally {
            after.close();
        }
    }

    private static NeedsProfile fullProfile() {
        return NeedsProfile.builder()
                .person(PersonId.of("p-1"))
                .recordedOn(JAN_5)
                .street(StreetCode.of(HEPING, 7))
                .home(Location.ofMicroDegrees(-41_800_000, -123_400_000))
                .status(EmploymentStatus.FLEXIBLY_EMPLOYED)
                .willingness(Willingness.JOB, Willingness.FLEXIBLE_WORK)
                .skills(List.of(Skill.of("welding"), Skill.of("home-care")))
                .certificates(List.of(Skill.of("welding")))
                .trainingWishes(List.of(Skill.of("e-commerce")))
                .constraints(new WorkConstraints(OptionalInt.of(6), OptionalInt.empty(), true, true))
                .preferredDistricts(List.of(HEPING, DivisionCode.of("210103")))
                .expectedMonthlyWage(Money.ofFen(250_050))
                .publicWelfarePostEligible(true)
                .build();
    }

    @Test
    @DisplayName("a profile with every field set, and one with none of the optional ones, read back equal")
    void everyField() {
        NeedsProfileStore store = databases.open(Backend.H2).needsProfiles();
        NeedsProfile bare = NeedsProfile.builder().person(PersonId.of("p-2")).recordedOn(JAN_5)
                .street(StreetCode.of(HEPING, 1)).home(Location.ofMicroDegrees(0, 0))
                .status(EmploymentStatus.UNEMPLOYED).willingness(Willingness.NONE).build();
        store.saveAll(List.of(fullProfile(), bare));
        assertEquals(List.of(fullProfile()), store.history(PersonId.of("p-1")));
        assertEquals(List.of(bare), store.history(PersonId.of("p-2")));
        List<NeedsProfile> inCity = new ArrayList<>();
        store.forEachInForce(SHENYANG, JAN_5, inCity::add);
        assertEquals(Set.of(fullProfile(), bare), Set.copyOf(inCity));
    }

    @Test
    @DisplayName("an open-ended event reads back open-ended and overlaps open-ended and later periods; vacancy ids keep their order")
    void openEndedEvent() {
        JdbcStores stores = databases.open(Backend.H2);
        RecruitmentEvent event = RecruitmentEvent.builder().id("e-1").kind(RecruitmentEventKind.ONLINE)
                .name("春风行动; 线上|专场").city(SHENYANG).dates(DateRange.startingOn(JAN_5))
                .vacancyIds(List.of("v-9", "v-1", "v;5")).build();
        stores.recruitmentEvents().saveAll(List.of(event));
        RecruitmentEvent read = stores.recruitmentEvents().find("e-1").orElseThrow();
        assertEquals(event, read);
        assertTrue(read.dates().isOpenEnded());
        assertEquals(List.of("v-9", "v-1", "v;5"), read.vacancyIds());
        assertEquals(List.of(event), stores.recruitmentEvents().during(SHENYANG, DateRange.startingOn(JAN_5.minusYears(1))));
        assertEquals(List.of(event), stores.recruitmentEvents().during(DivisionCode.of("210000"),
                DateRange.ofYear(2030)));
        assertEquals(List.of(), stores.recruitmentEvents().during(SHENYANG, DateRange.ofYear(2020)));
    }

    @Test
    @DisplayName("a referral saved with any version is stored as version 1; a refusal and its reason read back")
    void referralVersions() {
        JdbcStores stores = databases.open(Backend.H2);
        Referral r = Referral.builder().id("r-1").person(PersonId.of("p-1")).vacancyId("v-1").date(JAN_5)
                .providedBy("staff.01").version(5).build();
        stores.referrals().saveAll(List.of(r));
        Referral stored = stores.referrals().find("r-1").orElseThrow();
        assertEquals(1, stored.version());
        Referral refused = stores.referrals().update(stored.refused(JAN_5.plusDays(2), "too-far"), 1);
        assertEquals(2, refused.version());
        Referral read = stores.referrals().find("r-1").orElseThrow();
        assertEquals(refused, read);
        assertEquals("too-far", read.refusalReason().orElseThrow());
    }
}
