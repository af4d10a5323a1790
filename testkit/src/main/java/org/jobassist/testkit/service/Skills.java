package org.jobassist.testkit.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jobassist.api.service.Skill;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;

/**
 * A realistic list of 60 skills and trades asked for by employers and held by job seekers in
 * north-east China, each with its stable code and its Chinese and English names: building
 * trades, manufacturing, services, care, logistics, agriculture, office work. The codes are
 * what {@link Skill} holds; the names are for display and examples.
 *
 * <p>Immutable and thread-safe.
 */
public final class Skills {

    /**
     * One entry of the list.
     *
     * @param skill the skill
     * @param nameZh the Chinese name
     * @param nameEn the English name
     */
    public record Entry(Skill skill, String nameZh, String nameEn) {

        /**
         * Checks the entry.
         *
         * @throws NullPointerException if a field is null
         */
        public Entry {
            Objects.requireNonNull(skill, "skill");
            Objects.requireNonNull(nameZh, "nameZh");
            Objects.requireNonNull(nameEn, "nameEn");
        }
    }

    private static final List<Entry> ALL = List.of(
            e("welding", "焊工", "welding"),
            e("electrician", "电工", "electrician"),
            e("plumbing", "管道工", "plumbing"),
            e("bricklaying", "砌筑工", "bricklaying"),
            e("carpentry", "木工", "carpentry"),
            e("steel-fixing", "钢筋工", "steel fixing"),
            e("concrete-work", "混凝土工", "concrete work"),
            e("plastering", "抹灰工", "plastering"),
            e("painting-decorating", "油漆工", "painting and decorating"),
            e("tiling", "瓷砖镶贴工", "tiling"),
            e("scaffolding", "架子工", "scaffolding"),
            e("crane-operation", "起重机司机", "crane operation"),
            e("forklift-operation", "叉车司机", "forklift operation"),
            e("excavator-operation", "挖掘机司机", "excavator operation"),
            e("lathe-operation", "车工", "lathe operation"),
            e("milling", "铣工", "milling"),
            e("fitting", "钳工", "fitting"),
            e("cnc-machining", "数控机床操作", "CNC machining"),
            e("assembly-line", "装配工", "assembly-line work"),
            e("quality-inspection", "质检员", "quality inspection"),
            e("sewing", "缝纫工", "sewing"),
            e("garment-making", "服装制作", "garment making"),
            e("food-processing", "食品加工", "food processing"),
            e("chinese-cooking", "中式烹调师", "Chinese cooking"),
            e("pastry-making", "中式面点师", "pastry making"),
            e("kitchen-helping", "厨房帮工", "kitchen helping"),
            e("waiting-tables", "餐厅服务员", "waiting tables"),
            e("housekeeping", "家政服务员", "housekeeping"),
            e("home-care", "养老护理员", "home care for the elderly"),
            e("childcare", "育婴员", "childcare"),
            e("maternity-care", "母婴护理", "maternity care"),
            e("nursing-assistance", "护理员", "nursing assistance"),
            e("massage", "保健按摩师", "massage"),
            e("hairdressing", "美发师", "hairdressing"),
            e("beauty-care", "美容师", "beauty care"),
            e("cleaning", "保洁员", "cleaning"),
            e("security-guarding", "保安员", "security guarding"),
            e("property-management", "物业管理员", "property management"),
            e("gardening", "绿化工", "gardening"),
            e("driving-c1", "机动车驾驶(C1)", "driving, licence C1"),
            e("truck-driving", "货车驾驶员", "truck driving"),
            e("courier-delivery", "快递员", "courier delivery"),
            e("warehouse-keeping", "仓库保管员", "warehouse keeping"),
            e("loading", "装卸搬运工", "loading and unloading"),
            e("retail-sales", "营业员", "retail sales"),
            e("cashiering", "收银员", "cashiering"),
            e("e-commerce", "电子商务", "e-commerce"),
            e("live-streaming-sales", "直播销售员", "live-streaming sales"),
            e("customer-service", "客服", "customer service"),
            e("data-entry", "数据录入", "data entry"),
            e("office-software", "办公软件应用", "office software"),
            e("bookkeeping", "会计", "bookkeeping"),
            e("appliance-repair", "家用电器维修", "appliance repair"),
            e("auto-repair", "汽车维修工", "car repair"),
            e("mobile-phone-repair", "手机维修", "mobile phone repair"),
            e("greenhouse-farming", "设施农业", "greenhouse farming"),
            e("livestock-raising", "畜禽养殖", "livestock raising"),
            e("aquaculture", "水产养殖", "aquaculture"),
            e("fruit-growing", "果树栽培", "fruit growing"),
            e("handicraft", "手工编织", "handicraft"));

    private static final Map<Skill, Entry> BY_SKILL =
            ALL.stream().collect(Collectors.toUnmodifiableMap(Entry::skill, Function.identity()));
    private static final List<Skill> SKILLS = ALL.stream().map(Entry::skill).toList();

    private Skills() {}

    private static Entry e(String code, String zh, String en) {
        return new Entry(Skill.of(code), zh, en);
    }

    /**
     * The whole list, in a fixed order (trades by field).
     *
     * @return an unmodifiable list of 60 entries
     */
    public static List<Entry> all() {
        return ALL;
    }

    /**
     * The skills of the list, in the list's order.
     *
     * @return an unmodifiable list of 60 skills
     */
    public static List<Skill> skills() {
        return SKILLS;
    }

    /**
     * The entry of {@code skill}.
     *
     * @param skill the skill
     * @return the entry, or empty if the skill is not on the list
     * @throws NullPointerException if {@code skill} is null
     */
    public static Optional<Entry> find(Skill skill) {
        return Optional.ofNullable(BY_SKILL.get(Objects.requireNonNull(skill, "skill")));
    }

    /**
     * One skill of the list, the first ten (the trades most asked for) three times as likely
     * as the others.
     *
     * @return the generator
     */
    public static Gen<Skill> any() {
        List<Skill> weighted = new ArrayList<>(SKILLS);
        for (int i = 0; i < 2; i++) {
            weighted.addAll(SKILLS.subList(0, 10));
        }
        List<Skill> pool = List.copyOf(weighted);
        return in -> Draw.pick(in, pool);
    }

    /**
     * Sets of {@code min} to {@code max} distinct skills of the list.
     *
     * @param min the fewest, not negative
     * @param max the most, at least {@code min}, at most 60
     * @return the generator of unmodifiable sorted sets
     * @throws IllegalArgumentException if the bounds are out of range
     */
    public static Gen<Set<Skill>> sets(int min, int max) {
        if (min < 0 || max < min || max > SKILLS.size()) {
            throw new IllegalArgumentException("need 0 <= min <= max <= " + SKILLS.size());
        }
        Gen<Skill> one = any();
        return in -> {
            int n = Draw.between(in, min, max);
            Set<Skill> set = new TreeSet<>();
            while (set.size() < n) {
                set.add(one.generate(in));
            }
            return Collections.unmodifiableSet(set);
        };
    }
}
