package org.jobassist.examples.province;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jobassist.api.assessment.Channel;
import org.jobassist.api.assessment.EmploymentOutcome;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.HouseholdId;
import org.jobassist.api.family.HouseholdMember;
import org.jobassist.api.family.HouseholdRegister;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Registration;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.PersonRecord;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.spi.KinshipBatch;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementClass;

/**
 * Reads a host's own data from a folder of CSV files (RFC 4180, UTF-8, a header row), in the
 * format of {@code docs/province-run.md}: {@code households.csv}, {@code people.csv},
 * {@code relations.csv}, {@code evidence.csv} and {@code outcomes.csv}, read in that order so
 * that each file may refer to the ones before. {@code people.csv} is required; a missing other
 * file counts as empty.
 *
 * <p>A bad row is rejected with its file, line and a reason code, and the rest is processed.
 * A rejection never carries the row's content (identity numbers, names, dates), only the
 * column at fault. Reason codes of this reader:
 * <ul>
 *   <li>{@code csv.header}: the header row is not the documented one (the whole file is
 *       rejected, at line 1);</li>
 *   <li>{@code csv.quote}: a quote inside an unquoted field, or a quoted field not closed;</li>
 *   <li>{@code csv.columns}: a row with another number of fields than the header;</li>
 *   <li>{@code csv.required}: a required field is blank;</li>
 *   <li>{@code csv.date}: not an ISO date ({@code 2021-03-31}) or date range
 *       ({@code 2021-01-01/2021-12-31}, {@code 2021-01-01/..});</li>
 *   <li>{@code csv.value}: not one of the field's values (an enum name, {@code true} or
 *       {@code false});</li>
 *   <li>{@code csv.duplicate}: a key given twice (the later row is rejected);</li>
 *   <li>{@code csv.unknown-person}, {@code csv.unknown-household}: a reference to a person or
 *       household not accepted before;</li>
 *   <li>{@code csv.inconsistent}: a household row whose household fields differ from the
 *       household's first row;</li>
 *   <li>{@code csv.outside-year}: an outcome not dated in the programme year.</li>
 * </ul>
 * Otherwise the code is the library's own, from the value type that refused the row
 * ({@code resident-id.check-character}, {@code person.retirement-class-gender},
 * {@code household.*}, {@code evidence.*}, {@code kinship.*}, {@code outcome.*},
 * {@code credit-code.*}, {@code division.*}).
 *
 * <p>Stateless and thread-safe.
 */
public final class CsvInput {

    /** The files, in reading order. */
    public static final List<String> FILES = List.of("households.csv", "people.csv", "relations.csv",
            "evidence.csv", "outcomes.csv");

    static final List<String> HOUSEHOLD_COLUMNS = List.of("household_id", "division", "registration",
            "operating_income", "member_id", "head", "birth_date", "retirement_class", "able_to_work", "wants_work",
            "in_school", "in_active_service", "employment");
    static final List<String> PEOPLE_COLUMNS = List.of("person_id", "id_number", "retirement_class", "residence",
            "household_id", "registrations", "referrals");
    static final List<String> RELATION_COLUMNS = List.of("kind", "person_a", "person_b", "from");
    static final List<String> EVIDENCE_COLUMNS = List.of("person_id", "flag", "reference", "recorded_on",
            "valid_from", "valid_to", "withdrawn_on");
    static final List<String> OUTCOME_COLUMNS = List.of("outcome_id", "person_id", "city", "date", "channel",
            "employer");

    private static final Pattern INDEXED = Pattern.compile("^(marriages|parentages)\\[(\\d+)]");

    /**
     * A rejected row: where and why, nothing of its content.
     *
     * @param file the file name
     * @param line the line the row starts on, 1-based
     * @param code the reason code
     * @param column the column at fault, or empty when the row as a whole is
     */
    public record Rejection(String file, int line, String code, String column) {

        /**
         * Checks the fields.
         *
         * @throws NullPointerException if a field is null
         */
        public Rejection {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(column, "column");
        }

        @Override
        public String toString() {
            return file + " line " + line + ": " + code + (column.isEmpty() ? "" : " (" + column + ")");
        }
    }

    /**
     * The rows read from one file.
     *
     * @param file the file name
     * @param present whether the file exists
     * @param accepted rows accepted
     * @param rejected rows rejected
     */
    public record FileCount(String file, boolean present, int accepted, int rejected) {}

