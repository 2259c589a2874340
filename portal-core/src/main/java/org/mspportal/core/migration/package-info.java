/**
 * Schema migrations with Flyway, one migration set and history table per owner (core and each module),
 * applied at deployment. The schema belongs to the migrations, never to Hibernate.
 */
package org.mspportal.core.migration;
