package org.mspportal.search.application;

/** A lead added, changed or removed a theme: every entry is to be tagged again once that has committed. */
public record ThemesChanged(String theme) {
}
