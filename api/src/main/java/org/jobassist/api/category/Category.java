package org.jobassist.api.category;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.law.LegalBasis;

/**
 * One category of a catalogue: a category of people with employment difficulties
 * (就业困难人员类别) or a reference category.
 *
 * <p>{@code code} is stable across versions and provinces where the category is the same,
 * such as {@code NEAR_RETIREMENT}: upper-case letters, digits and underscores, starting with
 * a letter. {@code condition} is the category's own test; the catalogue adds its precondition
 * (recognised categories) or its reference gate (reference categories), see
 * {@link CategoryCatalogue#fullCondition(String)}.
 *
 * <p>Error codes: {@code category.code} (malformed code), {@code category.name} (blank name),
 * {@code category.legal-basis} (no legal basis), {@code category.required} (no condition or
 * kind).
 *
 * <p>Immutable and thread-safe.
 *
 * @param code the stable code
 * @param nameZh the name in Chinese
 * @param nameEn the name in English
 * @param legalBasis the document (and article) the category rests on
 * @param condition the category's own test
 * @param kind recognised or reference
 * @param note a remark such as an assumption, or null
 */
public record Category(String code, String nameZh, String nameEn, LegalBasis legalBasis, Condition condition,
                       CategoryKind kind, String note) {

    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");

    /**
     * Validates the fields, reporting every fault at once.
     *
     * @throws InvalidInputException with the codes of the class javadoc
     */
    public Category {
        List<Violation> faults = new ArrayList<>();
        if (code == null || !CODE.matcher(code).matches()) {
            faults.add(new Violation("code", "category.code",
                    "a category code is upper-case letters, digits and underscores, starting with a letter"));
        }
        if (nameZh == null || nameZh.isBlank()) {
            faults.add(new Violation("nameZh", "category.name", "the Chinese name must not be blank"));
        }
        if (nameEn == null || nameEn.isBlank()) {
            faults.add(new Violation("nameEn", "category.name", "the English name must not be blank"));
        }
        if (legalBasis == null) {
            faults.add(new Violation("legalBasis", "category.legal-basis", "a category needs a legal basis"));
        }
        if (condition == null) {
            faults.add(new Violation("condition", "category.required", "a category needs a condition"));
        }
        if (kind == null) {
            faults.add(new Violation("kind", "category.required", "a category needs a kind"));
        }
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    /**
     * A category without note.
     *
     * @param code the stable code
     * @param nameZh the Chinese name
     * @param nameEn the English name
     * @param legalBasis the legal basis
     * @param condition the category's own test
     * @param kind recognised or reference
     * @return the category
     * @throws InvalidInputException with the codes of the class javadoc
     */
    public static Category of(String code, String nameZh, String nameEn, LegalBasis legalBasis, Condition condition,
            CategoryKind kind) {
        return new Category(code, nameZh, nameEn, legalBasis, condition, kind, null);
    }

    /**
     * This category with a note.
     *
     * @param note the note, or null for none
     * @return a copy with the note
     */
    public Category withNote(String note) {
        return new Category(code, nameZh, nameEn, legalBasis, condition, kind, note);
    }

    /**
     * The code and the English name; the condition is left to {@link Condition#describe()}.
     *
     * @return such as {@code Category[DISABLED Disabled people]}
     */
    @Override
    public String toString() {
        return "Category[" + code + " " + nameEn + "]";
    }
}
