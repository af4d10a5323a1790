package org.jobassist.api.family;

import java.util.Objects;
import org.jobassist.api.identity.Gender;

/**
 * The relations a {@link KinshipGraph} derives between two people, each with its class under
 * Civil Code Art. 1045: all are relatives (亲属, para. 1); the first eight, exactly, are close
 * relatives (近亲属, para. 2); spouse, parents and children are family members (家庭成员,
 * para. 3) without condition, the other close relatives only while living together.
 *
 * <p>Parent and child include adoptive parents and children and step-parents and step-children
 * with a relationship of support and education (Art. 1072, 1111). Siblings share at least one
 * parent (half-siblings are siblings). A grandparent is paternal or maternal by the gender of
 * the parent through whom the relation runs; a grandchild is through a son or a daughter.
 *
 * <p>Relatives by marriage (姻亲) are never close relatives: parents-in-law, children-in-law,
 * siblings-in-law, and step-parents and step-children without a support-and-education
 * relationship.
 */
public enum Kinship {
    /** Spouse (配偶). */
    SPOUSE("spouse", "husband", "wife", true, true),
    /** Parent (父母), natural, adoptive or step with support. */
    PARENT("parent", "father", "mother", true, true),
    /** Child (子女), natural, adoptive or step with support. */
    CHILD("child", "son", "daughter", true, true),
    /** Brother or sister (兄弟姐妹), including half-siblings. */
    SIBLING("sibling", "brother", "sister", true, false),
    /** Paternal grandparent (祖父母): a parent of the father. */
    PATERNAL_GRANDPARENT("paternal grandparent", "paternal grandfather", "paternal grandmother", true, false),
    /** Maternal grandparent (外祖父母): a parent of the mother. */
    MATERNAL_GRANDPARENT("maternal grandparent", "maternal grandfather", "maternal grandmother", true, false),
    /** Grandchild through a son (孙子女). */
    GRANDCHILD_THROUGH_SON("grandchild through a son", "grandson through a son", "granddaughter through a son",
            true, false),
    /** Grandchild through a daughter (外孙子女). */
    GRANDCHILD_THROUGH_DAUGHTER("grandchild through a daughter", "grandson through a daughter",
            "granddaughter through a daughter", true, false),
    /** Parent of the spouse (公婆、岳父母). */
    PARENT_IN_LAW("parent-in-law", "father-in-law", "mother-in-law", false, false),
    /** Spouse of a child (儿媳、女婿). */
    CHILD_IN_LAW("child-in-law", "son-in-law", "daughter-in-law", false, false),
    /** Sibling of the spouse, or spouse of a sibling. */
    SIBLING_IN_LAW("sibling-in-law", "brother-in-law", "sister-in-law", false, false),
    /** Spouse of a parent without a support-and-education relationship (继父母, 姻亲). */
    STEP_PARENT("step-parent without support", "stepfather without support", "stepmother without support",
            false, false),
    /** Child of the spouse without a support-and-education relationship (继子女, 姻亲). */
    STEP_CHILD("step-child without support", "stepson without support", "stepdaughter without support",
            false, false);

    private final String noun;
    private final String male;
    private final String female;
    private final boolean close;
    private final boolean alwaysFamily;

    Kinship(String noun, String male, String female, boolean close, boolean alwaysFamily) {
        this.noun = noun;
        this.male = male;
        this.female = female;
        this.close = close;
        this.alwaysFamily = alwaysFamily;
    }

    /**
     * Whether this relation is one of the eight close relations of Art. 1045 para. 2.
     *
     * @return true for spouse, parent, child, sibling, grandparents and grandchildren
     */
    public boolean isCloseRelative() {
        return close;
    }

    /**
     * Whether a relative of this kind is a family member whether or not they live together
     * (Art. 1045 para. 3).
     *
     * @return true for spouse, parent and child
     */
    public boolean isAlwaysFamilyMember() {
        return alwaysFamily;
    }

    /**
     * Whether this is a relation by marriage (姻亲) rather than the spouse or a blood relation.
     *
     * @return true for in-laws and step-relations without support
     */
    public boolean isByMarriage() {
        return !close;
    }

    /**
     * The English noun for the relation, without gender, such as "maternal grandparent".
     *
     * @return the noun
     */
    public String noun() {
        return noun;
    }

    /**
     * The English noun for a relative of {@code gender}, such as "maternal grandfather".
     *
     * @param gender the relative's gender
     * @return the noun
     * @throws NullPointerException if {@code gender} is null
     */
    public String noun(Gender gender) {
        Objects.requireNonNull(gender, "gender");
        return gender == Gender.MALE ? male : female;
    }
}
