package org.jobassist.impl.internal.category;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jobassist.api.category.AgeAtLeast;
import org.jobassist.api.category.AllOf;
import org.jobassist.api.category.AnyOf;
import org.jobassist.api.category.Condition;
import org.jobassist.api.category.ConditionKind;
import org.jobassist.api.category.HoldsRegistryFlag;
import org.jobassist.api.category.Not;
import org.jobassist.api.category.ReferralsAcceptedAtLeast;
import org.jobassist.api.category.RegisteredUnemployed;
import org.jobassist.api.category.ResidesInCountySet;
import org.jobassist.api.category.UnemployedAtLeastMonths;
import org.jobassist.api.category.WithinYearsOfRetirement;
import org.jobassist.api.category.ZeroEmploymentFamilyMember;
import org.jobassist.api.error.Violation;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.ValueType;

/**
 * Conditions in policy-pack JSON: {@code {"kind": "all", "of": [{"kind":
 * "registered-unemployed"}, {"kind": "registry-flag", "flag": "DISABILITY_CERTIFICATE"}]}}.
 *
 * <p>Fields by kind: {@code within-years-of-retirement} {@code years};
 * {@code age-at-least} {@code male}, {@code female}; {@code registry-flag} {@code flag} and
 * an optional {@code source} that must be the flag's; {@code resides-in-county-set}
 * {@code policyKey}; {@code unemployed-at-least-months} {@code months};
 * {@code referrals-accepted-at-least} {@code count}; {@code all}/{@code any} {@code of};
 * {@code not} {@code condition}; the others none.
 *
 * <p>Error codes: {@code category.unknown-condition}, {@code category.unknown-flag},
 * {@code category.unknown-source}, {@code category.source-mismatch},
 * {@code category.policy-key} (not a code-set key of the catalogue), {@code category.negative},
 * {@code category.empty}, and the reader's {@code policy.required}, {@code policy.type},
 * {@code policy.blank}, {@code policy.unknown-field}.
 *
 * <p>Thread-safe.
 */
public final class ConditionJson {

    private static final Map<ConditionKind, Set<String>> FIELDS = new EnumMap<>(Map.ofEntries(
            Map.entry(ConditionKind.REGISTERED_UNEMPLOYED, Set.of("kind")),
            Map.entry(ConditionKind.ZERO_EMPLOYMENT_FAMILY_MEMBER, Set.of("kind")),
            Map.entry(ConditionKind.WITHIN_YEARS_OF_RETIREMENT, Set.of("kind", "years")),
            Map.entry(ConditionKind.AGE_AT_LEAST, Set.of("kind", "male", "female")),
            Map.entry(ConditionKind.REGISTRY_FLAG, Set.of("kind", "flag", "source")),
            Map.entry(ConditionKind.RESIDES_IN_COUNTY_SET, Set.of("kind", "policyKey")),
            Map.entry(ConditionKind.UNEMPLOYED_AT_LEAST_MONTHS, Set.of("kind", "months")),
            Map.entry(ConditionKind.REFERRALS_ACCEPTED_AT_LEAST, Set.of("kind", "count")),
            Map.entry(ConditionKind.ALL, Set.of("kind", "of")),
            Map.entry(ConditionKind.ANY, Set.of("kind", "of")),
            Map.entry(ConditionKind.NOT, Set.of("kind", "condition"))));

    private final Function<String, Optional<PolicyKey<?>>> keys;

    /**
     * A reader that checks policy keys against {@code keys}.
     *
     * @param keys looks a policy key up by name
     */
    public ConditionJson(Function<String, Optional<PolicyKey<?>>> keys) {
        this.keys = Objects.requireNonNull(keys, "keys");
    }

    /**
     * Reads a condition, adding every fault to {@code violations}.
     *
     * @param node the JSON
     * @param path its JSON pointer
     * @param violations where faults go
     * @return the condition, or empty if a fault was found in it
     */
    public Optional<Condition> read(JsonNode node, String path, List<Violation> violations) {
        Faults faults = new Faults(violations);
        int before = faults.count();
        Condition condition = read(node, path, faults);
        return faults.count() == before ? Optional.ofNullable(condition) : Optional.empty();
    }

