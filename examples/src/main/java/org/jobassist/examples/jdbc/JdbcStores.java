package org.jobassist.examples.jdbc;

import java.nio.file.Path;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.spi.AuditSink;
import org.jobassist.api.spi.CivilAffairsRegistry;
import org.jobassist.api.spi.DisabledPersonsFederationRegistry;
import org.jobassist.api.spi.EntitlementLedger;
import org.jobassist.api.spi.HostRecordsRegistry;
import org.jobassist.api.spi.HouseholdStore;
import org.jobassist.api.spi.KinshipStore;
import org.jobassist.api.spi.NeedsProfileStore;
import org.jobassist.api.spi.OutcomeStore;
import org.jobassist.api.spi.PersonStore;
import org.jobassist.api.spi.RecognitionStore;
import org.jobassist.api.spi.RecruitmentEventStore;
import org.jobassist.api.spi.ReminderSink;
import org.jobassist.api.spi.ReferralStore;
import org.jobassist.api.spi.Registries;
import org.jobassist.api.spi.RuralRevitalisationRegistry;
import org.jobassist.api.spi.ServiceRecordStore;
import org.jobassist.api.spi.SocialInsuranceRegistry;
import org.jobassist.api.spi.StorageException;
import org.jobassist.api.spi.TargetPlanStore;
import org.jobassist.api.spi.VacancyStore;
import org.jobassist.api.spi.VeteransAffairsRegistry;
import org.jobassist.api.spi.ZeroEmploymentCaseStore;
import org.jobassist.api.subsidy.LedgerRules;

/**
 * The JDBC storage adapter: every SPI of {@link org.jobassist.api.spi} over one relational
 * database (H2 embedded, the default; or PostgreSQL), through plain JDBC. It is the host-side
 * reference that a city IT team copies and adapts (see {@code docs/storage.md}), and it
 * passes the whole contract kit of {@code org.jobassist.testkit.spi} on both databases.
 *
 * <p>{@link #open} applies the versioned SQL scripts of {@code db/migration/} that the
 * database has not seen (see {@code Migrator}), then hands out stores with the same names and
 * types as the static factories of {@code org.jobassist.impl.InMemoryStores}. Unlike those,
 * the stores here are views of one database: {@code people()} called twice gives two stores
 * over the same table, and data outlives this object (except in an H2 in-memory database,
 * which {@link #close()} drops).
 *
 * <p>The stores, by schema version: version 1 ({@code V1__storage.sql}) holds
 * {@link #households()}, {@link #kinship()}, {@link #zeroEmploymentCases()}, the registries of
 * {@link #registries()}, {@link #people()}, {@link #recognitions()}, {@link #ledger},
 * {@link #outcomes()} and {@link #targetPlans()}; version 2 ({@code V2__services.sql}) adds the
 * services stores {@link #needsProfiles()}, {@link #vacancies()}, {@link #recruitmentEvents()},
 * {@link #serviceRecords()} and {@link #referrals()}; version 3 ({@code V3__sinks.sql}) adds
 * the sinks {@link #auditSink()} and {@link #reminderSink()}, and the change feed that
 * {@code changedSince} of the person and recognition stores, the registries and the ledger
 * answer from (table {@code change_log}; one domain of positions per database).
 *
 * <p>Concurrency is the database's: transactions, unique keys, row locks and optimistic
 * versions, never Java locks, so several processes may share one database. Nothing personal
 * is logged; the personal-data columns are listed in the header comments of
 * {@code V1__storage.sql}, {@code V2__services.sql} and {@code V3__sinks.sql}.
 *
 * <p><b>Adding a store.</b> When a new SPI arrives: add a script {@code V<n+1>__<what>.sql}
 * with its tables (never edit an applied script: its checksum is checked) and its name to
 * {@link #MIGRATIONS}; write {@code Jdbc<Spi>} beside the others (a keyed whole-value store
 * can reuse {@code KeyedTable}); add a method here named like the {@code InMemoryStores}
 * factory; and run the SPI's contract kit against it in {@code Jdbc<Spi>Test} (H2) and its
 * subclass {@code Jdbc<Spi>PostgresTest} (PostgreSQL).
 *
 * <p>Thread-safe: the stores may be shared by any number of threads.
 */
