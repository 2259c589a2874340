package org.mspportal.survey.domain.model.reporting;

import java.time.LocalDate;
import java.util.List;

/**
 * What the figures need to know about one enquiry: its dates and SAC codes as stored (the enums'
 * names), its types of risk (each once), and the closure assessment of each desired outcome ({@code null}
 * where not assessed).
 */
public record EnquiryFacts(long id, long teamId, LocalDate startedOn, LocalDate concludedOn, String ageBand,
                           String gender, String ethnicity, String primarySupportReason, List<String> typesOfRisk,
                           String location, String source, String riskAssessment, String riskOutcome,
                           String mentalCapacity, String asked, List<String> achievements, String feelingSafeBefore,
                           String feelingSafeAfter) {
}
