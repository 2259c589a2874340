package org.mspportal.core.search;

import java.util.List;

/**
 * Names of people the portal holds (staff, reference group members), which the search module redacts
 * wherever they appear in published words, beyond its list of common names. A module that holds names
 * provides a bean of this type; the search module asks them all, through the core, never their tables.
 */
public interface KnownPersonNames {

    /** Full names as held, such as "Priya Okafor". */
    List<String> names();
}
