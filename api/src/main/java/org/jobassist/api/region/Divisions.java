package org.jobassist.api.region;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;

/**
 * A table of administrative divisions. {@link #builtIn()} is the table shipped with the library:
 * Liaoning Province (210000), its 14 prefecture-level cities and their current county-level
 * divisions (districts, counties, county-level cities, autonomous counties) after a current
 * edition of GB/T 2260; withdrawn codes such as 211121 (大洼县, now 211104 大洼区) are not in it.
 *
 * <p>The table answers only for the codes it holds: an unknown code is reported, never
 * guessed. Error code thrown: {@code division.unknown}, by {@link #require(DivisionCode)} and
 * {@link #children(DivisionCode)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Divisions {

    private static final String RESOURCE = "liaoning-divisions.tsv";

    private final Map<DivisionCode, Division> byCode;
    private final Map<DivisionCode, List<Division>> childrenByCode;

    private Divisions(Map<DivisionCode, Division> byCode) {
        this.byCode = Collections.unmodifiableMap(byCode);
        Map<DivisionCode, List<Division>> children = new TreeMap<>();
        for (Division division : byCode.values()) {
            children.put(division.code(), new ArrayList<>());
        }
        for (Division division : byCode.values()) {
            // Values arrive in code order, so every child list is in code order too.
            division.code().parent().map(children::get).ifPresent(list -> list.add(division));
        }
        children.replaceAll((code, list) -> List.copyOf(list));
        this.childrenByCode = Collections.unmodifiableMap(children);
    }

    /** Loads the built-in table on first use; the JVM's class initialisation makes it thread-safe. */
    private static final class Holder {
        static final Divisions BUILT_IN = load();
    }

    /**
     * The built-in table of Liaoning, loaded once from the library's jar on first use.
     *
     * @return the table
     * @throws IllegalStateException if the table shipped in the jar is missing or corrupt
     */
    public static Divisions builtIn() {
        return Holder.BUILT_IN;
    }

    private static Divisions load() {
        try (InputStream in = Divisions.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("division table " + RESOURCE + " is missing from the jar");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new Divisions(read(reader));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read division table " + RESOURCE, e);
        }
    }

    /** Reads lines of code, Chinese name and English name, tab-separated; '#' starts a comment line. */
    static Map<DivisionCode, Division> read(BufferedReader reader) throws IOException {
        Map<DivisionCode, Division> table = new TreeMap<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] fields = line.split("\t", -1);
            if (fields.length != 3) {
                throw corrupt(lineNumber, "expected 3 tab-separated fields, found " + fields.length);
            }
            Optional<DivisionCode> code = DivisionCode.tryParse(fields[0].strip());
            if (code.isEmpty()) {
                throw corrupt(lineNumber, "malformed division code");
            }
            Division division;
            try {
                division = new Division(code.get(), fields[1].strip(), fields[2].strip());
            } catch (IllegalArgumentException e) {
                throw corrupt(lineNumber, e.getMessage());
            }
            if (table.put(division.code(), division) != null) {
                throw corrupt(lineNumber, "duplicate code " + division.code());
            }
        }
        for (Division division : table.values()) {
            Optional<DivisionCode> parent = division.code().parent();
            if (parent.isPresent() && !table.containsKey(parent.get())) {
                throw new IllegalStateException("division table " + RESOURCE + ": " + division.code()
                        + " has no parent " + parent.get() + " in the table");
            }
        }
        return table;
    }

    private static IllegalStateException corrupt(int lineNumber, String problem) {
        return new IllegalStateException("division table " + RESOURCE + ", line " + lineNumber + ": " + problem);
    }

    /**
     * The division with this code, if the table holds it.
     *
     * @param code the code
     * @return the division, or empty if the code is unknown to this table
     * @throws NullPointerException if {@code code} is null
     */
    public Optional<Division> find(DivisionCode code) {
        return Optional.ofNullable(byCode.get(Objects.requireNonNull(code, "code")));
    }

    /**
     * The division with this code.
     *
     * @param code the code
     * @return the division
     * @throws InvalidInputException if the table does not hold the code ({@code division.unknown})
     * @throws NullPointerException if {@code code} is null
     */
    public Division require(DivisionCode code) {
        Division division = byCode.get(Objects.requireNonNull(code, "code"));
        if (division == null) {
            throw unknown(code);
        }
        return division;
    }

    /**
     * Whether the table holds this code.
     *
     * @param code the code
     * @return true if the code is known
     * @throws NullPointerException if {@code code} is null
     */
    public boolean isKnown(DivisionCode code) {
        return byCode.containsKey(Objects.requireNonNull(code, "code"));
    }

    /**
     * The divisions directly under this one, in code order: a province's prefectures, a
     * prefecture's counties; empty for a county.
     *
     * @param code the code of a division in the table
     * @return an unmodifiable list, possibly empty
     * @throws InvalidInputException if the table does not hold the code ({@code division.unknown})
     * @throws NullPointerException if {@code code} is null
     */
    public List<Division> children(DivisionCode code) {
        List<Division> children = childrenByCode.get(Objects.requireNonNull(code, "code"));
        if (children == null) {
            throw unknown(code);
        }
        return children;
    }

    /**
     * The 14 prefecture-level cities of Liaoning (地级市), in code order: 210100 Shenyang to
     * 211400 Huludao.
     *
     * @return an unmodifiable list
     */
    public List<Division> cities() {
        List<Division> children = childrenByCode.get(DivisionCode.LIAONING);
        return children == null ? List.of() : children;
    }

    /**
     * Every division in the table, in code order.
     *
     * @return an unmodifiable list
     */
    public List<Division> all() {
        return List.copyOf(byCode.values());
    }

    private static InvalidInputException unknown(DivisionCode code) {
        // Division codes are public reference data, not personal data, so the code may be shown.
        return new InvalidInputException(
                Violation.of("division.unknown", "division code " + code + " is not in the division table"));
    }

    @Override
    public String toString() {
        return "Divisions[" + byCode.size() + " divisions]";
    }
}