    Condition read(JsonNode node, String path, Faults faults) {
        if (!node.isObject()) {
            faults.add(path, "policy.type", "a condition must be an object with a kind");
            return null;
        }
        Optional<String> kindName = faults.text(node, "kind", path, true);
        if (kindName.isEmpty()) {
            return null;
        }
        Optional<ConditionKind> kind = ConditionKind.fromCode(kindName.get());
        if (kind.isEmpty()) {
            faults.add(path + "/kind", "category.unknown-condition", "no condition has this kind");
            return null;
        }
        faults.unknownFields(node, path, FIELDS.get(kind.get()));
        switch (kind.get()) {
            case REGISTERED_UNEMPLOYED:
                return RegisteredUnemployed.of();
            case ZERO_EMPLOYMENT_FAMILY_MEMBER:
                return ZeroEmploymentFamilyMember.of();
            case WITHIN_YEARS_OF_RETIREMENT:
                return faults.count(node, "years", path).map(WithinYearsOfRetirement::of).orElse(null);
            case AGE_AT_LEAST: {
                Optional<Integer> male = faults.count(node, "male", path);
                Optional<Integer> female = faults.count(node, "female", path);
                return male.isPresent() && female.isPresent() ? AgeAtLeast.of(male.get(), female.get()) : null;
            }
            case REGISTRY_FLAG:
                return flag(node, path, faults);
            case RESIDES_IN_COUNTY_SET:
                return faults.text(node, "policyKey", path, true).map(name -> {
                    Optional<PolicyKey<?>> key = keys.apply(name);
                    if (key.isEmpty() || key.get().type() != ValueType.CODE_SET) {
                        faults.add(path + "/policyKey", "category.policy-key",
                                "the policy key must name a code-set key of the catalogue");
                        return null;
                    }
                    return ResidesInCountySet.of(name);
                }).orElse(null);
            case UNEMPLOYED_AT_LEAST_MONTHS:
                return faults.count(node, "months", path).map(UnemployedAtLeastMonths::of).orElse(null);
            case REFERRALS_ACCEPTED_AT_LEAST:
                return faults.count(node, "count", path).map(ReferralsAcceptedAtLeast::of).orElse(null);
            case ALL:
            case ANY: {
                List<Condition> of = list(node, path, faults);
                if (of == null) {
                    return null;
                }
                return kind.get() == ConditionKind.ALL ? new AllOf(of) : new AnyOf(of);
            }
            case NOT: {
                JsonNode inner = node.get("condition");
                if (inner == null) {
                    faults.add(path + "/condition", "policy.required", "\"not\" needs a condition");
                    return null;
                }
                Condition negated = read(inner, path + "/condition", faults);
                return negated == null ? null : Not.of(negated);
            }
            default:
                throw new IllegalStateException("unhandled condition kind " + kind.get());
        }
    }

    private static Condition flag(JsonNode node, String path, Faults faults) {
        Optional<RegistryFlag> flag = faults.text(node, "flag", path, true).flatMap(name -> {
            Optional<RegistryFlag> found = constant(RegistryFlag.class, name);
            if (found.isEmpty()) {
                faults.add(path + "/flag", "category.unknown-flag", "no registry flag has this name");
            }
            return found;
        });
        Optional<RegistrySource> source = faults.text(node, "source", path, false).flatMap(name -> {
            Optional<RegistrySource> found = constant(RegistrySource.class, name);
            if (found.isEmpty()) {
                faults.add(path + "/source", "category.unknown-source", "no registry source has this name");
            }
            return found;
        });
        if (flag.isPresent() && source.isPresent() && flag.get().source() != source.get()) {
            faults.add(path + "/source", "category.source-mismatch", "the flag is kept by another source");
            return null;
        }
        return flag.map(HoldsRegistryFlag::of).orElse(null);
    }

    private List<Condition> list(JsonNode node, String path, Faults faults) {
        JsonNode of = node.get("of");
        String at = path + "/of";
        if (of == null) {
            faults.add(at, "policy.required", "the field is required");
            return null;
        }
        if (!of.isArray()) {
            faults.add(at, "policy.type", "of must be an array of conditions");
            return null;
        }
        if (of.isEmpty()) {
            faults.add(at, "category.empty", "\"all\" and \"any\" need at least one condition");
            return null;
        }
        List<Condition> conditions = new ArrayList<>();
        boolean ok = true;
        for (int i = 0; i < of.size(); i++) {
            Condition c = read(of.get(i), at + "/" + i, faults);
            ok &= c != null;
            conditions.add(c);
        }
        return ok ? conditions : null;
    }

    private static <E extends Enum<E>> Optional<E> constant(Class<E> type, String name) {
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(name)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /**
     * Writes a condition in the form {@link #read} reads; a registry flag is written with its
     * source.
     *
     * @param condition the condition
     * @return a new JSON object
     * @throws NullPointerException if {@code condition} is null
     */
    public static ObjectNode write(Condition condition) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("kind", condition.kind().code());
        switch (condition.kind()) {
            case WITHIN_YEARS_OF_RETIREMENT:
                node.put("years", ((WithinYearsOfRetirement) condition).years());
                break;
            case AGE_AT_LEAST:
                node.put("male", ((AgeAtLeast) condition).male());
                node.put("female", ((AgeAtLeast) condition).female());
                break;
            case REGISTRY_FLAG:
                node.put("flag", ((HoldsRegistryFlag) condition).flag().name());
                node.put("source", ((HoldsRegistryFlag) condition).source().name());
                break;
            case RESIDES_IN_COUNTY_SET:
                node.put("policyKey", ((ResidesInCountySet) condition).policyKey());
                break;
            case UNEMPLOYED_AT_LEAST_MONTHS:
                node.put("months", ((UnemployedAtLeastMonths) condition).months());
                break;
            case REFERRALS_ACCEPTED_AT_LEAST:
                node.put("count", ((ReferralsAcceptedAtLeast) condition).count());
                break;
            case ALL:
                writeAll(node.putArray("of"), ((AllOf) condition).conditions());
                break;
            case ANY:
                writeAll(node.putArray("of"), ((AnyOf) condition).conditions());
                break;
            case NOT:
                node.set("condition", write(((Not) condition).condition()));
                break;
            default:
                break;
        }
        return node;
    }

    private static void writeAll(ArrayNode array, List<Condition> conditions) {
        conditions.forEach(c -> array.add(write(c)));
    }
}
