package org.jobassist.api.category;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The result of a batch recognition as of one date: how many people were recognised, not
 * recognised and rejected (with reasons), how many of those not recognised are eligible by
 * reference, the count of every category of the version, and the recognitions themselves
 * only when the batch was asked to explain. Every input is in exactly one of recognised, not
 * recognised and rejected: nothing is dropped.
 *
 * <p>Immutable and thread-safe.
 */
public final class RecognitionBatchResult {

    private final LocalDate asOf;
    private final String catalogueVersion;
    private final long recognisedCount;
    private final long notRecognisedCount;
    private final long referenceEligibleCount;
    private final Map<String, Long> categoryCounts;
    private final List<RejectedPerson> rejected;
    private final List<Recognition> recognitions;

    private RecognitionBatchResult(LocalDate asOf, String catalogueVersion, long recognisedCount,
            long notRecognisedCount, long referenceEligibleCount, Map<String, Long> categoryCounts,
            List<RejectedPerson> rejected, List<Recognition> recognitions) {
        this.asOf = Objects.requireNonNull(asOf, "asOf");
        this.catalogueVersion = Objects.requireNonNull(catalogueVersion, "catalogueVersion");
        if (recognisedCount < 0 || notRecognisedCount < 0 || referenceEligibleCount < 0
                || referenceEligibleCount > notRecognisedCount) {
            throw new IllegalArgumentException("counts must not be negative, and the reference-eligible are "
                    + "among the not recognised");
        }
        this.recognisedCount = recognisedCount;
        this.notRecognisedCount = notRecognisedCount;
        this.referenceEligibleCount = referenceEligibleCount;
        this.categoryCounts = Collections.unmodifiableMap(new LinkedHashMap<>(categoryCounts));
        this.rejected = List.copyOf(rejected);
        this.recognitions = List.copyOf(recognitions);
    }

    /**
     * A batch result.
     *
     * @param asOf the date recognised as of
     * @param catalogueVersion the catalogue version applied
     * @param recognisedCount people recognised in at least one category
     * @param notRecognisedCount people recognised in none
     * @param referenceEligibleCount people not recognised but eligible by reference
     * @param categoryCounts every category code of the version (reference categories
     *     included) to the people who satisfy it, in the version's order
     * @param rejected the inputs rejected, in input order
     * @param recognitions the recognitions kept (explained batches only), in input order
     * @return the result
     * @throws IllegalArgumentException if a count is negative or the reference-eligible
     *     outnumber the not recognised
     * @throws NullPointerException if an argument or an element is null
     */
    public static RecognitionBatchResult of(LocalDate asOf, String catalogueVersion, long recognisedCount,
            long notRecognisedCount, long referenceEligibleCount, Map<String, Long> categoryCounts,
            List<RejectedPerson> rejected, List<Recognition> recognitions) {
        return new RecognitionBatchResult(asOf, catalogueVersion, recognisedCount, notRecognisedCount,
                referenceEligibleCount, categoryCounts, rejected, recognitions);
    }

    /**
     * The date recognised as of.
     *
     * @return the date
     */
    public LocalDate asOf() {
        return asOf;
    }

    /**
     * The catalogue version applied.
     *
     * @return the version's name
     */
    public String catalogueVersion() {
        return catalogueVersion;
    }

    /**
     * People recognised in at least one category of people with employment difficulties.
     *
     * @return the count
     */
    public long recognisedCount() {
        return recognisedCount;
    }

    /**
     * People recognised in no category (valid inputs only).
     *
     * @return the count
     */
    public long notRecognisedCount() {
        return notRecognisedCount;
    }

    /**
     * People not recognised but eligible for some reference category (参照享受); a part of
     * {@link #notRecognisedCount()}.
     *
     * @return the count
     */
    public long referenceEligibleCount() {
        return referenceEligibleCount;
    }

    /**
     * Inputs rejected.
     *
     * @return the count
     */
    public long rejectedCount() {
        return rejected.size();
    }

    /**
     * Every input: recognised, not recognised and rejected.
     *
     * @return the count
     */
    public long total() {
        return recognisedCount + notRecognisedCount + rejected.size();
    }

    /**
     * Every category code of the version, reference categories included, to the number of
     * people who satisfy it (reference categories counted whether or not the person is also
     * recognised).
     *
     * @return an unmodifiable map in the version's order
     */
    public Map<String, Long> categoryCounts() {
        return categoryCounts;
    }

    /**
     * The people who satisfy the category with {@code code}.
     *
     * @param code a category code
     * @return the count, 0 for a code the version does not have
     * @throws NullPointerException if {@code code} is null
     */
    public long count(String code) {
        return categoryCounts.getOrDefault(Objects.requireNonNull(code, "code"), 0L);
    }

    /**
     * The rejected inputs with their reasons.
     *
     * @return an unmodifiable list, in input order
     */
    public List<RejectedPerson> rejected() {
        return rejected;
    }

    /**
     * The recognitions, kept only by an explained batch without a sink.
     *
     * @return an unmodifiable list in input order, empty otherwise
     */
    public List<Recognition> recognitions() {
        return recognitions;
    }

    /**
     * This result and {@code other} combined, for a population split between threads: counts
     * added, rejections and recognitions of {@code other} after these (indexes stay those of
     * each part).
     *
     * @param other a result of the same date and catalogue version
     * @return the combined result
     * @throws IllegalArgumentException if the date or version differs
     * @throws NullPointerException if {@code other} is null
     */
    public RecognitionBatchResult plus(RecognitionBatchResult other) {
        Objects.requireNonNull(other, "other");
        if (!asOf.equals(other.asOf) || !catalogueVersion.equals(other.catalogueVersion)) {
            throw new IllegalArgumentException("results of different dates or catalogue versions do not combine");
        }
        Map<String, Long> counts = new LinkedHashMap<>(categoryCounts);
        other.categoryCounts.forEach((code, n) -> counts.merge(code, n, Long::sum));
        List<RejectedPerson> allRejected = new ArrayList<>(rejected);
        allRejected.addAll(other.rejected);
        List<Recognition> all = new ArrayList<>(recognitions);
        all.addAll(other.recognitions);
        return new RecognitionBatchResult(asOf, catalogueVersion, recognisedCount + other.recognisedCount,
                notRecognisedCount + other.notRecognisedCount, referenceEligibleCount + other.referenceEligibleCount,
                counts, allRejected, all);
    }

    /**
     * Counts and rejections compared; the recognitions are left out, so an explained batch
     * and a fast one over the same people are equal.
     *
     * @param o another object
     * @return true if the counts, date, version and rejections are equal
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof RecognitionBatchResult r && asOf.equals(r.asOf)
                && catalogueVersion.equals(r.catalogueVersion) && recognisedCount == r.recognisedCount
                && notRecognisedCount == r.notRecognisedCount && referenceEligibleCount == r.referenceEligibleCount
                && categoryCounts.equals(r.categoryCounts) && rejected.equals(r.rejected);
    }

    @Override
    public int hashCode() {
        return Objects.hash(asOf, catalogueVersion, recognisedCount, notRecognisedCount, referenceEligibleCount,
                categoryCounts, rejected);
    }

    /**
     * The counts; no personal data.
     *
     * @return the summary
     */
    @Override
    public String toString() {
        return "RecognitionBatchResult[" + asOf + " " + catalogueVersion + ": " + recognisedCount + " recognised, "
                + notRecognisedCount + " not (" + referenceEligibleCount + " by reference), " + rejected.size()
                + " rejected, " + categoryCounts + "]";
    }
}
