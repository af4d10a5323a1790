package org.jobassist.examples.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.assessment.CategorySubset;
import org.jobassist.api.assessment.CountRule;
import org.jobassist.api.assessment.ScheduleCurve;
import org.jobassist.api.assessment.ShareBase;
import org.jobassist.api.assessment.TargetPlan;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.TargetPlanStore;

/**
 * {@link TargetPlanStore} over the table {@code target_plan}, one row per province and year;
 * the city targets, curve and subsets in encoded columns. A save reads the row
 * {@code FOR UPDATE}, compares and writes in one transaction, so its answer ("changed or
 * not") is exact under concurrent writers.
 *
 * <p>Thread-safe.
 */
public final class JdbcTargetPlanStore implements TargetPlanStore {

    static final String COLUMNS = "province, plan_year, province_target, city_targets, curve, count_rule, tolerance, "
            + "escalate_after, label, share_base, subsets";
    private static final String LINEAR = "linear";

    private final Database db;

    JdbcTargetPlanStore(Database db) {
        this.db = db;
    }

    @Override
    public boolean save(TargetPlan plan) {
        Objects.requireNonNull(plan, "plan");
        return db.inTransaction("save target plan", c -> {
            TargetPlan stored = Sql.first(c, "SELECT " + COLUMNS + " FROM target_plan WHERE province = ? "
                    + "AND plan_year = ? FOR UPDATE", p -> {
                        p.setString(1, plan.province().code());
                        p.setInt(2, plan.year());
                    }, JdbcTargetPlanStore::decode);
            if (plan.equals(stored)) {
                return false;
            }
            try (PreparedStatement p = c.prepareStatement(stored == null
                    ? "INSERT INTO target_plan (province_target, city_targets, curve, count_rule, tolerance, "
                            + "escalate_after, label, share_base, subsets, province, plan_year) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                    : "UPDATE target_plan SET province_target = ?, city_targets = ?, curve = ?, count_rule = ?, "
                            + "tolerance = ?, escalate_after = ?, label = ?, share_base = ?, subsets = ? "
                            + "WHERE province = ? AND plan_year = ?")) {
                bind(p, plan);
                p.executeUpdate();
            }
            return true;
        });
    }

    private static void bind(PreparedStatement p, TargetPlan plan) throws SQLException {
        p.setInt(1, plan.provinceTarget());
        List<String> targets = new ArrayList<>();
        for (Map.Entry<DivisionCode, Integer> e : plan.cityTargets().entrySet()) {
            targets.add(Cells.fields(e.getKey().code(), e.getValue().toString()));
        }
        p.setString(2, Cells.join(Cells.LIST, targets));
        List<String> fractions = new ArrayList<>();
        plan.curve().fractions().forEach(r -> fractions.add(r.toString()));
        p.setString(3, plan.curve().isLinear() ? LINEAR : Cells.join(Cells.LIST, fractions));
        p.setString(4, plan.countRule().name());
        p.setString(5, plan.tolerance().toString());
        p.setInt(6, plan.escalateAfterMonths());
        p.setString(7, plan.label());
        p.setString(8, plan.channelShareBase().name());
        List<String> subsets = new ArrayList<>();
        for (CategorySubset s : plan.subsets()) {
            subsets.add(Cells.fields(s.name(), s.base().name(), Cells.join(Cells.INNER, s.categoryCodes())));
        }
        p.setString(9, Cells.join(Cells.LIST, subsets));
        p.setString(10, plan.province().code());
        p.setInt(11, plan.year());
    }

    @Override
    public Optional<TargetPlan> find(DivisionCode province, int year) {
        Objects.requireNonNull(province, "province");
        return Optional.ofNullable(db.read("find target plan", c -> Sql.first(c,
                "SELECT " + COLUMNS + " FROM target_plan WHERE province = ? AND plan_year = ?", p -> {
                    p.setString(1, province.code());
                    p.setInt(2, year);
                }, JdbcTargetPlanStore::decode)));
    }

    @Override
    public List<TargetPlan> findAll() {
        List<TargetPlan> all = db.read("read target plans", c -> Sql.list(c, "SELECT " + COLUMNS + " FROM target_plan",
                p -> { }, JdbcTargetPlanStore::decode));
        all.sort(Comparator.comparing(TargetPlan::province).thenComparingInt(TargetPlan::year));
        return List.copyOf(all);
    }

    private static TargetPlan decode(ResultSet rs) throws SQLException {
        TargetPlan.Builder b = TargetPlan.builder(rs.getInt("plan_year"))
                .province(DivisionCode.parse(rs.getString("province")))
                .provinceTarget(rs.getInt("province_target"))
                .countRule(CountRule.valueOf(rs.getString("count_rule")))
                .tolerance(Ratio.parse(rs.getString("tolerance")))
                .escalateAfterMonths(rs.getInt("escalate_after"))
                .label(rs.getString("label"))
                .channelShareBase(ShareBase.valueOf(rs.getString("share_base")));
        for (String t : Cells.split(Cells.LIST, rs.getString("city_targets"))) {
            String[] f = Cells.fields(t, 2);
            b.cityTarget(DivisionCode.parse(f[0]), Integer.parseInt(f[1]));
        }
        String curve = rs.getString("curve");
        if (LINEAR.equals(curve)) {
            b.curve(ScheduleCurve.linear());
        } else {
            List<Ratio> fractions = new ArrayList<>();
            Cells.split(Cells.LIST, curve).forEach(r -> fractions.add(Ratio.parse(r)));
            b.curve(ScheduleCurve.of(fractions));
        }
        for (String s : Cells.split(Cells.LIST, rs.getString("subsets"))) {
            String[] f = Cells.fields(s, 3);
            b.subset(new CategorySubset(f[0], new java.util.TreeSet<>(Cells.split(Cells.INNER, f[2])),
                    ShareBase.valueOf(f[1])));
        }
        return b.build();
    }

    @Override
    public String toString() {
        return "JdbcTargetPlanStore";
    }
}
