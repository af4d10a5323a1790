package org.jobassist.api.spi;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jobassist.api.error.InvalidInputException;
import org.jobassist.api.error.Violation;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.person.Evidence;
import org.jobassist.api.person.RegistryFlag;
import org.jobassist.api.person.RegistrySource;

/**
 * The registries of every {@link RegistrySource}, as recognition reads them (部门数据共享):
 * five evidence registries and the social-insurance registry. {@link #holds} sends a question
 * to the registry of the flag's source, so a caller never picks the registry itself.
 *
 * <p>Error code: {@code registry.wrong-source} (path the component's name, such as
 * {@code civilAffairs}) when a registry's {@code source()} is not the one of its place.
 *
 * <p>Immutable and thread-safe when the registries are (as the SPI requires).
 *
 * @param civilAffairs the civil-affairs registry
 * @param disabledPersonsFederation the disabled persons' federation's registry
 * @param ruralRevitalisation the rural-revitalisation registry
 * @param veteransAffairs the veterans'-affairs registry
 * @param hostRecords the employment-service system's own records
 * @param socialInsurance the social-insurance registry
 */
public record Registries(CivilAffairsRegistry civilAffairs,
                         DisabledPersonsFederationRegistry disabledPersonsFederation,
                         RuralRevitalisationRegistry ruralRevitalisation,
                         VeteransAffairsRegistry veteransAffairs,
                         HostRecordsRegistry hostRecords,
                         SocialInsuranceRegistry socialInsurance) {

    /**
     * Checks that each registry sits in the place of its source.
     *
     * @throws InvalidInputException with code {@code registry.wrong-source}
     * @throws NullPointerException if a registry is null
     */
    public Registries {
        Objects.requireNonNull(civilAffairs, "civilAffairs");
        Objects.requireNonNull(disabledPersonsFederation, "disabledPersonsFederation");
        Objects.requireNonNull(ruralRevitalisation, "ruralRevitalisation");
        Objects.requireNonNull(veteransAffairs, "veteransAffairs");
        Objects.requireNonNull(hostRecords, "hostRecords");
        Objects.requireNonNull(socialInsurance, "socialInsurance");
        List<Violation> faults = new ArrayList<>();
        check(faults, "civilAffairs", civilAffairs.source(), RegistrySource.CIVIL_AFFAIRS);
        check(faults, "disabledPersonsFederation", disabledPersonsFederation.source(),
                RegistrySource.DISABLED_PERSONS_FEDERATION);
        check(faults, "ruralRevitalisation", ruralRevitalisation.source(), RegistrySource.RURAL_REVITALISATION);
        check(faults, "veteransAffairs", veteransAffairs.source(), RegistrySource.VETERANS_AFFAIRS);
        check(faults, "hostRecords", hostRecords.source(), RegistrySource.HOST);
        check(faults, "socialInsurance", socialInsurance.source(), RegistrySource.SOCIAL_INSURANCE);
        if (!faults.isEmpty()) {
            throw new InvalidInputException(faults);
        }
    }

    private static void check(List<Violation> faults, String path, RegistrySource actual, RegistrySource expected) {
        if (actual != expected) {
            faults.add(new Violation(path, "registry.wrong-source",
                    "the registry in this place must have source " + expected + ", was " + actual));
        }
    }

    /**
     * The evidence registry of {@code source}.
     *
     * @param source any source but {@link RegistrySource#SOCIAL_INSURANCE}, which keeps
     *     contribution histories rather than evidence
     * @return the registry
     * @throws IllegalArgumentException if {@code source} is {@code SOCIAL_INSURANCE}
     * @throws NullPointerException if {@code source} is null
     */
    public EvidenceRegistry evidenceRegistry(RegistrySource source) {
        switch (Objects.requireNonNull(source, "source")) {
            case CIVIL_AFFAIRS:
                return civilAffairs;
            case DISABLED_PERSONS_FEDERATION:
                return disabledPersonsFederation;
            case RURAL_REVITALISATION:
                return ruralRevitalisation;
            case VETERANS_AFFAIRS:
                return veteransAffairs;
            case HOST:
                return hostRecords;
            default:
                throw new IllegalArgumentException("the social-insurance registry keeps contribution histories, "
                        + "not evidence");
        }
    }

    /**
     * The registry that answers for {@code flag}: the one of {@code flag.source()}.
     *
     * @param flag the flag
     * @return the registry
     * @throws NullPointerException if {@code flag} is null
     */
    public EvidenceRegistry registryFor(RegistryFlag flag) {
        return evidenceRegistry(flag.source());
    }

    /**
     * Whether {@code person} holds {@code flag} on {@code day}, asked of the flag's registry
     * ({@link EvidenceRegistry#holds}). Allocates nothing of its own.
     *
     * @param person the person
     * @param flag the flag
     * @param day the day
     * @return true if the registry of the flag's source says so
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    public boolean holds(PersonId person, RegistryFlag flag, LocalDate day) {
        return registryFor(flag).holds(person, flag, day);
    }

    /**
     * The evidence by which {@code person} holds {@code flag} on {@code day}
     * ({@link EvidenceRegistry#find}), for explanations.
     *
     * @param person the person
     * @param flag the flag
     * @param day the day
     * @return the evidence, present exactly when {@link #holds} is true
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    public Optional<Evidence> find(PersonId person, RegistryFlag flag, LocalDate day) {
        return registryFor(flag).find(person, flag, day);
    }

    /**
     * The evidence about {@code person} that holds on {@code day} in every evidence registry,
     * by source in declaration order, each registry's in its own order.
     *
     * @param person the person
     * @param day the day
     * @return an immutable list, possibly empty
     * @throws NullPointerException if an argument is null
     * @throws StorageException if the storage fails
     */
    public List<Evidence> evidence(PersonId person, LocalDate day) {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(day, "day");
        List<Evidence> all = new ArrayList<>();
        for (EvidenceRegistry r : List.of(civilAffairs, disabledPersonsFederation, ruralRevitalisation,
                veteransAffairs, hostRecords)) {
            all.addAll(r.evidence(person, day));
        }
        return Collections.unmodifiableList(all);
    }
}
