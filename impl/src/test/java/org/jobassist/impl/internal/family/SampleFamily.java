package org.jobassist.impl.internal.family;

import java.time.LocalDate;
import org.jobassist.api.family.KinPerson;
import org.jobassist.api.family.KinshipGraph;
import org.jobassist.api.family.LivingTogether;
import org.jobassist.api.family.Marriage;
import org.jobassist.api.family.MarriageEnd;
import org.jobassist.api.family.Parentage;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.family.Residence;
import org.jobassist.api.identity.Gender;
import org.jobassist.api.time.DateRange;

/**
 * A three-generation family around A, written out by hand so that every expected answer in
 * the tests is read off this file, not computed by the code under test.
 *
 * <pre>
 * PGF(M 1940, died 2010-05-01) = PGM(F 1942), m. 1963      MGF(M 1938) = MGM(F 1941), m. 1962
 *        |                                                        |
 *   F(M 1965)  and  FS(F 1970)                                 M(F 1967)
 * F = M, m. 1988-01-01, divorced 2000-12-31: children A(M 1990), SIS(F 1993)
 * F = SM(F 1970), m. 2002-01-01: child HALF(M 2004); SM step-parent with support of SIS from 2002-06-01
 * SIS = SH(M 1992), m. 2018-10-01
 * WF(M 1960) = WM(F 1962): children W(F 1991), WB(M 1994); W's own child WK(F 2011)
 * A = W, m. 2015-05-01: child S1(M 2016); A and W adopt AD(F 2012) from 2019-03-01
 * Household H-A from 2015-05-01: A, W; S1 from birth; AD from adoption.
 * A lives together with MGM 2020-01-01/2022-12-31.
 * </pre>
 */
final class SampleFamily {

    static final PersonId PGF = PersonId.of("PGF");
    static final PersonId PGM = PersonId.of("PGM");
    static final PersonId MGF = PersonId.of("MGF");
    static final PersonId MGM = PersonId.of("MGM");
    static final PersonId F = PersonId.of("F");
    static final PersonId FS = PersonId.of("FS");
    static final PersonId M = PersonId.of("M");
    static final PersonId A = PersonId.of("A");
    static final PersonId SIS = PersonId.of("SIS");
    static final PersonId SM = PersonId.of("SM");
    static final PersonId HALF = PersonId.of("HALF");
    static final PersonId SH = PersonId.of("SH");
    static final PersonId WF = PersonId.of("WF");
    static final PersonId WM = PersonId.of("WM");
    static final PersonId W = PersonId.of("W");
    static final PersonId WB = PersonId.of("WB");
    static final PersonId WK = PersonId.of("WK");
    static final PersonId S1 = PersonId.of("S1");
    static final PersonId AD = PersonId.of("AD");

    static final LocalDate AS_OF = LocalDate.of(2021, 6, 30);

    private SampleFamily() {}

    private static KinPerson male(PersonId id, int year) {
        return KinPerson.of(id, Gender.MALE, LocalDate.of(year, 3, 15));
    }

    private static KinPerson female(PersonId id, int year) {
        return KinPerson.of(id, Gender.FEMALE, LocalDate.of(year, 8, 20));
    }

    static KinshipGraph graph() {
        return KinshipGraph.builder()
                .person(male(PGF, 1940).diedOn(LocalDate.of(2010, 5, 1)))
                .person(female(PGM, 1942))
                .person(male(MGF, 1938))
                .person(female(MGM, 1941))
                .person(male(F, 1965))
                .person(female(FS, 1970))
                .person(female(M, 1967))
                .person(male(A, 1990))
                .person(female(SIS, 1993))
                .person(female(SM, 1970))
                .person(male(HALF, 2004))
                .person(male(SH, 1992))
                .person(male(WF, 1960))
                .person(female(WM, 1962))
                .person(female(W, 1991))
                .person(male(WB, 1994))
                .person(female(WK, 2011))
                .person(male(S1, 2016))
                .person(female(AD, 2012))
                .marriage(Marriage.of(PGF, PGM, LocalDate.of(1963, 1, 1)))
                .marriage(Marriage.of(MGF, MGM, LocalDate.of(1962, 1, 1)))
                .marriage(Marriage.of(F, M, LocalDate.of(1988, 1, 1)).endedOn(LocalDate.of(2000, 12, 31), MarriageEnd.DIVORCE))
                .marriage(Marriage.of(F, SM, LocalDate.of(2002, 1, 1)))
                .marriage(Marriage.of(SIS, SH, LocalDate.of(2018, 10, 1)))
                .marriage(Marriage.of(WF, WM, LocalDate.of(1988, 1, 1)))
                .marriage(Marriage.of(A, W, LocalDate.of(2015, 5, 1)))
                .parentage(Parentage.birth(PGF, F))
                .parentage(Parentage.birth(PGM, F))
                .parentage(Parentage.birth(PGF, FS))
                .parentage(Parentage.birth(PGM, FS))
                .parentage(Parentage.birth(MGF, M))
                .parentage(Parentage.birth(MGM, M))
                .parentage(Parentage.birth(F, A))
                .parentage(Parentage.birth(M, A))
                .parentage(Parentage.birth(F, SIS))
                .parentage(Parentage.birth(M, SIS))
                .parentage(Parentage.birth(F, HALF))
                .parentage(Parentage.birth(SM, HALF))
                .parentage(Parentage.stepWithSupport(SM, SIS, LocalDate.of(2002, 6, 1)))
                .parentage(Parentage.birth(WF, W))
                .parentage(Parentage.birth(WM, W))
                .parentage(Parentage.birth(WF, WB))
                .parentage(Parentage.birth(WM, WB))
                .parentage(Parentage.birth(W, WK))
                .parentage(Parentage.birth(A, S1))
                .parentage(Parentage.birth(W, S1))
                .parentage(Parentage.adoption(A, AD, LocalDate.of(2019, 3, 1)))
                .parentage(Parentage.adoption(W, AD, LocalDate.of(2019, 3, 1)))
                .residence(Residence.of(A, "H-A", DateRange.startingOn(LocalDate.of(2015, 5, 1))))
                .residence(Residence.of(W, "H-A", DateRange.startingOn(LocalDate.of(2015, 5, 1))))
                .residence(Residence.of(S1, "H-A", DateRange.startingOn(LocalDate.of(2016, 3, 15))))
                .residence(Residence.of(AD, "H-A", DateRange.startingOn(LocalDate.of(2019, 3, 1))))
                .livingTogether(LivingTogether.of(A, MGM, DateRange.parse("2020-01-01/2022-12-31")))
                .build();
    }
}
