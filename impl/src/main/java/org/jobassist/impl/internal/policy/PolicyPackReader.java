package org.jobassist.impl.internal.policy;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.policy.PolicyKey;
import org.jobassist.api.policy.PolicyKeys;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.api.policy.PolicyValue;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.impl.internal.category.CategoryCatalogueReader;

/**
 * Reads a policy-pack document ({@value #FORMAT}) into a {@link PolicyPack}, checking all of
 * it and reporting every violation at once, each with the JSON pointer of the fault.
 *
 * <p>Uses Jackson's tree model only, so no class needs to be opened for reflection.
 *
 * <p>Error codes: {@code policy.json} (malformed JSON; the message gives line and column),
 * {@code policy.format} (missing or unsupported {@code format}), {@code policy.required} (a
 * required field missing), {@code policy.unknown-field}, {@code policy.unknown-key} (a key
 * not in the catalogue), {@code policy.type} (a field of the wrong JSON type or a value that
 * does not parse as the key's type), {@code policy.blank}, {@code policy.negative},
 * {@code policy.date} (not an ISO date), {@code policy.date-order}, {@code policy.division}
 * (not a six-digit division code), {@code policy.jurisdiction} (outside the pack's
 * jurisdiction), {@code policy.unknown-value} (both {@code value} and {@code "unknown": true}),
 * {@code policy.legal-basis} (an entry of {@code legalBases} that is not a valid legal basis),
 * {@code policy.legal-basis-ref} (a reference to no entry of {@code legalBases}),
 * {@code policy.duplicate} (a code twice in a code set), {@code policy.overlap},
 * {@code policy.gap}; the optional {@code categoryCatalogues} section is read by
 * {@link CategoryCatalogueReader}, with its {@code category.*} codes, and a pack with a
 * catalogue is checked for {@code category.adjustment-date} (see {@link PolicyPack}).
 * Messages never repeat the document's text.
 *
 * <p>Thread-safe.
 */
public final class PolicyPackReader {

    /** The format tag a document must carry. */
    public static final String FORMAT = "jobassist.policy-pack/1";

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private static final Set<String> PACK_FIELDS =
            Set.of("format", "id", "version", "name", "jurisdiction", "legalBases", "values",
                    "categoryCatalogues");
    private static final Set<String> LEGAL_BASIS_FIELDS =
            Set.of("documentNumber", "titleZh", "titleEn", "article", "effectiveDate");
    private static final Set<String> VALUE_FIELDS = Set.of("key", "jurisdiction", "effectiveFrom",
            "effectiveTo", "value", "unknown", "legalBasis", "article", "note");
    /** Plain decimal yuan with at most two places; the liberal forms of Money.parse are for people. */
    private static final Pattern MONEY = Pattern.compile("-?[0-9]+(\\.[0-9]{1,2})?");

    private final Function<String, Optional<PolicyKey<?>>> catalogue;
    private final CategoryCatalogueReader categories;

    /** A reader that accepts the keys of {@link PolicyKeys}. */
    public PolicyPackReader() {
        this(PolicyKeys::find);
    }

