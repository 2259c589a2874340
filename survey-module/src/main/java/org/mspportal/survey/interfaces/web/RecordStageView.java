package org.mspportal.survey.interfaces.web;

import java.io.IOException;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

import org.mspportal.core.rule.Refusal;
import org.mspportal.survey.application.EnquiryDetail;
import org.mspportal.survey.application.EnquiryRecords;
import org.mspportal.survey.application.RecordStage;
import org.mspportal.survey.domain.model.enquiry.EnquiryStage;

/** Records the conversation at a stage and any change to the person's outcomes. Keeps all typed on refusal. */
@Named
@ViewScoped
public class RecordStageView implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient EnquiryRecords records;

    private String ref;
    private String caseReference;
    private EnquiryStage stage;
    private LocalDate heldOn;
    private String prioritiesNow;
    private final List<OutcomeChangeInput> outcomes = new ArrayList<>();

    public void load() throws IOException {
        EnquiryFormSupport.openEnquiry(records, ref).ifPresent(enquiry -> {
            caseReference = enquiry.caseReference();
            outcomes.clear();
            for (EnquiryDetail.Outcome outcome : enquiry.outcomes()) {
                outcomes.add(new OutcomeChangeInput(outcome.position(), outcome.current().ownWords()));
            }
        });
    }

    public void save() throws IOException {
        List<RecordStage.OutcomeChange> changes = outcomes.stream()
                .filter(OutcomeChangeInput::isChanged)
                .map(o -> new RecordStage.OutcomeChange(o.getPosition(), o.getNewWords(), o.getStatementId(), o.getReason()))
                .toList();
        try {
            records.recordStage(new RecordStage(caseReference, stage, heldOn, prioritiesNow, changes));
            EnquiryFormSupport.backToEnquiry(caseReference, "Conversation recorded.");
        } catch (Refusal e) {
            EnquiryFormSupport.refuse(e.getMessage());
        }
    }

    /** One outcome as it stands, with room for a new wording and the reason for it. */
    public static class OutcomeChangeInput implements Serializable {

        private static final long serialVersionUID = 1L;
        private final int position;
        private final String currentWords;
        private String newWords;
        private Long statementId;
        private String reason;

        OutcomeChangeInput(int position, String currentWords) {
            this.position = position;
            this.currentWords = currentWords;
        }

        boolean isChanged() {
            return newWords != null && !newWords.isBlank() && !newWords.strip().equals(currentWords);
        }

        public int getPosition() {
            return position;
        }

        public String getCurrentWords() {
            return currentWords;
        }

        public String getNewWords() {
            return newWords;
        }

        public void setNewWords(String newWords) {
            this.newWords = newWords;
        }

        public Long getStatementId() {
            return statementId;
        }

        public void setStatementId(Long statementId) {
            this.statementId = statementId;
        }

        public String getReason() {
            return reason;
        }

        public void setReason(String reason) {
            this.reason = reason;
        }
    }

    public List<OutcomeChangeInput> getOutcomes() {
        return outcomes;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getCaseReference() {
        return caseReference;
    }

    public EnquiryStage getStage() {
        return stage;
    }

    public void setStage(EnquiryStage stage) {
        this.stage = stage;
    }

    public LocalDate getHeldOn() {
        return heldOn;
    }

    public void setHeldOn(LocalDate heldOn) {
        this.heldOn = heldOn;
    }

    public String getPrioritiesNow() {
        return prioritiesNow;
    }

    public void setPrioritiesNow(String prioritiesNow) {
        this.prioritiesNow = prioritiesNow;
    }
}
