/** The leads' pages: practice-learning search with its facets and export, one comment opened, and the themes. Thin: the rules are in the application services. */
package org.mspportal.search.interfaces.web;
