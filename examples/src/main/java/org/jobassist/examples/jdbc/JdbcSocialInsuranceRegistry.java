package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.ContributionHistory;
import org.jobassist.api.person.ContributionKind;
import org.jobassist.api.person.ContributionMonth;
import org.jobassist.api.spi.BatchResult;
import org.jobassist.api.spi.Changes;
import org.jobassist.api.spi.SocialInsuranceRegistry;

/**
 * {@link SocialInsuranceRegistry} over the table {@code contribution_history}: one row per
 * person, the months in one encoded column, so that a history is replaced whole by one
 * update and read whole by one query. Writes go through {@link KeyedTable}, and note the
 * people whose histories they change in the change feed ({@link #changedSince}).
 *
 * <p>Thread-safe.
 */
public final class JdbcSocialInsuranceRegistry implements SocialInsuranceRegistry {

    private final Database db;
    private final KeyedTable<ContributionHistory> table;

    JdbcSocialInsuranceRegistry(Database db) {
        this.db = db;
        this.table = new KeyedTable<>(db, "record contribution histories") {
            @Override
            String lockSql() {
                return "SELECT person, months FROM contribution_history WHERE person = ? FOR UPDATE";
            }

            @Override
            void bindKey(PreparedStatement p, ContributionHistory h) throws SQLException {
                p.setString(1, h.person().value());
            }

            @Override
            Sql.Decoder<ContributionHistory> decoder() {
                return JdbcSocialInsuranceRegistry::decode;
            }

            @Override
            String insertSql() {
                return "INSERT INTO contribution_history (months, person) VALUES (?, ?)";
            }

            @Override
            void bindInsert(PreparedStatement p, ContributionHistory h) throws SQLException {
                bind(p, h);
            }

            @Override
            String updateSql() {
                return "UPDATE contribution_history SET months = ? WHERE person = ?";
            }

            @Override
            void bindUpdate(PreparedStatement p, ContributionHistory h) throws SQLException {
                bind(p, h);
            }

            @Override
            Comparator<ContributionHistory> keyOrder() {
                return Comparator.comparing(h -> h.person().value());
            }

            @Override
            String feed() {
                return ChangeFeed.CONTRIBUTIONS;
            }

            @Override
            String changedKey(ContributionHistory item) {
                return item.person().value();
            }
        };
    }

    private static void bind(PreparedStatement p, ContributionHistory h) throws SQLException {
        List<String> months = new ArrayList<>();
        for (ContributionMonth m : h.months()) {
            months.add(Cells.fields(m.month().toString(), m.kind().name()));
        }
        p.setString(1, Cells.join(Cells.LIST, months));
        p.setString(2, h.person().value());
    }

    @Override
    public Optional<ContributionHistory> history(PersonId person) {
        Objects.requireNonNull(person, "person");
        return Optional.ofNullable(db.read("read a contribution history", c -> Sql.first(c,
                "SELECT person, months FROM contribution_history WHERE person = ?",
                p -> p.setString(1, person.value()), JdbcSocialInsuranceRegistry::decode)));
    }

    @Override
    public int monthsWithoutEmployerContribution(PersonId person, LocalDate asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return history(person).map(h -> h.monthsWithoutEmployerContribution(asOf)).orElse(ContributionHistory.NEVER);
    }

    @Override
    public boolean isEmployedIn(PersonId person, YearMonth month) {
        Objects.requireNonNull(month, "month");
        return history(person).map(h -> h.isEmployedIn(month)).orElse(false);
    }

    @Override
    public void record(ContributionHistory history) {
        Objects.requireNonNull(history, "history");
        table.write(List.of(history), List.of(""));
    }

    @Override
    public BatchResult recordAll(List<ContributionHistory> histories) {
        Objects.requireNonNull(histories, "histories");
        List<ContributionHistory> items = new ArrayList<>(histories);
        List<Violation> faults = KeyedTable.checkBatch(items, "histories", ContributionHistory::person, ".person");
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        return table.write(items, KeyedTable.paths("histories", items.size()));
    }

    @Override
    public long count() {
        return Sql.count(db, "contribution_history");
    }

    /**
     * {@inheritDoc}
     *
     * <p>From the database's change feed (table {@code change_log}): the people whose
     * histories a write inserted or replaced. Positions are those of every store of this
     * database; see {@code ChangeFeed}.
     */
    @Override
    public Changes<PersonId> changedSince(long sequence) {
        return ChangeFeed.since(db, ChangeFeed.CONTRIBUTIONS, sequence, PersonId::of);
    }

    private static ContributionHistory decode(ResultSet rs) throws SQLException {
        List<ContributionMonth> months = new ArrayList<>();
        for (String m : Cells.split(Cells.LIST, rs.getString("months"))) {
            String[] f = Cells.fields(m, 2);
            months.add(ContributionMonth.of(YearMonth.parse(f[0]), ContributionKind.valueOf(f[1])));
        }
        return ContributionHistory.of(PersonId.of(rs.getString("person")), months);
    }

    @Override
    public String toString() {
        return "JdbcSocialInsuranceRegistry";
    }
}