    /**
     * What was read.
     *
     * @param population the accepted data, outcomes given
     * @param counts the counts per file, in reading order
     * @param rejections every rejection, in file and line order
     */
    public record Result(Population population, List<FileCount> counts, List<Rejection> rejections) {

        /**
         * Copies the lists.
         *
         * @throws NullPointerException if a field is null
         */
        public Result {
            Objects.requireNonNull(population, "population");
            counts = List.copyOf(counts);
            rejections = List.copyOf(rejections);
        }

        /**
         * Prints the counts per file and every rejection (no personal data).
         *
         * @param out where to print
         */
        public void print(PrintStream out) {
            out.println("Input files:");
            for (FileCount c : counts) {
                out.printf("  %-15s %s%n", c.file(), c.present()
                        ? String.format("%,d accepted, %,d rejected", c.accepted(), c.rejected()) : "absent");
            }
            for (Rejection r : rejections) {
                out.println("  rejected: " + r);
            }
        }
    }

    /** A row refused for a reason of this reader or of the library. */
    private static final class RowFault extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final String code;
        final String column;

        RowFault(String code, String column) {
            super(code, null, false, false);
            this.code = code;
            this.column = column;
        }
    }

    /** One data row with its fields by column name. */
    private record Row(int line, Map<String, String> fields) {
        String get(String column) {
            return fields.get(column).strip();
        }

        String required(String column) {
            String v = get(column);
            if (v.isEmpty()) {
                throw new RowFault("csv.required", column);
            }
            return v;
        }
    }

    /** One file's rows and rejections while reading. */
    private static final class Sheet {
        final String file;
        final boolean present;
        final List<Row> rows = new ArrayList<>();
        final List<Rejection> rejections = new ArrayList<>();
        int accepted;

        Sheet(String file, boolean present) {
            this.file = file;
            this.present = present;
        }

        void reject(int line, String code, String column) {
            rejections.add(new Rejection(file, line, code, column));
        }

        void reject(Row row, RuntimeException e) {
            if (e instanceof RowFault f) {
                reject(row.line(), f.code, f.column);
            } else if (e instanceof InvalidInputException i) {
                Violation v = i.violations().get(0);
                reject(row.line(), v.code(), "");
            } else {
                throw e;
            }
        }
    }

    private CsvInput() {}

    /**
     * Reads the folder.
     *
     * @param dir the folder
     * @return the accepted data, the counts and the rejections
     * @throws IOException if a file cannot be read, is not UTF-8, or {@code people.csv} is
     *     missing
     */
    public static Result read(Path dir) throws IOException {
        if (!Files.isRegularFile(dir.resolve("people.csv"))) {
            throw new IOException("no people.csv in the input folder " + dir);
        }
        Sheet households = sheet(dir, "households.csv", HOUSEHOLD_COLUMNS);
        Sheet people = sheet(dir, "people.csv", PEOPLE_COLUMNS);
        Sheet relations = sheet(dir, "relations.csv", RELATION_COLUMNS);
        Sheet evidence = sheet(dir, "evidence.csv", EVIDENCE_COLUMNS);
        Sheet outcomes = sheet(dir, "outcomes.csv", OUTCOME_COLUMNS);

        List<HouseholdRegister> registers = households(households);
        Map<HouseholdId, HouseholdRegister> byHousehold = new HashMap<>();
        Map<PersonId, HouseholdMember> members = new LinkedHashMap<>();
        for (HouseholdRegister h : registers) {
            byHousehold.put(h.id(), h);
            h.members().forEach(m -> members.put(m.id(), m));
        }
        List<PersonRecord> persons = people(people, byHousehold.keySet());
        Set<PersonId> known = new HashSet<>();
        persons.forEach(p -> known.add(p.id()));
        KinshipBatch kinship = relations(relations, members);
        List<Evidence> facts = evidence(evidence, known);
        Map<String, UnifiedSocialCreditCode> employers = new HashMap<>();
        List<EmploymentOutcome> given = outcomes(outcomes, known, employers);

        List<FileCount> counts = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (Sheet s : List.of(households, people, relations, evidence, outcomes)) {
            counts.add(new FileCount(s.file, s.present, s.accepted, s.rejections.size()));
            s.rejections.sort((a, b) -> Integer.compare(a.line(), b.line()));
            rejections.addAll(s.rejections);
        }
        Population population = new Population("host input from " + dir.getFileName(), 0L, persons, registers,
                kinship, facts, List.of(), Optional.of(given), employers, List.of(), List.of(), List.of());
        return new Result(population, counts, rejections);
    }

    private static Sheet sheet(Path dir, String file, List<String> columns) throws IOException {
        Path path = dir.resolve(file);
        if (!Files.isRegularFile(path)) {
            return new Sheet(file, false);
        }
        Sheet sheet = new Sheet(file, true);
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (CharacterCodingException e) {
            throw new IOException(file + " is not UTF-8", e);
        }
        List<Csv.Record> records = Csv.parse(text);
        if (records.isEmpty()) {
            return sheet;
        }
        List<String> header = new ArrayList<>();
        records.get(0).fields().forEach(f -> header.add(f.strip().toLowerCase(Locale.ROOT)));
        if (!header.equals(columns) || records.get(0).badQuote()) {
            sheet.reject(1, "csv.header", "");
            return sheet;
        }
        for (Csv.Record r : records.subList(1, records.size())) {
            if (r.badQuote()) {
                sheet.reject(r.line(), "csv.quote", "");
            } else if (r.fields().size() != columns.size()) {
                sheet.reject(r.line(), "csv.columns", "");
            } else {
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 0; i < columns.size(); i++) {
                    fields.put(columns.get(i), r.fields().get(i));
                }
                sheet.rows.add(new Row(r.line(), fields));
            }
        }
        return sheet;
    }

    private static List<HouseholdRegister> households(Sheet sheet) {
        Map<String, List<Row>> byHousehold = new LinkedHashMap<>();
        Map<String, HouseholdMember> memberOf = new HashMap<>();
        Set<String> memberIds = new HashSet<>();
        for (Row row : sheet.rows) {
            try {
                String household = row.required("household_id");
                String member = row.required("member_id");
                List<Row> earlier = byHousehold.get(household);
                if (earlier != null) {
                    Row first = earlier.get(0);
                    for (String c : List.of("division", "registration", "operating_income")) {
                        if (!first.get(c).equals(row.get(c))) {
                            throw new RowFault("csv.inconsistent", c);
                        }
                    }
                }
                if (memberIds.contains(member)) {
                    throw new RowFault("csv.duplicate", "member_id");
                }
                HouseholdMember.Builder b = HouseholdMember.builder(PersonId.of(member))
                        .birthDate(date(row, "birth_date"))
                        .retirementClass(value(RetirementClass.class, row, "retirement_class"))
                        .ableToWork(bool(row, "able_to_work")).wantsWork(bool(row, "wants_work"))
                        .inSchool(bool(row, "in_school")).inActiveService(bool(row, "in_active_service"));
                for (DateRange spell : ranges(row, "employment")) {
                    b.employed(spell.start(), spell.isOpenEnded() ? null : spell.end());
                }
                DivisionCode.parse(row.required("division"));
                value(Registration.class, row, "registration");
                bool(row, "operating_income");
                bool(row, "head");
                memberOf.put(member, b.build());
                memberIds.add(member);
                byHousehold.computeIfAbsent(household, k -> new ArrayList<>()).add(row);
            } catch (RuntimeException e) {
                sheet.reject(row, e);
            }
        }
        List<HouseholdRegister> registers = new ArrayList<>();
        for (Map.Entry<String, List<Row>> e : byHousehold.entrySet()) {
            List<Row> rows = e.getValue();
            Row first = rows.get(0);
            try {
                HouseholdRegister.Builder b = HouseholdRegister.builder().id(HouseholdId.of(e.getKey()))
                        .division(DivisionCode.parse(first.get("division")))
                        .registration(value(Registration.class, first, "registration"))
                        .operatingOrInvestmentIncome(bool(first, "operating_income"));
                int heads = 0;
                for (Row row : rows) {
                    HouseholdMember m = memberOf.get(row.get("member_id"));
                    b.member(m);
                    if (bool(row, "head")) {
                        b.head(m.id());
                        heads++;
                    }
                }
                if (heads != 1) {
                    throw new RowFault("csv.value", "head");
                }
                registers.add(b.build());
                sheet.accepted += rows.size();
            } catch (RuntimeException ex) {
                // The household as a whole is refused: each of its rows, with the reason.
                for (Row row : rows) {
                    sheet.reject(row, ex);
                }
            }
        }
        return registers;
    }

    private static List<PersonRecord> people(Sheet sheet, Set<HouseholdId> households) {
        List<PersonRecord> persons = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : sheet.rows) {
            try {
                String id = row.required("person_id");
                if (ids.contains(id)) {
                    throw new RowFault("csv.duplicate", "person_id");
                }
                PersonRecord.Builder b = PersonRecord.builder(PersonId.of(id)).idNumber(row.required("id_number"))
                        .retirementClass(value(RetirementClass.class, row, "retirement_class"))
                        .residence(DivisionCode.parse(row.required("residence")));
                String household = row.get("household_id");
                if (!household.isEmpty()) {
                    if (!households.contains(HouseholdId.of(household))) {
                        throw new RowFault("csv.unknown-household", "household_id");
                    }
                    b.household(HouseholdId.of(household));
                }
                ranges(row, "registrations").forEach(b::unemploymentRegistration);
                for (String day : list(row.get("referrals"))) {
                    b.acceptedReferral(date(day, "referrals"));
                }
                persons.add(b.build());
                ids.add(id);
                sheet.accepted++;
            } catch (RuntimeException e) {
                sheet.reject(row, e);
            }
        }
        return persons;
    }

    private static KinshipBatch relations(Sheet sheet, Map<PersonId, HouseholdMember> members) {
        List<Row> marriageRows = new ArrayList<>();
        List<Marriage> marriages = new ArrayList<>();
        List<Row> parentageRows = new ArrayList<>();
        List<Parentage> parentages = new ArrayList<>();
        for (Row row : sheet.rows) {
            try {
                String kind = row.required("kind");
                PersonId a = member(row, "person_a", members);
                PersonId b = member(row, "person_b", members);
                String from = row.get("from");
                switch (kind) {
                    case "SPOUSE" -> {
                        marriages.add(Marriage.of(a, b, date(row, "from")));
                        marriageRows.add(row);
                    }
                    case "PARENT" -> {
                        parentages.add(from.isEmpty() ? Parentage.birth(a, b) : Parentage.adoption(a, b, date(row, "from")));
                        parentageRows.add(row);
                    }
                    default -> throw new RowFault("csv.value", "kind");
                }
            } catch (RuntimeException e) {
                sheet.reject(row, e);
            }
        }
        // The graph is checked as a whole: drop the relations it names as faulty, then check again.
        while (true) {
            KinshipGraph.Builder g = KinshipGraph.builder();
            for (HouseholdMember m : members.values()) {
                g.person(KinPerson.of(m.id(), m.retirementClass() == RetirementClass.MALE_60 ? Gender.MALE
                        : Gender.FEMALE, m.birthDate()));
            }
            marriages.forEach(g::marriage);
            parentages.forEach(g::parentage);
            try {
                KinshipGraph graph = g.build();
                sheet.accepted += marriages.size() + parentages.size();
                return KinshipBatch.of(graph);
            } catch (InvalidInputException e) {
                Set<Integer> badMarriages = new HashSet<>();
                Set<Integer> badParentages = new HashSet<>();
                Map<String, String> codeOf = new HashMap<>();
                for (Violation v : e.violations()) {
                    Matcher m = INDEXED.matcher(v.path());
                    if (m.find()) {
                        (m.group(1).equals("marriages") ? badMarriages : badParentages).add(Integer.valueOf(m.group(2)));
                        codeOf.putIfAbsent(m.group(1) + m.group(2), v.code());
                    }
                }
                if (badMarriages.isEmpty() && badParentages.isEmpty()) {
                    // Not a relation's fault (cannot happen with members checked above): keep none.
                    for (Row row : marriageRows) {
                        sheet.reject(row.line(), e.violations().get(0).code(), "");
                    }
                    for (Row row : parentageRows) {
                        sheet.reject(row.line(), e.violations().get(0).code(), "");
                    }
                    return KinshipBatch.EMPTY;
                }
                drop(sheet, marriageRows, marriages, badMarriages, codeOf, "marriages");
                drop(sheet, parentageRows, parentages, badParentages, codeOf, "parentages");
            }
        }
    }

    private static <T> void drop(Sheet sheet, List<Row> rows, List<T> facts, Set<Integer> bad, Map<String, String> codeOf,
                                 String name) {
        for (int i = facts.size() - 1; i >= 0; i--) {
            if (bad.contains(i)) {
                sheet.reject(rows.get(i).line(), codeOf.get(name + i), "");
                rows.remove(i);
                facts.remove(i);
            }
        }
    }

    private static PersonId member(Row row, String column, Map<PersonId, HouseholdMember> members) {
        PersonId id = PersonId.of(row.required(column));
        if (!members.containsKey(id)) {
            throw new RowFault("csv.unknown-person", column);
        }
        return id;
    }

    private static List<Evidence> evidence(Sheet sheet, Set<PersonId> known) {
        List<Evidence> facts = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Row row : sheet.rows) {
            try {
                PersonId person = PersonId.of(row.required("person_id"));
                if (!known.contains(person)) {
                    throw new RowFault("csv.unknown-person", "person_id");
                }
                RegistryFlag flag = value(RegistryFlag.class, row, "flag");
                String reference = row.required("reference");
                LocalDate from = date(row, "valid_from");
                String to = row.get("valid_to");
                DateRange valid;
                try {
                    valid = to.isEmpty() ? DateRange.startingOn(from) : DateRange.of(from, date(row, "valid_to"));
                } catch (InvalidInputException e) {
                    throw new RowFault("csv.date", "valid_to");
                }
                Evidence e = Evidence.of(person, flag, reference, date(row, "recorded_on"), valid);
                if (!row.get("withdrawn_on").isEmpty()) {
                    e = e.withdrawnOn(date(row, "withdrawn_on"));
                }
                if (!keys.add(person.value() + "\u0000" + flag + "\u0000" + reference)) {
                    throw new RowFault("csv.duplicate", "reference");
                }
                facts.add(e);
                sheet.accepted++;
            } catch (RuntimeException e) {
                sheet.reject(row, e);
            }
        }
        return facts;
    }

    private static List<EmploymentOutcome> outcomes(Sheet sheet, Set<PersonId> known,
                                                    Map<String, UnifiedSocialCreditCode> employers) {
        List<EmploymentOutcome> given = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Row row : sheet.rows) {
            try {
                String id = row.required("outcome_id");
                if (ids.contains(id)) {
                    throw new RowFault("csv.duplicate", "outcome_id");
                }
                PersonId person = PersonId.of(row.required("person_id"));
                if (!known.contains(person)) {
                    throw new RowFault("csv.unknown-person", "person_id");
                }
                LocalDate day = date(row, "date");
                if (day.getYear() != ProgrammeYear.YEAR) {
                    throw new RowFault("csv.outside-year", "date");
                }
                Channel channel = value(Channel.class, row, "channel");
                EmploymentOutcome o = EmploymentOutcome.builder().id(id).person(person)
                        .city(DivisionCode.parse(row.required("city"))).date(day).channel(channel).build();
                if (channel == Channel.PUBLIC_WELFARE_POST) {
                    employers.put(id, UnifiedSocialCreditCode.parse(row.required("employer")));
                } else if (!row.get("employer").isEmpty()) {
                    UnifiedSocialCreditCode.parse(row.get("employer"));
                }
                given.add(o);
                ids.add(id);
                sheet.accepted++;
            } catch (RuntimeException e) {
                sheet.reject(row, e);
            }
        }
        return given;
    }

    private static LocalDate date(Row row, String column) {
        return date(row.required(column), column);
    }

    private static LocalDate date(String text, String column) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new RowFault("csv.date", column);
        }
    }

    private static List<DateRange> ranges(Row row, String column) {
        List<DateRange> spells = new ArrayList<>();
        for (String part : list(row.get(column))) {
            spells.add(DateRange.tryParse(part).orElseThrow(() -> new RowFault("csv.date", column)));
        }
        return spells;
    }

    private static List<String> list(String text) {
        List<String> parts = new ArrayList<>();
        for (String p : text.split(";")) {
            if (!p.isBlank()) {
                parts.add(p.strip());
            }
        }
        return parts;
    }

    private static boolean bool(Row row, String column) {
        return switch (row.required(column).toLowerCase(Locale.ROOT)) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new RowFault("csv.value", column);
        };
    }

    private static <E extends Enum<E>> E value(Class<E> type, Row row, String column) {
        try {
            return Enum.valueOf(type, row.required(column));
        } catch (IllegalArgumentException e) {
            throw new RowFault("csv.value", column);
        }
    }
}
