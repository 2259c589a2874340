/** MicroProfile Health checks: {@code /health/ready} reports the database and migrations, {@code /health/live} the portal. */
package org.mspportal.core.health;
