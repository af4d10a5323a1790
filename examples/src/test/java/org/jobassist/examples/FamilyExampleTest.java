package org.jobassist.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.jobassist.api.family.HouseholdMember;
import org.junit.jupiter.api.Test;

/**
 * The expected lines are worked out by hand from the family in {@link FamilyExample}'s
 * javadoc and DOMAIN.md §2 (Civil Code Art. 1045; the Liaoning test: at least 2 working-age,
 * able and willing members without work, nobody employed; 20 days to place a member).
 */
class FamilyExampleTest {

    private static String runAndCapture() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
            assertEquals(0, FamilyExample.run(out));
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    private static void assertLine(String output, String line) {
        assertTrue(output.lines().anyMatch(l -> l.equals(line)), () -> "missing line <" + line + "> in\n" + output);
    }

    @Test
    void relationsCarryTheirProofPaths() {
        String output = runAndCapture();
        assertLine(output, "  P1 is P3's father: P3 → father (P1)");
        assertLine(output, "  P4 is P3's wife: P3 → wife (P4)");
        // Half-brother: shares only the father (P5's mother is P1's first wife P8).
        assertLine(output, "  P5 is P3's brother: P3 → father (P1) → his son (P5)");
        assertLine(output, "  P6 is P3's daughter: P3 → daughter (P6)");
        // Adoption makes a child (Art. 1111); not a step-child through the wife either.
        assertLine(output, "  P7 is P3's son: P3 → adoptive son (P7)");
        assertLine(output, "  P9 is P3's mother-in-law: P3 → wife (P4) → her mother (P9)");
        assertLine(output, "  P10 (deceased) is P3's paternal grandmother: P3 → father (P1) → his mother (P10)");
        // The father's divorced first wife is no relative of P3: the marriage ended before P3 was born.
        assertLine(output, "  P8: no relation to P3");
    }

    @Test
    void closeRelativesAreTheEightRelationsAndNeverAnInLaw() {
        String output = runAndCapture();
        assertLine(output, "Close relatives of P3 (近亲属, Civil Code Art. 1045 para. 2): P1 father,"
                + " P10 paternal grandmother (deceased), P2 mother, P4 wife, P5 brother, P6 daughter, P7 son");
        assertLine(output, "Relative by marriage, not a close relative: P9 mother-in-law, lives together with P3");
    }

    @Test
    void familyMembersLeaveOutTheDeadAndCloseRelativesLivingApart() {
        String output = runAndCapture();
        assertLine(output, "Family members of P3 (家庭成员, Art. 1045 para. 3): P1, P2, P4, P6, P7");
        assertLine(output, "  P10: a close relative who had died before the date is not a family member");
        // P3 and P5 lived together until 2019-12-31 only.
        assertLine(output, "  P5: another close relative is a family member only while living together,"
                + " and they did not on the date");
    }

    @Test
    void zeroEmploymentFamilyUntilAMemberIsEmployed() {
        String output = runAndCapture();
        // 2021-06-30: P3 (45, out of work since 2020) and P4 (44, retires at 50) are counted: 2 >= 2.
        assertLine(output, "Zero-employment family on 2021-06-30: yes");
        assertLine(output, "  counted: P3, P4");
        assertLine(output, "  P6 not counted: [IN_SCHOOL]");
        assertLine(output, "  P7 not counted: [NOT_WILLING]");
        // The mother-in-law is on the register but not family under Art. 1045: nothing else is assessed.
        assertLine(output, "  P9 not counted: [NOT_FAMILY_MEMBER]");
        // 2021-07-23: P3 starts work, leaving one counted member.
        assertLine(output, "Zero-employment family on 2021-07-23: no [MEMBER_EMPLOYED, TOO_FEW_MEMBERS]");
        assertLine(output, "  counted: P4");
        assertLine(output, "  P3 not counted: [EMPLOYED]");
        assertTrue(output.contains("[SATISFIED] zero-employment-family: "), output);
        // members[0] is P3, the head.
        assertLine(output, "    zero-employment-family.no-member-employed: no family member is employed on the date asked"
                + " {employedMembers=members[0]}");
    }

    @Test
    void clearingDeadlineIsDayTwentyAndTheNextDayIsOverdue() {
        String output = runAndCapture();
        assertLine(output, "Clearing case: identified 2021-07-01 in 210100, clearing period P20D, deadline 2021-07-21");
        assertLine(output, "  status on 2021-07-21 (day 20): OPEN");
        assertLine(output, "  status on 2021-07-22 (day 21): OVERDUE");
        assertLine(output, "  cleared 2021-07-23 when P3 started work: CLEARED_LATE");
    }

    @Test
    void printsNoBirthDates() {
        String output = runAndCapture();
        List<HouseholdMember> members = FamilyExample.register().members();
        for (HouseholdMember m : members) {
            assertFalse(output.contains(m.birthDate().toString()), () -> "output shows a birth date of " + m.id());
        }
    }
}
