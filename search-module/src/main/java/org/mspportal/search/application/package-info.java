/** The search module's services: indexing what modules publish (the core's PracticeLearningIndex), searching with the minimum group size, themes, and the rebuild. */
package org.mspportal.search.application;