public final class JdbcStores implements AutoCloseable {

    /** The migration scripts, in {@code db/migration/} on the class path; append, never edit. */
    static final List<String> MIGRATIONS = List.of("V1__storage.sql", "V2__services.sql", "V3__sinks.sql");

    private static final String H2_OPTIONS = ";LOCK_TIMEOUT=10000";

    private final Database db;
    private final boolean h2Memory;

    private JdbcStores(Database db, boolean h2Memory) {
        this.db = db;
        this.h2Memory = h2Memory;
    }

    /**
     * Opens the database at {@code jdbcUrl} and brings its schema up to date.
     *
     * @param jdbcUrl a JDBC URL, such as {@code jdbc:postgresql://127.0.0.1:5432/jobassist}
     * @param user the user, or null when the URL carries it
     * @param password the password, or null
     * @return the stores
     * @throws StorageException if the database cannot be reached, a script fails, or an applied
     *     script was changed
     * @throws NullPointerException if {@code jdbcUrl} is null
     */
    public static JdbcStores open(String jdbcUrl, String user, String password) {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Database db = new Database(jdbcUrl, user, password);
        try {
            Migrator.fromClassPath(MIGRATIONS).migrate(db);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
        return new JdbcStores(db, jdbcUrl.startsWith("jdbc:h2:mem:"));
    }

    /**
     * Opens (creating it if needed) an H2 database in memory, named so that several
     * {@code JdbcStores} of one JVM may share it; {@link #close()} drops it.
     *
     * @param name the database's name: letters, digits and underscores
     * @return the stores
     * @throws IllegalArgumentException if the name is not of that form
     * @throws StorageException if the database fails
     */
    public static JdbcStores h2InMemory(String name) {
        if (!Objects.requireNonNull(name, "name").matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("an H2 database name is letters, digits and underscores");
        }
        return open("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1" + H2_OPTIONS, "sa", "");
    }

    /**
     * Opens (creating it if needed) an H2 database in a file; H2 adds {@code .mv.db} to the
     * path.
     *
     * @param file the file, without H2's extension
     * @return the stores
     * @throws StorageException if the database fails
     */
    public static JdbcStores h2File(Path file) {
        Objects.requireNonNull(file, "file");
        return open("jdbc:h2:file:" + file.toAbsolutePath() + H2_OPTIONS, "sa", "");
    }

    /**
     * The store of household registers.
     *
     * @return the store
     */
    public HouseholdStore households() {
        return new JdbcHouseholdStore(db);
    }

    /**
     * The kinship store.
     *
     * @return the store
     */
    public KinshipStore kinship() {
        return new JdbcKinshipStore(db);
    }

    /**
     * The store of zero-employment family cases.
     *
     * @return the store
     */
    public ZeroEmploymentCaseStore zeroEmploymentCases() {
        return new JdbcZeroEmploymentCaseStore(db);
    }

    /**
     * The registries of every source, bundled as recognition reads them.
     *
     * @return the registries
     */
    public Registries registries() {
        return new Registries(civilAffairs(), disabledPersonsFederation(), ruralRevitalisation(), veteransAffairs(),
                hostRecords(), socialInsurance());
    }

    /**
     * The civil-affairs registry (民政).
     *
     * @return the registry
     */
    public CivilAffairsRegistry civilAffairs() {
        return new JdbcCivilAffairsRegistry(db);
    }

    /**
     * The disabled persons' federation registry (残联).
     *
     * @return the registry
     */
    public DisabledPersonsFederationRegistry disabledPersonsFederation() {
        return new JdbcDisabledPersonsFederationRegistry(db);
    }

    /**
     * The rural-revitalisation registry (乡村振兴).
     *
     * @return the registry
     */
    public RuralRevitalisationRegistry ruralRevitalisation() {
        return new JdbcRuralRevitalisationRegistry(db);
    }

    /**
     * The veterans'-affairs registry (退役军人事务).
     *
     * @return the registry
     */
    public VeteransAffairsRegistry veteransAffairs() {
        return new JdbcVeteransAffairsRegistry(db);
    }

    /**
     * The registry of the employment-service system's own records.
     *
     * @return the registry
     */
    public HostRecordsRegistry hostRecords() {
        return new JdbcHostRecordsRegistry(db);
    }

    /**
     * The social-insurance registry (社会保险) of contribution histories.
     *
     * @return the registry
     */
    public SocialInsuranceRegistry socialInsurance() {
        return new JdbcSocialInsuranceRegistry(db);
    }

    /**
     * The store of people's records.
     *
     * @return the store
     */
    public PersonStore people() {
        return new JdbcPersonStore(db);
    }

    /**
     * The store of recognition records, with optimistic versions.
     *
     * @return the store
     */
    public RecognitionStore recognitions() {
        return new JdbcRecognitionStore(db);
    }

    /**
     * The entitlement ledger (补贴发放台账), enforcing {@code rules}.
     *
     * @param rules the rules, such as {@code LedgerRules.of(PolicyPacks.liaoning(), city, date)}
     * @return the ledger
     * @throws NullPointerException if {@code rules} is null
     */
    public EntitlementLedger ledger(LedgerRules rules) {
        return new JdbcEntitlementLedger(db, rules);
    }

    /**
     * The store of employment outcomes.
     *
     * @return the store
     */
    public OutcomeStore outcomes() {
        return new JdbcOutcomeStore(db);
    }

    /**
     * The store of target plans.
     *
     * @return the store
     */
    public TargetPlanStore targetPlans() {
        return new JdbcTargetPlanStore(db);
    }

    /**
     * The store of needs profiles (需求画像), a dated history per person.
     *
     * @return the store
     */
    public NeedsProfileStore needsProfiles() {
        return new JdbcNeedsProfileStore(db);
    }

    /**
     * The store of vacancies (岗位).
     *
     * @return the store
     */
    public VacancyStore vacancies() {
        return new JdbcVacancyStore(db);
    }

    /**
     * The store of recruitment events (招聘活动).
     *
     * @return the store
     */
    public RecruitmentEventStore recruitmentEvents() {
        return new JdbcRecruitmentEventStore(db);
    }

    /**
     * The append-only store of service records (服务记录).
     *
     * @return the store
     */
    public ServiceRecordStore serviceRecords() {
        return new JdbcServiceRecordStore(db);
    }

    /**
     * The store of referrals (岗位推荐), with optimistic versions for their outcomes.
     *
     * @return the store
     */
    public ReferralStore referrals() {
        return new JdbcReferralStore(db);
    }

    /**
     * The audit trail of queries (查询审计), an {@link AuditSink} that commits each event
     * before it returns and throws when it cannot.
     *
     * @return the sink
     */
    public JdbcAuditSink auditSink() {
        return new JdbcAuditSink(db);
    }

    /**
     * The reminders to cities behind schedule (督促提醒), a {@link ReminderSink} that keeps a
     * reminder delivered twice once.
     *
     * @return the sink
     */
    public JdbcReminderSink reminderSink() {
        return new JdbcReminderSink(db);
    }

    /**
     * Closes the pooled connections; an H2 in-memory database is dropped. The stores handed
     * out fail afterwards with {@link IllegalStateException}.
     *
     * @throws StorageException if dropping an in-memory database fails
     */
    @Override
    public void close() {
        try {
            if (h2Memory) {
                db.read("shut down H2", c -> {
                    try (Statement s = c.createStatement()) {
                        s.execute("SHUTDOWN");
                    }
                    return null;
                });
            }
        } finally {
            db.close();
        }
    }

    @Override
    public String toString() {
        return "JdbcStores";
    }
}
