package org.jobassist.api.subsidy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.region.DivisionCode;
import org.junit.jupiter.api.Test;

/** The vocational training, skill-upgrade and job-search inputs: every violation code, no data echoed, masked toString. */
class TrainingInputsTest {

    static final ResidentIdNumber PERSON = ResidentIdNumber.parse("11010519491231002X");
    static final LocalDate DAY = LocalDate.of(2021, 6, 1);
    static final DivisionCode SHENYANG = DivisionCode.of("210100");

    static Set<String> codes(Runnable build) {
        List<Violation> vs = assertThrows(InvalidInputException.class, build::run).violations();
        for (Violation v : vs) {
            assertFalse(v.message().contains(PERSON.value()), v.message());
        }
        return vs.stream().map(v -> v.path() + ":" + v.code()).collect(Collectors.toSet());
    }

    @Test
    void vocationalTrainingReportsEveryFaultAtOnce() {
        assertEquals(Set.of("trainee:vocational-training.required", "certificateDate:vocational-training.required",
                "earlierSubsidies:vocational-training.required", "jurisdiction:vocational-training.required"),
                codes(() -> VocationalTrainingSubsidyInput.builder().build()));
        assertEquals(Set.of("earlierSubsidies:vocational-training.negative-count",
                "jurisdiction:vocational-training.jurisdiction-level"),
                codes(() -> VocationalTrainingSubsidyInput.builder().trainee(PERSON).certificateDate(DAY)
                        .earlierSubsidies(-1).jurisdiction(DivisionCode.LIAONING).build()));
    }

    @Test
    void vocationalTrainingValueAndMasking() {
        VocationalTrainingSubsidyInput a = VocationalTrainingSubsidyInput.builder().trainee(PERSON)
                .certificateDate(DAY).earlierSubsidies(2).jurisdiction(SHENYANG).build();
        VocationalTrainingSubsidyInput b = VocationalTrainingSubsidyInput.builder().trainee(PERSON)
                .certificateDate(DAY).earlierSubsidies(2).jurisdiction(SHENYANG).build();
        assertEquals(a, b);
        assertEquals(a.hashCode(), b.hashCode());
        assertEquals(2, a.earlierSubsidies());
        assertNotEquals(a, VocationalTrainingSubsidyInput.builder().trainee(PERSON).certificateDate(DAY)
                .earlierSubsidies(3).jurisdiction(SHENYANG).build());
        assertFalse(a.toString().contains(PERSON.value()), a.toString());
        assertTrue(a.toString().contains(PERSON.masked()), a.toString());
    }

    @Test
    void skillUpgradeReportsEveryFaultAtOnce() {
        assertEquals(Set.of("worker:skill-upgrade.required", "level:skill-upgrade.required",
                "certificateDate:skill-upgrade.required", "insuredOnCertificateDate:skill-upgrade.required",
                "jurisdiction:skill-upgrade.required"), codes(() -> SkillUpgradeSubsidyInput.builder().build()));
        assertEquals(Set.of("jurisdiction:skill-upgrade.jurisdiction-level"), codes(() -> SkillUpgradeSubsidyInput
                .builder().worker(PERSON).level(CertificateLevel.LEVEL_4).certificateDate(DAY)
                .insuredOnCertificateDate(true).jurisdiction(DivisionCode.LIAONING).build()));
    }

    @Test
    void skillUpgradeAcceptsEveryLevelAndMasks() {
        for (CertificateLevel level : CertificateLevel.values()) {
            SkillUpgradeSubsidyInput in = SkillUpgradeSubsidyInput.builder().worker(PERSON).level(level)
                    .certificateDate(DAY).insuredOnCertificateDate(false).jurisdiction(SHENYANG).build();
            assertEquals(level, in.level());
            assertFalse(in.insuredOnCertificateDate());
            assertFalse(in.toString().contains(PERSON.value()), in.toString());
        }
        assertEquals(List.of(5, 4, 3, 2, 1), java.util.Arrays.stream(CertificateLevel.values())
                .map(CertificateLevel::number).toList());
    }

    @Test
    void jobSearchReportsEveryFaultAtOnceAndAllowsNoGround() {
        assertEquals(Set.of("graduate:job-search.required", "applicationDate:job-search.required",
                "jurisdiction:job-search.required"), codes(() -> JobSearchSubsidyInput.builder().build()));
        assertEquals(Set.of("jurisdiction:job-search.jurisdiction-level"), codes(() -> JobSearchSubsidyInput.builder()
                .graduate(PERSON).applicationDate(DAY).jurisdiction(DivisionCode.LIAONING).build()));
        JobSearchSubsidyInput none = JobSearchSubsidyInput.builder().graduate(PERSON).applicationDate(DAY)
                .jurisdiction(SHENYANG).build();
        assertTrue(none.grounds().isEmpty());
        JobSearchSubsidyInput two = JobSearchSubsidyInput.builder().graduate(PERSON).applicationDate(DAY)
                .ground(JobSearchGround.DISABLED).ground(JobSearchGround.MONITORED_FAMILY).ground(JobSearchGround.DISABLED)
                .jurisdiction(SHENYANG).build();
        assertEquals(Set.of(JobSearchGround.DISABLED, JobSearchGround.MONITORED_FAMILY), two.grounds());
        assertThrows(UnsupportedOperationException.class, () -> two.grounds().clear());
        assertNotEquals(none, two);
        assertThrows(NullPointerException.class, () -> JobSearchSubsidyInput.builder().ground(null));
        assertFalse(two.toString().contains(PERSON.value()), two.toString());
        assertTrue(two.toString().contains(PERSON.masked()), two.toString());
    }
}