    /**
     * A reader that accepts the keys {@code catalogue} finds.
     *
     * @param catalogue looks a key up by name
     */
    public PolicyPackReader(Function<String, Optional<PolicyKey<?>>> catalogue) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.categories = new CategoryCatalogueReader(catalogue);
    }

    /**
     * Reads a document from text.
     *
     * @param json the document
     * @return the pack
     * @throws InvalidInputException with every violation found
     */
    public PolicyPack read(String json) {
        JsonNode root;
        try {
            root = MAPPER.readTree(Objects.requireNonNull(json, "json"));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    /**
     * Reads a document from a stream, which it does not close.
     *
     * @param in the document, UTF-8 (or UTF-16/32 with a byte-order mark)
     * @return the pack
     * @throws IOException if the stream cannot be read
     * @throws InvalidInputException with every violation found
     */
    public PolicyPack read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Objects.requireNonNull(in, "in"));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        }
        return read(root);
    }

    private static InvalidInputException malformed(JsonProcessingException e) {
        JsonLocation at = e.getLocation();
        String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
        // Jackson's own message quotes the document, so it is not passed on.
        return new InvalidInputException(new Violation("", "policy.json", "malformed JSON" + where));
    }

    private PolicyPack read(JsonNode root) {
        return new Document(root).read();
    }

    /** One reading: the violations found so far and what has been read. */
    private final class Document {
        private final JsonNode root;
        private final List<Violation> violations = new ArrayList<>();
        private final Map<String, LegalBasis> legalBases = new LinkedHashMap<>();
        private final Set<String> brokenLegalBases = new HashSet<>();
        /** Whether legalBases itself is missing or not an object, making every reference moot. */
        private boolean legalBasesUnreadable;

        Document(JsonNode root) {
            this.root = root;
        }

        PolicyPack read() {
            if (root == null || !root.isObject()) {
                violations.add(new Violation("", "policy.type", "a policy pack must be a JSON object"));
                throw new InvalidInputException(violations);
            }
            unknownFields(root, "", PACK_FIELDS);
            JsonNode format = root.get("format");
            if (format == null) {
                violate("/format", "policy.format", "the document has no format; expected " + FORMAT);
            } else if (!format.isTextual() || !format.textValue().equals(FORMAT)) {
                violate("/format", "policy.format", "unsupported format; expected " + FORMAT);
            }
            PolicyPack.Builder builder = PolicyPack.builder();
            text(root, "/id", true).ifPresent(builder::id);
            text(root, "/version", true).ifPresent(builder::version);
            readName(builder);
            Optional<DivisionCode> packJurisdiction = division(root, "/jurisdiction");
            packJurisdiction.ifPresent(builder::jurisdiction);
            readLegalBases();
            readValues(builder);
            readCategoryCatalogues(builder);
            if (violations.isEmpty()) {
                try {
                    return builder.build();
                } catch (InvalidInputException e) {
                    violations.addAll(e.violations());
                }
            } else {
                collectSeriesViolations(builder, packJurisdiction);
            }
            throw new InvalidInputException(violations);
        }

        /**
         * Runs the pack's own checks (overlap, gap, jurisdiction) even though other violations
         * were found, so that one reading reports everything; header faults are already known.
         */
        private void collectSeriesViolations(PolicyPack.Builder builder, Optional<DivisionCode> packJurisdiction) {
            builder.id("-").version("-").jurisdiction(packJurisdiction.orElse(null));
            try {
                builder.build();
            } catch (InvalidInputException e) {
                e.violations().stream().filter(v -> v.path().startsWith("/")).forEach(violations::add);
            }
        }

        private void readCategoryCatalogues(PolicyPack.Builder builder) {
            JsonNode section = root.get("categoryCatalogues");
            if (section != null) {
                categories.read(section, "/categoryCatalogues", this::legalBasisById, violations)
                        .ifPresent(builder::categoryCatalogues);
            }
        }

        /** A reference by id to legalBases; reports a dangling one unless already reported. */
        private Optional<LegalBasis> legalBasisById(String id, String path) {
            LegalBasis basis = legalBases.get(id);
            if (basis == null && !legalBasesUnreadable && !brokenLegalBases.contains(id)) {
                violate(path, "policy.legal-basis-ref", "no entry of legalBases has this id");
            }
            return Optional.ofNullable(basis);
        }

        private void readName(PolicyPack.Builder builder) {
            JsonNode name = root.get("name");
            if (name == null) {
                return;
            }
            if (!name.isObject()) {
                violate("/name", "policy.type", "name must be an object of texts by language tag");
                return;
            }
            for (Map.Entry<String, JsonNode> entry : name.properties()) {
                String path = "/name/" + escape(entry.getKey());
                if (!entry.getValue().isTextual()) {
                    violate(path, "policy.type", "a name must be a string");
                } else if (entry.getValue().textValue().isBlank()) {
                    violate(path, "policy.blank", "a name must not be blank");
                } else {
                    builder.name(entry.getKey(), entry.getValue().textValue());
                }
            }
        }

        private void readLegalBases() {
            JsonNode bases = root.get("legalBases");
            if (bases == null) {
                violate("/legalBases", "policy.required", "legalBases is required (it may be empty)");
                legalBasesUnreadable = true;
                return;
            }
            if (!bases.isObject()) {
                violate("/legalBases", "policy.type", "legalBases must be an object of legal bases by id");
                legalBasesUnreadable = true;
                return;
            }
            for (Map.Entry<String, JsonNode> entry : bases.properties()) {
                String path = "/legalBases/" + escape(entry.getKey());
                int before = violations.size();
                LegalBasis basis = legalBasis(entry.getValue(), path);
                if (basis != null && violations.size() == before) {
                    legalBases.put(entry.getKey(), basis);
                } else {
                    brokenLegalBases.add(entry.getKey());
                }
            }
        }

        private LegalBasis legalBasis(JsonNode node, String path) {
            if (!node.isObject()) {
                violate(path, "policy.type", "a legal basis must be an object");
                return null;
            }
            unknownFields(node, path, LEGAL_BASIS_FIELDS);
            Optional<String> number = text(node, path + "/documentNumber", true);
            Optional<String> titleZh = text(node, path + "/titleZh", true);
            Optional<String> titleEn = text(node, path + "/titleEn", true);
            Optional<String> article = nullableText(node, path + "/article");
            Optional<LocalDate> effective = nullableDate(node, path + "/effectiveDate");
            if (number.isEmpty() || titleZh.isEmpty() || titleEn.isEmpty()) {
                return null;
            }
            try {
                return new LegalBasis(number.get(), titleZh.get(), titleEn.get(), article.orElse(null),
                        effective.orElse(null));
            } catch (IllegalArgumentException e) {
                violate(path, "policy.legal-basis", "not a valid legal basis");
                return null;
            }
        }

        private void readValues(PolicyPack.Builder builder) {
            JsonNode values = root.get("values");
            if (values == null) {
                violate("/values", "policy.required", "values is required");
                return;
            }
            if (!values.isArray()) {
                violate("/values", "policy.type", "values must be an array");
                return;
            }
            List<PolicyValue<?>> read = new ArrayList<>();
            List<String> readPaths = new ArrayList<>();
            // A series with a faulty member is left out of the overlap and gap checks, which
            // would otherwise report the hole the faulty member leaves.
            Set<List<String>> faultySeries = new HashSet<>();
            for (int i = 0; i < values.size(); i++) {
                String path = "/values/" + i;
                JsonNode node = values.get(i);
                int before = violations.size();
                PolicyValue<?> value = node.isObject() ? value(node, path) : null;
                if (!node.isObject()) {
                    violate(path, "policy.type", "a value must be an object");
                }
                if (value != null && violations.size() == before) {
                    read.add(value);
                    readPaths.add(path);
                } else if (node.isObject()) {
                    faultySeries.add(seriesOf(node));
                }
            }
            for (int i = 0; i < read.size(); i++) {
                PolicyValue<?> value = read.get(i);
                if (!faultySeries.contains(List.of(value.key().name(), value.jurisdiction().code()))) {
                    builder.add(value, readPaths.get(i));
                }
            }
        }

        private List<String> seriesOf(JsonNode node) {
            return List.of(node.path("key").asText(""), node.path("jurisdiction").asText(""));
        }

        private PolicyValue<?> value(JsonNode node, String path) {
            int before = violations.size();
            unknownFields(node, path, VALUE_FIELDS);
            Optional<PolicyKey<?>> key = text(node, path + "/key", true).flatMap(name -> {
                Optional<PolicyKey<?>> found = catalogue.apply(name);
                if (found.isEmpty()) {
                    violate(path + "/key", "policy.unknown-key", "the key is not in the catalogue");
                }
                return found;
            });
            Optional<DivisionCode> jurisdiction = division(node, path + "/jurisdiction");
            Optional<LocalDate> from = date(node, path + "/effectiveFrom", true);
            Optional<LocalDate> to = nullableDate(node, path + "/effectiveTo");
            if (from.isPresent() && to.isPresent() && from.get().isAfter(to.get())) {
                violate(path + "/effectiveTo", "policy.date-order", "effectiveTo is before effectiveFrom");
            }
            boolean unknown = false;
            JsonNode unknownNode = node.get("unknown");
            if (unknownNode != null) {
                if (unknownNode.isBoolean()) {
                    unknown = unknownNode.booleanValue();
                } else {
                    violate(path + "/unknown", "policy.type", "unknown must be true or false");
                }
            }
            Optional<String> note = nullableText(node, path + "/note");
            Optional<String> article = nullableText(node, path + "/article");
            Optional<LegalBasis> basis = legalBasisRef(node, path + "/legalBasis", !unknown)
                    .map(b -> article.map(b::withArticle).orElse(b));
            JsonNode valueNode = node.get("value");
            Object value = null;
            if (unknown) {
                if (valueNode != null) {
                    violate(path + "/value", "policy.unknown-value", "a value marked unknown must not have a value");
                }
                if (note.isEmpty() && node.get("note") == null) {
                    violate(path + "/note", "policy.required", "a value marked unknown needs a note saying why");
                }
            } else if (valueNode == null) {
                violate(path + "/value", "policy.required", "value is required unless unknown is true");
            } else if (key.isPresent()) {
                value = typed(key.get(), valueNode, path + "/value");
            }
            if (violations.size() > before) {
                return null;
            }
            try {
                if (unknown) {
                    return unknownValue(key.get(), jurisdiction.get(), from.get(), to.orElse(null), note.orElse(null));
                }
                if (basis.isEmpty()) {
                    return null; // the entry of legalBases it names is broken, and reported there
                }
                return knownValue(key.get(), jurisdiction.get(), from.get(), to.orElse(null), value, basis.get(),
                        note.orElse(null));
            } catch (InvalidInputException e) {
                // the checks above should have caught it; keep the value's own verdict anyway
                e.violations().forEach(v -> violate(path + "/" + v.path(), v.code(), v.message()));
                return null;
            }
        }

        private <T> PolicyValue<T> knownValue(PolicyKey<T> key, DivisionCode jurisdiction, LocalDate from,
                LocalDate to, Object value, LegalBasis basis, String note) {
            return PolicyValue.of(key, jurisdiction, from, to, key.cast(value), basis).withNote(note);
        }

        private <T> PolicyValue<T> unknownValue(PolicyKey<T> key, DivisionCode jurisdiction, LocalDate from,
                LocalDate to, String note) {
            return PolicyValue.unknown(key, jurisdiction, from, to, note);
        }

        private Optional<LegalBasis> legalBasisRef(JsonNode node, String path, boolean required) {
            JsonNode ref = node.get("legalBasis");
            if (ref == null || ref.isNull() && !required) {
                if (required) {
                    violate(path, "policy.required", "a known value needs a legalBasis");
                }
                return Optional.empty();
            }
            if (!ref.isTextual()) {
                violate(path, "policy.type", "legalBasis must be the id of an entry of legalBases");
                return Optional.empty();
            }
            return legalBasisById(ref.textValue(), path);
        }

        /** The JSON value as the key's Java type, or null after reporting why it is not one. */
        private Object typed(PolicyKey<?> key, JsonNode node, String path) {
            switch (key.type()) {
                case MONEY:
                    if (!node.isTextual() || !MONEY.matcher(node.textValue()).matches()) {
                        return typeError(path, "an amount must be a string of yuan with at most two decimals,"
                                + " such as \"1910.00\"");
                    }
                    return nonNegative(Money.of(new BigDecimal(node.textValue())), Money::isNegative, path);
                case RATIO:
                    Optional<Ratio> ratio = node.isTextual() ? Ratio.tryParse(node.textValue()) : Optional.empty();
                    if (ratio.isEmpty()) {
                        return typeError(path, "a ratio must be a string such as \"0.7%\", \"0.007\" or \"2/3\"");
                    }
                    return nonNegative(ratio.get(), Ratio::isNegative, path);
                case COUNT:
                    if (!node.isIntegralNumber() || !node.canConvertToInt()) {
                        return typeError(path, "a count must be a whole number");
                    }
                    return nonNegative(node.intValue(), n -> n < 0, path);
                case DURATION:
                    if (node.isTextual()) {
                        try {
                            return nonNegative(Period.parse(node.textValue()), Period::isNegative, path);
                        } catch (DateTimeParseException e) {
                            // reported below
                        }
                    }
                    return typeError(path, "a duration must be an ISO-8601 period such as \"P20D\" or \"P3Y\"");
                case DATE:
                    return parseDate(node, path).orElse(null);
                case MONTH_DAY:
                    if (node.isTextual()) {
                        try {
                            return MonthDay.parse(node.textValue());
                        } catch (DateTimeParseException e) {
                            // reported below
                        }
                    }
                    return typeError(path, "a month-day must be a string such as \"--01-02\"");
                case CODE_SET:
                    return codeSet(node, path);
                case TEXT:
                    if (!node.isTextual()) {
                        return typeError(path, "a text value must be a string");
                    }
                    return node.textValue();
                default:
                    throw new IllegalStateException("unhandled value type " + key.type());
            }
        }

        private Set<String> codeSet(JsonNode node, String path) {
            if (!node.isArray()) {
                typeError(path, "a code set must be an array of strings");
                return null;
            }
            Set<String> codes = new LinkedHashSet<>();
            boolean ok = true;
            for (int i = 0; i < node.size(); i++) {
                JsonNode code = node.get(i);
                String codePath = path + "/" + i;
                if (!code.isTextual() || code.textValue().isBlank()) {
                    typeError(codePath, "a code must be a non-blank string");
                    ok = false;
                } else if (!codes.add(code.textValue())) {
                    violate(codePath, "policy.duplicate", "the code appears twice in the set");
                    ok = false;
                }
            }
            return ok ? codes : null;
        }

        private <T> T nonNegative(T value, Predicate<T> isNegative, String path) {
            if (isNegative.test(value)) {
                violate(path, "policy.negative", "a policy amount, rate, count or period must not be negative");
                return null;
            }
            return value;
        }

        private Object typeError(String path, String message) {
            violate(path, "policy.type", message);
            return null;
        }

        private Optional<DivisionCode> division(JsonNode parent, String path) {
            return text(parent, path, true).flatMap(code -> {
                Optional<DivisionCode> division = DivisionCode.tryParse(code);
                if (division.isEmpty()) {
                    violate(path, "policy.division", "not a six-digit administrative division code");
                }
                return division;
            });
        }

        private Optional<LocalDate> date(JsonNode parent, String path, boolean required) {
            JsonNode node = parent.get(lastSegment(path));
            if (node == null) {
                if (required) {
                    violate(path, "policy.required", "the field is required");
                }
                return Optional.empty();
            }
            return parseDate(node, path);
        }

        private Optional<LocalDate> nullableDate(JsonNode parent, String path) {
            JsonNode node = parent.get(lastSegment(path));
            return node == null || node.isNull() ? Optional.empty() : parseDate(node, path);
        }

        private Optional<LocalDate> parseDate(JsonNode node, String path) {
            if (node.isTextual()) {
                try {
                    return Optional.of(LocalDate.parse(node.textValue()));
                } catch (DateTimeParseException e) {
                    // reported below
                }
            }
            violate(path, "policy.date", "a date must be a string in ISO form, such as \"2021-11-01\"");
            return Optional.empty();
        }

        /** A required or optional string field; reports a wrong type or blank text. */
        private Optional<String> text(JsonNode parent, String path, boolean required) {
            JsonNode node = parent.get(lastSegment(path));
            if (node == null) {
                if (required) {
                    violate(path, "policy.required", "the field is required");
                }
                return Optional.empty();
            }
            if (!node.isTextual()) {
                violate(path, "policy.type", "the field must be a string");
                return Optional.empty();
            }
            if (node.textValue().isBlank()) {
                violate(path, "policy.blank", "the field must not be blank");
                return Optional.empty();
            }
            return Optional.of(node.textValue());
        }

        private Optional<String> nullableText(JsonNode parent, String path) {
            JsonNode node = parent.get(lastSegment(path));
            return node == null || node.isNull() ? Optional.empty() : text(parent, path, false);
        }

        private void unknownFields(JsonNode node, String path, Set<String> known) {
            for (Map.Entry<String, JsonNode> property : node.properties()) {
                String field = property.getKey();
                if (!known.contains(field)) {
                    violate(path + "/" + escape(field), "policy.unknown-field", "the field is not part of the format");
                }
            }
        }

        private void violate(String path, String code, String message) {
            violations.add(new Violation(path, code, message));
        }
    }

    /** The field name a pointer ends in; only called with pointers this class built from plain names. */
    private static String lastSegment(String pointer) {
        return pointer.substring(pointer.lastIndexOf('/') + 1);
    }

    /** Escapes a name for a JSON pointer (RFC 6901). */
    static String escape(String name) {
        return name.replace("~", "~0").replace("/", "~1");
    }
}
