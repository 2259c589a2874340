package org.mspportal.survey.interfaces.web.respondent;

import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.survey.application.RespondentAnswers;
import org.mspportal.survey.domain.model.feedback.FeedbackJourney;
import org.mspportal.survey.domain.model.feedback.FeedbackStep;

/** "Check your answers": every answer with a Change link, then Send. */
@Named
@RequestScoped
public class CheckAnswersView {

    /** One row of the check page. */
    public record Row(FeedbackStep step, String question, String answer, String detail) {
    }

    @Inject
    RespondentPage page;

    @Inject
    RespondentAnswers answers;

    private boolean incomplete;

    public void arrive() {
        switch (page.getState().standing()) {
            case LIVE -> { }
            case SENT -> page.redirect("/feedback/sent.xhtml");
            case ENDED -> page.redirect("/feedback/ended.xhtml?why=session");
            case NONE -> page.redirect("/feedback/ended.xhtml?why=nosession");
        }
    }

    public List<Row> getRows() {
        if (!page.getState().isLive()) {
            return List.of();
        }
        FeedbackJourney journey = page.getState().journey();
        return journey.steps().stream().map(step -> {
            FeedbackJourney.Reply reply = page.getState().replies().get(step.key());
            String answer = reply == null || reply.choice() == null ? null : page.choiceLabel(reply.choice());
            return new Row(step, page.wording(step), answer, reply == null ? null : reply.detail());
        }).toList();
    }

    public boolean isIncomplete() {
        return incomplete;
    }

    public void send() {
        String thanks = page.isConcernRaised() ? "/feedback/sent.xhtml?call=now" : "/feedback/sent.xhtml";
        switch (answers.submit(page.sessionSecret().orElse(null))) {
            case SENT, ALREADY_SENT -> page.redirect(thanks);
            case ENDED -> page.redirect("/feedback/ended.xhtml?why=session");
            case INCOMPLETE -> incomplete = true;
        }
    }
}
