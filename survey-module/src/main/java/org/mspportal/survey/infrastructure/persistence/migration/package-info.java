/** Flyway migrations written in Java, for repairs SQL cannot express (text stored garbled by a wrong encoding). */
package org.mspportal.survey.infrastructure.persistence.migration;
