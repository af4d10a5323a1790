package org.jobassist.api.crosscheck;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.jobassist.api.category.RecognitionStatus;
import org.jobassist.api.family.PersonId;
import org.jobassist.api.region.DivisionCode;

/**
 * One person in the result of a {@link ClassifiedQuery} (分类管理名单): host id, masked ID
 * number, county and city of residence, status on the query's day and since when, and the
 * category codes held.
 *
 * <p>Immutable and thread-safe. Holds the ID number only masked.
 *
 * @param person the host's id
 * @param maskedIdNumber the masked ID number
 * @param county the county of residence
 * @param city its prefecture-level city
 * @param status the status on the day
 * @param statusSince the day of the transition into that status
 * @param categories the category codes, sorted
 */
public record ClassifiedEntry(PersonId person, String maskedIdNumber, DivisionCode county, DivisionCode city,
                              RecognitionStatus status, LocalDate statusSince, List<String> categories) {

    /**
     * Checks and copies the components.
     *
     * @throws NullPointerException if a component or an element is null
     */
    public ClassifiedEntry {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(maskedIdNumber, "maskedIdNumber");
        Objects.requireNonNull(county, "county");
        Objects.requireNonNull(city, "city");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(statusSince, "statusSince");
        categories = List.copyOf(categories);
    }
}
