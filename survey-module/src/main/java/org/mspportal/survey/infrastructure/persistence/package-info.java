/** JPA implementations of the survey module's repositories, over its own persistence unit. */
package org.mspportal.survey.infrastructure.persistence;
