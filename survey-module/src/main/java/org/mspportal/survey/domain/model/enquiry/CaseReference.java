package org.mspportal.survey.domain.model.enquiry;

import java.util.Locale;
import java.util.regex.Pattern;

import org.mspportal.core.rule.Refusal;

/**
 * The council's own reference for a safeguarding case, such as {@code SG-2026-00123}: letters, digits,
 * hyphens and slashes only, so that a person's name cannot be used in its place.
 */
public final class CaseReference {

    public static final int MAX_LENGTH = 40;
    private static final Pattern ALLOWED = Pattern.compile("[A-Z0-9][A-Z0-9/-]{1," + (MAX_LENGTH - 1) + "}");
    private static final Pattern HAS_DIGIT = Pattern.compile(".*[0-9].*");

    private CaseReference() {
    }

    public static String normalise(String typed) {
        return typed == null ? "" : typed.strip().toUpperCase(Locale.ROOT);
    }

    /** @throws Refusal with a plain-English reason if the reference is not acceptable */
    public static String validate(String typed) {
        String reference = normalise(typed);
        if (reference.isEmpty()) {
            throw new Refusal("Enter the council's case reference.");
        }
        if (!ALLOWED.matcher(reference).matches() || !HAS_DIGIT.matcher(reference).matches()) {
            throw new Refusal("Use the council's case reference (letters, numbers, - and /, "
                    + "with at least one number), never the person's name.");
        }
        return reference;
    }
}
