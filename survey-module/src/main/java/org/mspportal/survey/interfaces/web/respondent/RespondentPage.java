package org.mspportal.survey.interfaces.web.respondent;

import java.io.IOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.mspportal.core.config.PortalSettings;
import org.mspportal.core.time.UkTime;
import org.mspportal.survey.application.Questionnaires;
import org.mspportal.survey.application.RespondentAnswers;
import org.mspportal.survey.application.RespondentState;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;
import org.mspportal.survey.domain.model.feedback.WhoAnswered;

/**
 * What every respondent page needs: the person's language and Easy Read choice, the words for both,
 * the respondent session and its form token, and the help contacts.
 */
@Named
@RequestScoped
public class RespondentPage {

    static final String BUNDLE = "org.mspportal.survey.respondent";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Inject
    RespondentAnswers answers;

    @Inject
    Questionnaires questionnaires;

    @Inject
    PortalSettings settings;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private RespondentPreferences preferences;
    private ResourceBundle bundle;
    private RespondentState state;

    private HttpServletRequest request() {
        return (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
    }

    RespondentPreferences preferences() {
        if (preferences == null) {
            preferences = RespondentPreferences.parse(
                    RespondentCookies.read(request(), RespondentCookies.PREFERENCES).orElse(null));
        }
        return preferences;
    }

    public Locale getLocale() {
        return preferences().locale();
    }

    public String getLanguage() {
        return preferences().language();
    }

    public boolean isWelsh() {
        return RespondentPreferences.WELSH.equals(getLanguage());
    }

    public boolean isEasyRead() {
        return preferences().easyRead();
    }

    /** A text of the page in the person's language; the Easy Read form ({@code key.easy}) when they chose it. */
    public String t(String key) {
        if (isEasyRead() && bundle().containsKey(key + ".easy")) {
            return bundle().getString(key + ".easy");
        }
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    private ResourceBundle bundle() {
        if (bundle == null) {
            bundle = ResourceBundle.getBundle(BUNDLE, getLocale(), RespondentPage.class.getClassLoader(), NO_FALLBACK);
        }
        return bundle;
    }

    /** A text with {@code {0}} replaced (not a MessageFormat: Welsh apostrophes must survive). */
    public String t1(String key, Object argument) {
        return t(key).replace("{0}", String.valueOf(argument));
    }

    public String t2(String key, Object first, Object second) {
        return t1(key, first).replace("{1}", String.valueOf(second));
    }

    /**
     * The question's words from the questionnaire version this response answers; when someone answers for
     * the person (family, carer, advocate, staff), the words that ask about them instead.
     */
    public String wording(FeedbackStep step) {
        RespondentState current = getState();
        String proxyKey = "proxy." + step.wordingKey();
        String words = isProxy() && hasText(proxyKey) ? t(proxyKey)
                : questionnaires.wording(current.questionnaireId(), step.wordingKey(), getLanguage(), isEasyRead());
        if (step.kind() == FeedbackStep.Kind.OUTCOME) {
            return words.replace("{0}", current.ownOutcomes().getOrDefault(step.outcomePosition(), ""));
        }
        return words;
    }

    /** The label of an answer code on a step, e.g. {@code choice.YES}; about the person when someone answers for them. */
    public String choiceLabel(String choice) {
        return isProxy() && hasText("proxy.choice." + choice) ? t("proxy.choice." + choice) : t("choice." + choice);
    }

    /** Whether someone else is answering for the person: a family member or friend, an advocate or staff. */
    public boolean isProxy() {
        if (!getState().isLive()) {
            return false;
        }
        FeedbackJourney.Reply who = getState().replies().get("who");
        return who != null && who.choice() != null && WhoAnswered.valueOf(who.choice()).speaksForThePerson();
    }

    private boolean hasText(String key) {
        return bundle().containsKey(key);
    }

    public RespondentState getState() {
        if (state == null) {
            state = answers.resume(sessionSecret().orElse(null));
        }
        return state;
    }

    Optional<String> sessionSecret() {
        return RespondentCookies.read(request(), RespondentCookies.SESSION);
    }

    public String getFormToken() {
        return sessionSecret().map(RespondentCookies::formToken).orElse("");
    }

    /**
     * Whether the person said something that raised a safeguarding concern: every page then tells them who
     * to call now. After sending, the thanks page is told so in its address (the session has ended).
     */
    public boolean isConcernRaised() {
        boolean sentWithConcern = "now".equals(FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("call"));
        return sentWithConcern || getState().isLive() && getState().concernRaised();
    }

    public boolean isAssisted() {
        return getState().isLive() && getState().assistedBy() != null;
    }

    public String getUsableUntil() {
        if (getState().usableUntil() == null) {
            return "";
        }
        return DAY.withLocale(getLocale()).format(getState().usableUntil().atZone(UkTime.ZONE));
    }

    public String getCouncilName() {
        return settings.councilName();
    }

    public String getSafeguardingPhone() {
        return settings.safeguardingPhone();
    }

    public String getSafeguardingPhoneLink() {
        return "tel:" + getSafeguardingPhone().replaceAll("[^0-9+]", "");
    }

    /** Keeps the browser's session cookie for the respondent session just opened. */
    void keepSession(String secret) {
        RespondentSessionCookie.keep(FacesContext.getCurrentInstance().getExternalContext(), secret);
    }

    /**
     * Ends the respondent session here and now and drops its cookie: the next person to pick up the
     * device needs the code again. Returns the last day the link and code work, if the session was live.
     */
    Optional<LocalDate> endSession() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        Optional<LocalDate> until = sessionSecret().flatMap(answers::end)
                .map(at -> at.atZone(UkTime.ZONE).toLocalDate());
        RespondentCookies.forget(request(), (HttpServletResponse) external.getResponse(), RespondentCookies.SESSION);
        return until;
    }

    /** A day given in the address ({@code 2027-01-31}), written out in the person's language; blank if not a day. */
    public String writtenDay(String isoDay) {
        try {
            return DAY.withLocale(getLocale()).format(LocalDate.parse(isoDay == null ? "" : isoDay));
        } catch (DateTimeParseException notADay) {
            return "";
        }
    }

    void redirect(String pathAndQuery) {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + pathAndQuery);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        FacesContext.getCurrentInstance().responseComplete();
    }

    /** Where a person with a live session carries on: the first unanswered question, or the check page. */
    String carryOnPath() {
        return getState().journey().firstUnanswered(getState().replies())
                .map(s -> "/feedback/question.xhtml?step=" + s.key())
                .orElse("/feedback/check.xhtml");
    }
}
