package org.jobassist.testkit.category;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.StringJoiner;
import org.jobassist.api.category.AgeAtLeast;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.ReferralsAcceptedAtLeast;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.WithinYearsOfRetirement;
import org.jobassist.api.category.ZeroEmploymentFamilyMember;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.testkit.NearMiss;
import org.jobassist.testkit.internal.Draw;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * Generators of category conditions (认定条件): valid condition trees of every kind, and
 * near misses, JSON texts of a condition that break exactly one rule of the policy-pack
 * reader, each with the code it must be rejected with.
 *
 * <p>Numbers are drawn near the boundaries that matter (0, the Liaoning figures 2, 5, 12, 16
 * and the "female 40 / male 50" test) as well as at random; trees are at most
 * {@value #MAX_DEPTH} levels deep.
 *
 * <p>Stateless and thread-safe.
 */
public final class Conditions {

    /** The deepest tree the generators draw. */
    public static final int MAX_DEPTH = 4;

    /** The code-set key the generators use unless told otherwise. */
    public static final String KEY_ASSISTED_COUNTIES = "category.key-assisted-counties";

    private static final int[] NOTABLE = {0, 1, 2, 5, 12, 16, 40, 50, 60};

    private Conditions() {}

    /**
     * Valid condition trees whose county-set conditions name {@value #KEY_ASSISTED_COUNTIES}.
     *
     * @return the generator
     */
    public static Gen<Condition> conditions() {
        return conditions(List.of(KEY_ASSISTED_COUNTIES));
    }

    /**
     * Valid condition trees whose county-set conditions name one of {@code codeSetKeys}.
     *
     * @param codeSetKeys names of code-set policy keys; not empty
     * @return the generator
     * @throws IllegalArgumentException if {@code codeSetKeys} is empty
     * @throws NullPointerException if {@code codeSetKeys} is null
     */
    public static Gen<Condition> conditions(List<String> codeSetKeys) {
        List<String> keys = List.copyOf(Objects.requireNonNull(codeSetKeys, "codeSetKeys"));
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("codeSetKeys must not be empty");
        }
        return in -> tree(in, keys, 1);
    }

    private static Condition tree(RandomnessSource in, List<String> keys, int depth) {
        int choice = Draw.between(in, 0, depth >= MAX_DEPTH ? 7 : 10);
        switch (choice) {
            case 0:
                return RegisteredUnemployed.of();
            case 1:
                return ZeroEmploymentFamilyMember.of();
            case 2:
                return WithinYearsOfRetirement.of(number(in));
            case 3:
                return AgeAtLeast.of(number(in), number(in));
            case 4:
                return HoldsRegistryFlag.of(Draw.pick(in, List.of(RegistryFlag.values())));
            case 5:
                return ResidesInCountySet.of(Draw.pick(in, keys));
            case 6:
                return UnemployedAtLeastMonths.of(number(in));
            case 7:
                return ReferralsAcceptedAtLeast.of(number(in));
            case 8:
                return new AllOf(children(in, keys, depth));
            case 9:
                return new AnyOf(children(in, keys, depth));
            default:
                return Not.of(tree(in, keys, depth + 1));
        }
    }

    private static List<Condition> children(RandomnessSource in, List<String> keys, int depth) {
        List<Condition> children = new ArrayList<>();
        int size = Draw.between(in, 1, 4);
        for (int i = 0; i < size; i++) {
            children.add(tree(in, keys, depth + 1));
        }
        return children;
    }

    private static int number(RandomnessSource in) {
        return Draw.oneIn(in, 2) ? NOTABLE[Draw.between(in, 0, NOTABLE.length - 1)] : Draw.between(in, 0, 1200);
    }

    /**
     * Near misses: the JSON of a valid condition tree (county sets under
     * {@value #KEY_ASSISTED_COUNTIES}) with one leaf replaced by a condition that breaks one
     * rule: an unknown kind ({@code category.unknown-condition}), an unknown flag
     * ({@code category.unknown-flag}), an unknown source ({@code category.unknown-source}), a
     * flag named with another source ({@code category.source-mismatch}), a negative number
     * ({@code category.negative}), an empty {@code all}/{@code any} ({@code category.empty}),
     * a county set under a key that is not a code set ({@code category.policy-key}, using
     * {@code minimum-wage.monthly}), a stray field ({@code policy.unknown-field}), a missing
     * number ({@code policy.required}) or a number written as a string ({@code policy.type}).
     *
     * @return the generator
     */
    public static Gen<NearMiss> conditionNearMisses() {
        return in -> {
            NearMiss leaf = brokenLeaf(in);
            Condition host = tree(in, List.of(KEY_ASSISTED_COUNTIES), 2);
            // wrap the broken leaf at a random place of a valid tree, so that paths vary
            String text;
            switch (Draw.between(in, 0, 3)) {
                case 0:
                    text = leaf.text();
                    break;
                case 1:
                    text = "{\"kind\":\"all\",\"of\":[" + json(host) + "," + leaf.text() + "]}";
                    break;
                case 2:
                    text = "{\"kind\":\"any\",\"of\":[" + leaf.text() + "," + json(host) + "]}";
                    break;
                default:
                    text = "{\"kind\":\"not\",\"condition\":" + leaf.text() + "}";
                    break;
            }
            return new NearMiss(text, leaf.expectedCode());
        };
    }

    private static NearMiss brokenLeaf(RandomnessSource in) {
        String flag = Draw.pick(in, List.of(RegistryFlag.values())).name();
        String count = Draw.pick(in, List.of("years", "months", "count"));
        String countKind = count.equals("years") ? "within-years-of-retirement"
                : count.equals("months") ? "unemployed-at-least-months" : "referrals-accepted-at-least";
        int negative = -Draw.between(in, 1, 100);
        switch (Draw.between(in, 0, 9)) {
            case 0:
                return new NearMiss("{\"kind\":\"" + Draw.pick(in, List.of("registered_unemployed", "age-at-most",
                        "ALL", "flag")) + "\"}", "category.unknown-condition");
            case 1:
                return new NearMiss("{\"kind\":\"registry-flag\",\"flag\":\"" + flag + "_X\"}", "category.unknown-flag");
            case 2:
                return new NearMiss("{\"kind\":\"registry-flag\",\"flag\":\"" + flag + "\",\"source\":\"TAX_BUREAU\"}",
                        "category.unknown-source");
            case 3: {
                RegistryFlag f = RegistryFlag.valueOf(flag);
                String other = f.source() == RegistrySource.CIVIL_AFFAIRS ? "HOST" : "CIVIL_AFFAIRS";
                return new NearMiss("{\"kind\":\"registry-flag\",\"flag\":\"" + flag + "\",\"source\":\"" + other
                        + "\"}", "category.source-mismatch");
            }
            case 4:
                return Draw.oneIn(in, 2)
                        ? new NearMiss("{\"kind\":\"" + countKind + "\",\"" + count + "\":" + negative + "}",
                                "category.negative")
                        : new NearMiss("{\"kind\":\"age-at-least\",\"male\":50,\"female\":" + negative + "}",
                                "category.negative");
            case 5:
                return new NearMiss("{\"kind\":\"" + (Draw.oneIn(in, 2) ? "all" : "any") + "\",\"of\":[]}",
                        "category.empty");
            case 6:
                return new NearMiss("{\"kind\":\"resides-in-county-set\",\"policyKey\":\"minimum-wage.monthly\"}",
                        "category.policy-key");
            case 7:
                return new NearMiss("{\"kind\":\"registered-unemployed\",\"years\":5}", "policy.unknown-field");
            case 8:
                return new NearMiss("{\"kind\":\"" + countKind + "\"}", "policy.required");
            default:
                return new NearMiss("{\"kind\":\"" + countKind + "\",\"" + count + "\":\"2\"}", "policy.type");
        }
    }

    /**
     * A condition in the JSON of the policy-pack format, compact, without the optional
     * {@code source} of a registry flag. For building documents in tests.
     *
     * @param condition the condition
     * @return the JSON text
     * @throws NullPointerException if {@code condition} is null
     */
    public static String json(Condition condition) {
        String kind = "{\"kind\":\"" + condition.kind().code() + "\"";
        switch (condition.kind()) {
            case WITHIN_YEARS_OF_RETIREMENT:
                return kind + ",\"years\":" + ((WithinYearsOfRetirement) condition).years() + "}";
            case AGE_AT_LEAST:
                return kind + ",\"male\":" + ((AgeAtLeast) condition).male() + ",\"female\":"
                        + ((AgeAtLeast) condition).female() + "}";
            case REGISTRY_FLAG:
                return kind + ",\"flag\":\"" + ((HoldsRegistryFlag) condition).flag().name() + "\"}";
            case RESIDES_IN_COUNTY_SET:
                return kind + ",\"policyKey\":\"" + ((ResidesInCountySet) condition).policyKey() + "\"}";
            case UNEMPLOYED_AT_LEAST_MONTHS:
                return kind + ",\"months\":" + ((UnemployedAtLeastMonths) condition).months() + "}";
            case REFERRALS_ACCEPTED_AT_LEAST:
                return kind + ",\"count\":" + ((ReferralsAcceptedAtLeast) condition).count() + "}";
            case ALL:
                return kind + ",\"of\":" + array(((AllOf) condition).conditions()) + "}";
            case ANY:
                return kind + ",\"of\":" + array(((AnyOf) condition).conditions()) + "}";
            case NOT:
                return kind + ",\"condition\":" + json(((Not) condition).condition()) + "}";
            default:
                return kind + "}";
        }
    }

    private static String array(List<Condition> conditions) {
        StringJoiner joined = new StringJoiner(",", "[", "]");
        conditions.forEach(c -> joined.add(json(c)));
        return joined.toString();
    }
}
