package org.jobassist.impl.jackson;

import com.fasterxml.jackson.core.Version;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.util.Objects;
import java.util.function.Function;
import org.jobassist.api.assessment.CityProgress;
import org.jobassist.api.assessment.Reminder;
import org.jobassist.api.assessment.Share;
import org.jobassist.api.identity.ResidentIdNumber;
import org.jobassist.api.identity.UnifiedSocialCreditCode;
import org.jobassist.api.law.Explanation;
import org.jobassist.api.law.LegalBasis;
import org.jobassist.api.money.Money;
import org.jobassist.api.money.Ratio;
import org.jobassist.api.region.DivisionCode;
import org.jobassist.api.service.match.CampaignIndicators;
import org.jobassist.api.service.match.CampaignLine;
import org.jobassist.api.service.match.CampaignTotals;
import org.jobassist.api.service.match.CampaignView;
import org.jobassist.api.service.match.MatchCheck;
import org.jobassist.api.service.match.MatchScore;
import org.jobassist.api.service.match.PersonMatch;
import org.jobassist.api.service.match.VacancyMatch;
import org.jobassist.api.time.DateRange;
import org.jobassist.api.time.RetirementAge;

/**
 * The Jackson 2 module for the jobassist value types, in the manner of
 * jackson-datatype-jsr310's {@code JavaTimeModule}: the domain types carry no Jackson
 * annotations, and this module teaches a mapper their JSON forms.
 *
 * <p>Register it explicitly, or let Jackson find it: the jar lists it in
 * {@code META-INF/services/com.fasterxml.jackson.databind.Module} and its module descriptor
 * {@code provides} it, so {@code new ObjectMapper().findAndRegisterModules()} picks it up.
 * <pre>{@code
 * ObjectMapper mapper = JsonMapper.builder().addModule(new JobAssistModule()).build();
 * }</pre>
 *
 * <p>JSON forms (details and the audit contract of explanations in {@code docs/json.md}):
 * <ul>
 *   <li>{@link ResidentIdNumber}: its canonical 18 characters, such as
 *       {@code "11010519491231002X"}. This is personal data in clear, on purpose: JSON is how
 *       the number travels between systems, not a log. Keep such JSON out of logs.</li>
 *   <li>{@link UnifiedSocialCreditCode}: its 18 characters.</li>
 *   <li>{@link DivisionCode}: its six digits, {@code "210115"}.</li>
 *   <li>{@link Money}: the canonical decimal string {@code "1234.50"}. Reading also accepts
 *       every text form of {@link Money#parse} and a JSON number in plain decimal notation
 *       with at most two decimals ({@code 1234.5}), read from its digits, never through a
 *       {@code double}.</li>
 *   <li>{@link Ratio}: the canonical string {@code "2/3"} or {@code "0.055"}; reading also
 *       accepts {@code "5.5%"} and a plain decimal JSON number.</li>
 *   <li>{@link DateRange}: {@code "2021-01-01/2021-12-31"}, or {@code "2021-01-01/.."} when
 *       open-ended.</li>
 *   <li>{@link RetirementAge}: the object {@code {"years": 60, "months": 3}}.</li>
 *   <li>{@link LegalBasis}: the object {@code {documentNumber, titleZh, titleEn, article,
 *       effectiveDate}} with null fields left out.</li>
 *   <li>{@link Explanation}: the versioned audit shape, the root carrying
 *       {@code "schemaVersion": }{@value Explanation#SCHEMA_VERSION}; read back too, refusing
 *       another version.</li>
 *   <li>{@link org.jobassist.api.policy.PolicyValue},
 *       {@link org.jobassist.api.policy.ResolvedValue} and
 *       {@link org.jobassist.api.policy.PolicyParameters}: written only, as objects.</li>
 *   <li>{@link org.jobassist.api.subsidy.SubsidyDecision} and
 *       {@link org.jobassist.api.subsidy.WhatIfReport}: results, written only, as objects;
 *       identity numbers in them masked unless the module was made with
 *       {@link IdNumberDisclosure#CLEAR}.</li>
 *   <li>{@link org.jobassist.api.query.EnjoyedPolicies}: written only, as an object; the
 *       person always masked whatever the disclosure, since the result holds only the masked
 *       form.</li>
 *   <li>{@link org.jobassist.api.assessment.ProgressReport},
 *       {@link org.jobassist.api.assessment.CityProgress},
 *       {@link org.jobassist.api.assessment.Share},
 *       {@link org.jobassist.api.assessment.Reminder} and
 *       {@link org.jobassist.api.assessment.Indicators}: assessment results, written only, as
 *       objects; each ratio twice, as its exact canonical text ({@code "2/3"}) and as a
 *       display percentage rounded half-up to one decimal ({@code "66.7%"}), and each
 *       division code with its Chinese name.</li>
 *   <li>{@link org.jobassist.api.service.Skill} and {@link org.jobassist.api.service.StreetCode}:
 *       their codes, {@code "home-care"} and {@code "210102001"}, read and written.</li>
 *   <li>The assistance-services model ({@code org.jobassist.api.service}: needs profiles,
 *       vacancies, recruitment events, service records, referrals, service standards, plans,
 *       plan statuses and plan reports, locations and work constraints): written only, as
 *       objects whose fields keep the accessors' names, absent optional values left out. A
 *       needs profile holds personal data in clear (the person id, the home location): keep
 *       such JSON out of logs.</li>
 *   <li>Job matching and the Employment Assistance Month ({@code org.jobassist.api.service.match}:
 *       {@link MatchScore} with its {@code total}, {@link VacancyMatch}, {@link PersonMatch},
 *       {@link MatchCheck} with each failed filter's name, reason code and rule,
 *       {@link CampaignView}, {@link CampaignLine}, {@link CampaignIndicators} and
 *       {@link CampaignTotals}): results, written only, as objects; explanations in their
 *       audit shape. Person ids (the host's surrogate keys, never identity numbers) are
 *       written in clear, as in the other results: keep such JSON out of logs.</li>
 * </ul>
 * {@link ResidentIdNumber}, {@link UnifiedSocialCreditCode} and {@link DivisionCode} also work
 * as map keys, written in the same canonical text (Jackson's default would write the masked
 * {@code toString()} of an identity number and lose it). {@code java.time} types, such as
 * {@code YearMonth} fields of a host's records, are left to jackson-datatype-jsr310: this
 * module registers no serializer for them, and writes the dates inside its own types as ISO
 * text itself.
 *
 * <p>A malformed value throws {@link InvalidValueException}, a Jackson
 * {@code InvalidFormatException} whose message names the JSON path and the stable error code
 * and never quotes an identity number.
 *
 * <p>Thread-safe once registered, as Jackson modules are.
 */
