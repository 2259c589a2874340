package org.mspportal.search.domain.redaction;

/** What a redacted span was; the placeholder that replaces it names the type, e.g. {@code [PHONE]}. */
public enum IdentifierType {
    NAME, PHONE, EMAIL, POSTCODE, ADDRESS, NHS_NUMBER, NI_NUMBER, DATE, CASE_REF, URL;

    public String placeholder() {
        return "[" + name() + "]";
    }
}
