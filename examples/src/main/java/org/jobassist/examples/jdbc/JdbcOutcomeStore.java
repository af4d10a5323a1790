package org.jobassist.examples.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.assessment.OutcomeTally;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.OutcomeStore;

/**
 * {@link OutcomeStore} over the tables {@code outcome} (primary key: the host's outcome id),
 * {@code outcome_person_year} (primary key: person and year, one row per person counted in a
 * year) and {@code outcome_rejection}.
 *
 * <p>A batch answers a status per outcome in list order, and two batches must behave as if
 * run one after the other; two batches inserting overlapping ids in different orders would
 * otherwise wait on each other's uncommitted rows in a cycle. So a batch first locks the row
 * {@code store_lock('outcomes')} and then decides each outcome against the rows its own
 * transaction sees; the primary keys stay as the guard that no id is stored twice and no
 * person is counted twice in a year.
 *
 * <p>A tally is one query of the year's outcomes, counted in Java.
 *
 * <p>Thread-safe.
 */
public final class JdbcOutcomeStore implements OutcomeStore {

    static final String COLUMNS = "id, person, city, outcome_date, channel, categories";

    private final Database db;

    JdbcOutcomeStore(Database db) {
        this.db = db;
    }

    @Override
    public List<WriteStatus> recordAll(List<EmploymentOutcome> outcomes, CountRule rule) {
        Objects.requireNonNull(outcomes, "outcomes");
        Objects.requireNonNull(rule, "rule");
        List<EmploymentOutcome> items = new ArrayList<>(outcomes);
        List<Violation> nulls = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                nulls.add(new Violation("outcomes[" + i + "]", "store.null-item", "a batch holds no null outcome"));
            }
        }
        if (!nulls.isEmpty()) {
            throw new InvalidInputException(nulls);
        }
        if (items.isEmpty()) {
            return List.of();
        }
        return db.inTransaction("record outcomes", c -> {
            Sql.first(c, "SELECT counter FROM store_lock WHERE name = 'outcomes' FOR UPDATE", p -> { },
                    rs -> rs.getLong(1));
            List<WriteStatus> statuses = new ArrayList<>(items.size());
            for (EmploymentOutcome o : items) {
                statuses.add(recordOne(c, o, rule));
            }
            return Collections.unmodifiableList(statuses);
        });
    }

    private static WriteStatus recordOne(Connection c, EmploymentOutcome o, CountRule rule) throws SQLException {
        EmploymentOutcome stored = Sql.first(c, "SELECT " + COLUMNS + " FROM outcome WHERE id = ?",
                p -> p.setString(1, o.id()), JdbcOutcomeStore::decode);
        if (stored != null) {
            return stored.equals(o) ? WriteStatus.ALREADY_STORED : WriteStatus.ID_CONFLICT;
        }
        int year = o.date().getYear();
        boolean counted = Sql.first(c, "SELECT 1 FROM outcome_person_year WHERE person = ? AND outcome_year = ?",
                p -> {
                    p.setString(1, o.person().value());
                    p.setInt(2, year);
                }, rs -> 1) != null;
        if (counted && rule == CountRule.ONCE_PER_PERSON_PER_YEAR) {
            return WriteStatus.PERSON_ALREADY_COUNTED;
        }
        try (PreparedStatement p = c.prepareStatement("INSERT INTO outcome (id, person, city, outcome_date, "
                + "outcome_year, channel, categories) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            p.setString(1, o.id());
            p.setString(2, o.person().value());
            p.setString(3, o.city().code());
            Sql.setDate(p, 4, o.date());
            p.setInt(5, year);
            p.setString(6, o.channel().name());
            p.setString(7, Cells.join(Cells.LIST, new java.util.TreeSet<>(o.categories())));
            p.executeUpdate();
        }
        if (!counted) {
            try (PreparedStatement p = c.prepareStatement(
                    "INSERT INTO outcome_person_year (person, outcome_year) VALUES (?, ?)")) {
                p.setString(1, o.person().value());
                p.setInt(2, year);
                p.executeUpdate();
            }
        }
        return WriteStatus.STORED;
    }

    @Override
    public Optional<EmploymentOutcome> find(String id) {
        Objects.requireNonNull(id, "id");
        return Optional.ofNullable(db.read("find outcome", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM outcome WHERE id = ?", p -> p.setString(1, id),
                JdbcOutcomeStore::decode)));
    }

    @Override
    public long size() {
        return Sql.count(db, "outcome");
    }

    @Override
    public OutcomeTally tally(int year, List<DivisionCode> cities, List<CategorySubset> subsets) {
        Objects.requireNonNull(cities, "cities");
        Objects.requireNonNull(subsets, "subsets");
        cities.forEach(c -> Objects.requireNonNull(c, "city"));
        subsets.forEach(s -> Objects.requireNonNull(s, "subset"));
        Map<DivisionCode, Integer> index = new HashMap<>();
        for (int i = 0; i < cities.size(); i++) {
            index.putIfAbsent(cities.get(i), i);
        }
        List<EmploymentOutcome> rows = db.read("tally outcomes", c -> Sql.list(c,
                "SELECT " + COLUMNS + " FROM outcome WHERE outcome_year = ?", p -> p.setInt(1, year),
                JdbcOutcomeStore::decode));
        int channels = Channel.values().length;
        int[] counts = new int[12 * cities.size() * channels];
        int[] subsetCounts = new int[subsets.size() * 12 * cities.size()];
        for (EmploymentOutcome o : rows) {
            Integer city = index.get(o.city());
            if (city == null) {
                continue;
            }
            int m = o.date().getMonthValue() - 1;
            counts[(m * cities.size() + city) * channels + o.channel().ordinal()]++;
            for (int s = 0; s < subsets.size(); s++) {
                if (!Collections.disjoint(subsets.get(s).categoryCodes(), o.categories())) {
                    subsetCounts[(s * 12 + m) * cities.size() + city]++;
                }
            }
        }
        OutcomeTally.Builder builder = OutcomeTally.builder(year, cities, subsets);
        for (int m = 0; m < 12; m++) {
            for (int c = 0; c < cities.size(); c++) {
                for (Channel ch : Channel.values()) {
                    int n = counts[(m * cities.size() + c) * channels + ch.ordinal()];
                    if (n != 0) {
                        builder.add(m + 1, c, ch, n);
                    }
                }
                for (int s = 0; s < subsets.size(); s++) {
                    int n = subsetCounts[(s * 12 + m) * cities.size() + c];
                    if (n != 0) {
                        builder.addSubset(s, m + 1, c, n);
                    }
                }
            }
        }
        return builder.build();
    }

    @Override
    public void addRejections(int year, Map<String, Integer> countsByReason) {
        Objects.requireNonNull(countsByReason, "countsByReason");
        List<Violation> faults = new ArrayList<>();
        Map<String, Integer> sorted = new TreeMap<>();
        countsByReason.forEach((code, n) -> {
            Objects.requireNonNull(code, "code");
            if (Objects.requireNonNull(n, "count") < 0) {
                faults.add(new Violation("countsByReason[" + code + "]", "store.negative-count",
                        "a count of rejections is not negative"));
            } else if (n > 0) {
                sorted.put(code, n);
            }
        });
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
        if (sorted.isEmpty()) {
            return;
        }
        db.inTransaction("add rejections", c -> {
            for (Map.Entry<String, Integer> e : sorted.entrySet()) {
                Long stored = Sql.first(c, "SELECT rejected FROM outcome_rejection WHERE outcome_year = ? "
                        + "AND reason = ? FOR UPDATE", p -> {
                            p.setInt(1, year);
                            p.setString(2, e.getKey());
                        }, rs -> rs.getLong(1));
                try (PreparedStatement p = c.prepareStatement(stored == null
                        ? "INSERT INTO outcome_rejection (rejected, outcome_year, reason) VALUES (?, ?, ?)"
                        : "UPDATE outcome_rejection SET rejected = ? WHERE outcome_year = ? AND reason = ?")) {
                    p.setLong(1, (stored == null ? 0 : stored) + e.getValue());
                    p.setInt(2, year);
                    p.setString(3, e.getKey());
                    p.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public Map<String, Long> rejections(int year) {
        Map<String, Long> out = new TreeMap<>();
        db.read("read rejections", c -> Sql.list(c, "SELECT reason, rejected FROM outcome_rejection "
                + "WHERE outcome_year = ?", p -> p.setInt(1, year), rs -> out.put(rs.getString(1), rs.getLong(2))));
        return Collections.unmodifiableMap(out);
    }

    private static EmploymentOutcome decode(ResultSet rs) throws SQLException {
        return EmploymentOutcome.builder()
                .id(rs.getString("id"))
                .person(PersonId.of(rs.getString("person")))
                .city(DivisionCode.parse(rs.getString("city")))
                .date(Sql.date(rs, "outcome_date"))
                .channel(Channel.valueOf(rs.getString("channel")))
                .categories(new java.util.HashSet<>(Cells.split(Cells.LIST, rs.getString("categories"))))
                .build();
    }

    @Override
    public String toString() {
        return "JdbcOutcomeStore";
    }
}