public final class JobAssistModule extends SimpleModule {

    private static final long serialVersionUID = 1L;

    /** The module's version: that of the jobassist-impl artifact. */
    static final Version VERSION = new Version(0, 1, 0, "SNAPSHOT", "org.jobassist", "jobassist-impl");

    private final IdNumberDisclosure idNumbersInResults;

    /**
     * Creates the module with every serializer and deserializer registered, masking identity
     * numbers in results ({@link IdNumberDisclosure#MASKED}); the constructor
     * {@code findAndRegisterModules()} uses.
     */
    public JobAssistModule() {
        this(IdNumberDisclosure.MASKED);
    }

    /**
     * Creates the module with every serializer and deserializer registered, writing identity
     * numbers in results (subsidy decisions, what-if reports) as {@code idNumbersInResults}
     * says. Register one instance per mapper: Jackson ignores a second registration of this
     * module, so a mapper that also calls {@code findAndRegisterModules()} must register this
     * one first.
     *
     * @param idNumbersInResults how results write identity numbers
     * @throws NullPointerException if {@code idNumbersInResults} is null
     */
    public JobAssistModule(IdNumberDisclosure idNumbersInResults) {
        super("JobAssistModule", VERSION);
        this.idNumbersInResults = Objects.requireNonNull(idNumbersInResults, "idNumbersInResults");
        text(ResidentIdNumber.class, "resident identity number", true, ResidentIdNumber::value,
                ResidentIdNumber::parse);
        text(UnifiedSocialCreditCode.class, "unified social credit code", false, UnifiedSocialCreditCode::value,
                UnifiedSocialCreditCode::parse);
        text(DivisionCode.class, "division code", false, DivisionCode::code, DivisionCode::parse);
        keys(ResidentIdNumber.class, "resident identity number", true, ResidentIdNumber::value,
                ResidentIdNumber::parse);
        keys(UnifiedSocialCreditCode.class, "unified social credit code", false, UnifiedSocialCreditCode::value,
                UnifiedSocialCreditCode::parse);
        keys(DivisionCode.class, "division code", false, DivisionCode::code, DivisionCode::parse);

        addSerializer(Money.class, new TextSerializer<>(Money.class, Money::toString));
        addDeserializer(Money.class, new MoneyDeserializer());
        addSerializer(Ratio.class, new TextSerializer<>(Ratio.class, Ratio::toString));
        addDeserializer(Ratio.class, new RatioDeserializer());
        text(DateRange.class, "date range", false, DateRange::toString, DateRange::parse);

        addSerializer(RetirementAge.class, new RetirementAgeSerializer());
        addDeserializer(RetirementAge.class, new RetirementAgeDeserializer());
        addSerializer(LegalBasis.class, new LegalBasisSerializer());
        addDeserializer(LegalBasis.class, new LegalBasisDeserializer());
        addSerializer(Explanation.class, new ExplanationSerializer());
        addDeserializer(Explanation.class, new ExplanationDeserializer());
        addSerializer(new PolicyValueSerializer());
        addSerializer(new ResolvedValueSerializer());
        addSerializer(new PolicyParametersSerializer());
        addSerializer(new SubsidyDecisionSerializer(idNumbersInResults));
        addSerializer(new WhatIfReportSerializer(idNumbersInResults));
        addSerializer(new EnjoyedPoliciesSerializer());
        addSerializer(new IndicatorsSerializer());
        addSerializer(new ProgressReportSerializer());
        addSerializer(new WriterSerializer<>(CityProgress.class, ProgressReportSerializer::writeLine));
        addSerializer(new WriterSerializer<>(Share.class, ProgressReportSerializer::writeShare));
        addSerializer(new WriterSerializer<>(Reminder.class, ProgressReportSerializer::writeReminder));
        text(org.jobassist.api.service.Skill.class, "skill", false, org.jobassist.api.service.Skill::code,
                org.jobassist.api.service.Skill::parse);
        text(org.jobassist.api.service.StreetCode.class, "street code", false,
                org.jobassist.api.service.StreetCode::code, org.jobassist.api.service.StreetCode::parse);
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.Location.class, ServiceWriters::location));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.WorkConstraints.class,
                ServiceWriters::constraints));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.NeedsProfile.class, ServiceWriters::profile));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.Vacancy.class, ServiceWriters::vacancy));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.RecruitmentEvent.class, ServiceWriters::event));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.ServiceRecord.class, ServiceWriters::record));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.Referral.class, ServiceWriters::referral));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.ServiceStandard.class,
                ServiceWriters::standard));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.ServicePlan.class, ServiceWriters::plan));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.PlanStatus.class, ServiceWriters::status));
        addSerializer(new WriterSerializer<>(org.jobassist.api.service.PlanReport.class, ServiceWriters::report));
        addSerializer(new WriterSerializer<>(MatchScore.class, MatchWriters::score));
        addSerializer(new WriterSerializer<>(VacancyMatch.class, MatchWriters::vacancyMatch));
        addSerializer(new WriterSerializer<>(PersonMatch.class, MatchWriters::personMatch));
        addSerializer(new WriterSerializer<>(MatchCheck.class, MatchWriters::check));
        addSerializer(new WriterSerializer<>(CampaignIndicators.class, MatchWriters::indicators));
        addSerializer(new WriterSerializer<>(CampaignLine.class, MatchWriters::line));
        addSerializer(new WriterSerializer<>(CampaignView.class, MatchWriters::view));
        addSerializer(new WriterSerializer<>(CampaignTotals.class, MatchWriters::totals));
    }

    /**
     * How this module writes identity numbers in results.
     *
     * @return the disclosure
     */
    public IdNumberDisclosure idNumbersInResults() {
        return idNumbersInResults;
    }

    private <T> void text(Class<T> type, String what, boolean personal, Function<T, String> canonical,
            Function<String, T> parser) {
        addSerializer(type, new TextSerializer<>(type, canonical));
        addDeserializer(type, new TextDeserializer<>(type, what, personal, parser));
    }

    private <T> void keys(Class<T> type, String what, boolean personal, Function<T, String> canonical,
            Function<String, T> parser) {
        addKeySerializer(type, new TextKeySerializer<>(type, canonical));
        addKeyDeserializer(type, new TextKeyDeserializer<>(type, what, personal, parser));
    }
}
