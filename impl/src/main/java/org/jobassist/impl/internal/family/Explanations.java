package org.jobassist.impl.internal.family;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.jobassist.api.family.CivilCode;
import org.jobassist.api.family.Kinship;
import org.jobassist.api.family.KinshipFinding;
import org.jobassist.api.family.KinshipStep;
import org.jobassist.api.family.ParentageKind;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.law.Explanation;

/**
 * The explanation trees of kinship answers, each citing the paragraph of Civil Code Art. 1045
 * it applies, and Art. 1111 or Art. 1072 where an adoption or a step-relation is on the path.
 * Stateless and thread-safe.
 */
final class Explanations {

    private Explanations() {}

    /** Why {@code relative} is {@code subject}'s {@code kind}: one leaf, with the path. */
    static Explanation finding(PersonId subject, PersonId relative, Kinship kind, LocalDate asOf,
                               List<KinshipStep> path, String sentence) {
        Explanation.Builder b = Explanation.builder("family.kinship." + kind.name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .description(sentence)
                .input("subject", subject.value())
                .input("relative", relative.value())
                .input("asOf", asOf.toString())
                .input("path", KinshipFinding.pathText(path))
                .input("class", kind.isCloseRelative() ? "close relative (近亲属)" : "relative by marriage (姻亲)")
                .satisfied(true)
                .legalBasis(kind.isCloseRelative() ? CivilCode.ART_1045_PARA_2 : CivilCode.ART_1045_PARA_1);
        boolean adoption = false;
        boolean step = kind == Kinship.STEP_PARENT || kind == Kinship.STEP_CHILD;
        for (KinshipStep s : path) {
            adoption |= s.ground() == ParentageKind.ADOPTION;
            step |= s.ground() == ParentageKind.STEP_WITH_SUPPORT;
        }
        if (adoption) {
            b.legalBasis(CivilCode.ART_1111);
        }
        if (step) {
            b.legalBasis(CivilCode.ART_1072);
        }
        return b.build();
    }

    /** Why a person is a relative (para. 1) or close relative (para. 2). */
    static Explanation member(boolean close, PersonId subject, PersonId relative, LocalDate asOf,
                              List<KinshipFinding> findings) {
        Explanation.Builder b = Explanation.builder(close ? "family.close-relative" : "family.relative")
                .description(close ? "one of the eight close relations of Civil Code Art. 1045 para. 2"
                        : "spouse, blood relative or relative by marriage, Civil Code Art. 1045 para. 1")
                .input("subject", subject.value())
                .input("relative", relative.value())
                .input("asOf", asOf.toString())
                .satisfied(true)
                .legalBasis(close ? CivilCode.ART_1045_PARA_2 : CivilCode.ART_1045_PARA_1);
        findings.forEach(f -> b.child(f.explanation()));
        return b.build();
    }

    /**
     * Why a close relative is or is not a family member (para. 3): spouse, parent and child
     * always; the others only while living together; never after death.
     */
    static Explanation familyMember(PersonId subject, PersonId relative, LocalDate asOf, List<KinshipFinding> findings,
                                    boolean always, boolean livingTogether, boolean deceased) {
        boolean member = !deceased && (always || livingTogether);
        String why;
        if (deceased) {
            why = "a close relative who had died before the date is not a family member";
        } else if (always) {
            why = "spouse, parents and children are family members whether or not they live together";
        } else if (livingTogether) {
            why = "another close relative who lives together with the person is a family member";
        } else {
            why = "another close relative is a family member only while living together, and they did not on the date";
        }
        Explanation.Builder b = Explanation.builder("family.family-member")
                .description(why)
                .input("subject", subject.value())
                .input("relative", relative.value())
                .input("asOf", asOf.toString())
                .input("spouseParentOrChild", Boolean.toString(always))
                .input("livingTogether", Boolean.toString(livingTogether))
                .input("deceased", Boolean.toString(deceased))
                .satisfied(member)
                .legalBasis(CivilCode.ART_1045_PARA_3);
        findings.forEach(f -> b.child(f.explanation()));
        if (deceased) {
            b.child(Explanation.builder("family.living").description("the relative was living on the date")
                    .satisfied(false).build());
        } else if (!always) {
            b.child(Explanation.builder("family.living-together")
                    .description("the two live together (共同生活) on the date, by a recorded spell or a shared household")
                    .satisfied(livingTogether).legalBasis(CivilCode.ART_1045_PARA_3).build());
        }
        return b.build();
    }
}
