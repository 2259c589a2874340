package org.mspportal.survey.domain.model.reporting;

/** Whose figures: the whole council, or one team. */
public record ReportScope(Long teamId) {

    public static final ReportScope COUNCIL = new ReportScope(null);

    public static ReportScope team(long teamId) {
        return new ReportScope(teamId);
    }

    /** Reads {@code council} or {@code team:12}. */
    public static ReportScope parse(String key) {
        if (key == null || key.isBlank() || key.equals("council")) {
            return COUNCIL;
        }
        if (key.startsWith("team:")) {
            try {
                return team(Long.parseLong(key.substring(5)));
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new IllegalArgumentException("A report scope is 'council' or 'team:<id>', not " + key);
    }

    public boolean isCouncil() {
        return teamId == null;
    }

    public String key() {
        return teamId == null ? "council" : "team:" + teamId;
    }
}
