package org.jobassist.examples.province;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.jobassist.testkit.Properties;

/**
 * The province run's command-line options.
 *
 * <pre>
 * --out DIR       where the reports go (default target/province-run)
 * --people N      how many people to generate (default {@value #DEFAULT_PEOPLE})
 * --seed S        the generators' seed (default 20211109)
 * --store NAME    memory (default) or h2
 * --input DIR     read people.csv, households.csv, relations.csv, evidence.csv and
 *                 outcomes.csv from DIR instead of generating a province
 * </pre>
 *
 * @param out the output folder
 * @param people how many people to generate
 * @param seed the seed
 * @param store the store set's name
 * @param input the folder of the host's CSV files, if given
 */
public record Options(Path out, int people, long seed, String store, Optional<Path> input) {

    /** The default size: a year finishes in a few seconds on two cores. */
    public static final int DEFAULT_PEOPLE = 10_000;
    /** The default output folder. */
    public static final Path DEFAULT_OUT = Path.of("target", "province-run");
    /** The usage text. */
    public static final String USAGE = "usage: ProvinceRun [--out DIR] [--people N] [--seed S] [--store memory|h2]"
            + " [--input DIR]";

    /**
     * Checks the fields.
     *
     * @throws NullPointerException if a field is null
     * @throws IllegalArgumentException if {@code people} is below 1
     */
    public Options {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(input, "input");
        if (people < 1) {
            throw new IllegalArgumentException("--people must be at least 1");
        }
    }

    /**
     * Reads the options.
     *
     * @param args the command line
     * @return the options, defaults where not given
     * @throws IllegalArgumentException naming the option at fault, for an unknown option, a
     *     missing value or a value that is not a number
     */
    public static Options parse(String... args) {
        Path out = DEFAULT_OUT;
        int people = DEFAULT_PEOPLE;
        long seed = Properties.DEFAULT_SEED;
        String store = MemoryStoreSet.NAME;
        Path input = null;
        for (int i = 0; i < args.length; i++) {
            String option = args[i];
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(option.startsWith("--") ? option + " needs a value"
                        : "unknown argument #" + (i + 1));
            }
            String value = args[++i];
            switch (option) {
                case "--out" -> out = Path.of(value);
                case "--people" -> people = number(option, value);
                case "--seed" -> seed = longNumber(option, value);
                case "--store" -> store = value;
                case "--input" -> input = Path.of(value);
                default -> throw new IllegalArgumentException("unknown option " + (option.startsWith("--")
                        ? option : "#" + i));
            }
        }
        return new Options(out, people, seed, store, Optional.ofNullable(input));
    }

    private static int number(String option, String value) {
        try {
            return Integer.parseInt(value.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number", e);
        }
    }

    private static long longNumber(String option, String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " needs a whole number", e);
        }
    }
}
