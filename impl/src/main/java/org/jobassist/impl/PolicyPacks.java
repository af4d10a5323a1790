package org.jobassist.impl;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.policy.PolicyPack;
import org.jobassist.impl.internal.policy.PolicyPackReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Policy packs: the shipped Liaoning pack and the reading of a host's own pack documents.
 *
 * <p>A pack document is JSON in the format {@code jobassist.policy-pack/1}:
 * <pre>{@code
 * {"format": "jobassist.policy-pack/1", "id": "liaoning", "version": "2021.1",
 *  "name": {"zh": "…", "en": "…"}, "jurisdiction": "210000",
 *  "legalBases": {"ln-min-wage-2021": {"documentNumber": "…", "titleZh": "…", "titleEn": "…",
 *                                      "article": null, "effectiveDate": "2021-11-01"}},
 *  "values": [
 *    {"key": "minimum-wage.monthly", "jurisdiction": "210115", "effectiveFrom": "2021-11-01",
 *     "effectiveTo": null, "value": "1640.00", "legalBasis": "ln-min-wage-2021"},
 *    {"key": "minimum-wage.monthly", "jurisdiction": "210100", "effectiveFrom": "2019-11-01",
 *     "effectiveTo": "2021-10-31", "unknown": true, "note": "…"}]}
 * }</pre>
 * Dates are ISO; {@code effectiveTo} is inclusive, and null or absent for "until further
 * notice". Amounts are strings of yuan ({@code "1910.00"}), ratios strings ({@code "0.7%"},
 * {@code "2/3"}), counts numbers, durations ISO periods ({@code "P20D"}), month-days
 * {@code "--01-02"}, code sets arrays of strings. A value may add an {@code article} to its
 * legal basis and a {@code note}. Reading reports every fault at once as an
 * {@link InvalidInputException} whose violation paths are JSON pointers such as
 * {@code /values/3/effectiveTo}; the codes are listed on the reader
 * ({@code policy.json}, {@code policy.unknown-field}, {@code policy.unknown-key},
 * {@code policy.type}, {@code policy.negative}, {@code policy.overlap}, {@code policy.gap},
 * {@code policy.legal-basis-ref}, …).
 *
 * <p>A document may also carry a {@code categoryCatalogues} section: the dated versions of
 * the category catalogue of people with employment difficulties, read into
 * {@link PolicyPack#categoryCatalogues()} (format and {@code category.*} codes in
 * {@code docs/categories.md}). The Liaoning pack has two: 8 categories until 2020-12-31,
 * 10 from 2021-01-01.
 *
 * <p>Thread-safe.
 */
public final class PolicyPacks {

    private static final String LIAONING_RESOURCE = "/org/jobassist/impl/policy/liaoning.json";
    private static final Logger LOG = LoggerFactory.getLogger(PolicyPacks.class);
    private static final PolicyPackReader READER = new PolicyPackReader();

    private PolicyPacks() {}

    /** Loaded on first use, once. */
    private static final class Liaoning {
        static final PolicyPack PACK = load();

        private static PolicyPack load() {
            try (InputStream in = PolicyPacks.class.getResourceAsStream(LIAONING_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("the Liaoning policy pack is missing from the jar");
                }
                PolicyPack pack = READER.read(in);
                // Which pack version every decision of this process cites: worth one line at start-up.
                LOG.info("Loaded policy pack {} version {}: {} values, {} category catalogue versions",
                        pack.id(), pack.version(), pack.values().size(), pack.categoryCatalogues().versions().size());
                return pack;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the Liaoning policy pack", e);
            }
        }
    }

    /**
     * The shipped Liaoning pack (辽宁省), the library's default: the minimum-wage table, the
     * unemployment-insurance rates, the category catalogue and the other values later
     * features read. Values the
     * sources do not give are marked unknown, with a note.
     *
     * @return the pack, the same instance on every call
     */
    public static PolicyPack liaoning() {
        return Liaoning.PACK;
    }

    /**
     * Reads a pack document from text.
     *
     * @param json the document
     * @return the pack
     * @throws InvalidInputException with every fault found, paths as JSON pointers
     * @throws NullPointerException if {@code json} is null
     */
    public static PolicyPack read(String json) {
        return READER.read(json);
    }

    /**
     * Reads a pack document from a stream, which stays open.
     *
     * @param in the document in UTF-8
     * @return the pack
     * @throws IOException if the stream cannot be read
     * @throws InvalidInputException with every fault found, paths as JSON pointers
     * @throws NullPointerException if {@code in} is null
     */
    public static PolicyPack read(InputStream in) throws IOException {
        return READER.read(in);
    }

    /**
     * Reads a pack document from a file.
     *
     * @param file the document in UTF-8
     * @return the pack
     * @throws IOException if the file cannot be read
     * @throws InvalidInputException with every fault found, paths as JSON pointers
     * @throws NullPointerException if {@code file} is null
     */
    public static PolicyPack read(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(Objects.requireNonNull(file, "file"))) {
            return READER.read(in);
        }
    }
}
