package org.mspportal.survey.interfaces.web.respondent;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.RespondentAnswers;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/**
 * One question page ({@code question.xhtml?step=…}). The answer is saved whichever button is pressed;
 * if it cannot be saved, the page comes back with what was typed and a message saying why.
 */
@Named
@RequestScoped
public class QuestionView {

    static final String CHOICE = "answer";
    static final String DETAIL = "detail";

    @Inject
    RespondentPage page;

    @Inject
    RespondentAnswers answers;

    private FeedbackStep step;
    private String problem;
    private String submittedChoice;
    private String submittedDetail;
    private boolean submitted;

    /** Before showing the page: a person without a live session, or on an unknown step, is sent where they belong. */
    public void arrive() {
        if (!page.getState().isLive()) {
            page.redirect("/feedback/ended.xhtml?why=" + whyNotLive());
            return;
        }
        if (getStep() == null) {
            page.redirect(page.carryOnPath());
        }
    }

    private String whyNotLive() {
        return switch (page.getState().standing()) {
            case SENT -> "sent";
            case ENDED -> "session";
            default -> "nosession";
        };
    }

    public FeedbackStep getStep() {
        if (step == null && page.getState().isLive()) {
            String key = param("step");
            step = key == null ? null : page.getState().journey().step(key).orElse(null);
        }
        return step;
    }

    public int getNumber() {
        return page.getState().journey().number(getStep());
    }

    public int getTotal() {
        return page.getState().journey().total();
    }

    public List<String> getChoices() {
        return getStep() == null ? List.of() : getStep().choices();
    }

    public boolean isChosen(String choice) {
        String current = submitted ? submittedChoice : saved().map(FeedbackJourney.Reply::choice).orElse(null);
        return choice.equals(current);
    }

    public String getDetail() {
        return submitted ? submittedDetail : saved().map(FeedbackJourney.Reply::detail).orElse("");
    }

    public String getProblem() {
        return problem;
    }

    /** Back goes to the previous question, to the check page when changing an answer, or to the welcome page. */
    public String getBackPath() {
        if (fromCheck()) {
            return "/feedback/check.xhtml";
        }
        return page.getState().journey().previous(getStep())
                .map(s -> "/feedback/question.xhtml?step=" + s.key()).orElse("/feedback/welcome.xhtml");
    }

    public boolean isFromCheck() {
        return fromCheck();
    }

    public void continueOn() {
        if (getStep() == null) {
            arrive();
            return;
        }
        if (save()) {
            Optional<FeedbackStep> next = page.getState().journey().next(getStep());
            page.redirect(fromCheck() || next.isEmpty()
                    ? "/feedback/check.xhtml"
                    : "/feedback/question.xhtml?step=" + next.get().key());
        }
    }

    /**
     * "Save and come back later": keeps what can be kept, even an unanswered page, then ends the session,
     * so that nobody else who picks up the device can read the answers; the code opens them again.
     */
    public void saveForLater() {
        if (getStep() == null) {
            arrive();
            return;
        }
        if (submittedChoiceOrDetailGiven()) {
            if (!save()) {
                return;
            }
        }
        page.redirect("/feedback/saved.xhtml" + page.endSession().map(day -> "?until=" + day).orElse(""));
    }

    private boolean save() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        submitted = true;
        submittedChoice = params.get(CHOICE);
        submittedDetail = params.get(DETAIL);
        try {
            Optional<String> refused = answers.save(page.sessionSecret().orElse(null), getStep().key(),
                    submittedChoice, submittedDetail);
            refused.ifPresent(key -> problem = key);
            return refused.isEmpty();
        } catch (Refusal ended) {
            page.redirect("/feedback/ended.xhtml?why=session");
            return false;
        }
    }

    private boolean submittedChoiceOrDetailGiven() {
        Map<String, String> params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        return notBlank(params.get(CHOICE)) || notBlank(params.get(DETAIL));
    }

    private Optional<FeedbackJourney.Reply> saved() {
        return Optional.ofNullable(page.getState().replies().get(getStep().key()));
    }

    private boolean fromCheck() {
        return "check".equals(param("from"));
    }

    private static boolean notBlank(String s) {
        return s != null && !s.isBlank();
    }

    private static String param(String name) {
        return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    }
}
