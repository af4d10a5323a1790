package org.jobassist.api.family;

/**
 * The ground of a parent–child relation (父母子女关系). All three make a parent and a child
 * under Civil Code Art. 1045; adoption rests also on Art. 1111 and a step-relation on
 * Art. 1072.
 */
public enum ParentageKind {
    /** Natural parent and child (自然血亲), from the child's birth. */
    BIRTH,
    /** Adoptive parent and child (养父母子女), from the adoption (Art. 1111). */
    ADOPTION,
    /**
     * Step-parent and step-child with a relationship of support and education (形成抚养教育关系
     * 的继父母子女), from the day that relationship began (Art. 1072). A step-relation without
     * it is not a parentage: it is derived as {@link Kinship#STEP_PARENT} / {@link
     * Kinship#STEP_CHILD}, a relation by marriage.
     */
    STEP_WITH_SUPPORT
}
