/**
 * MicroProfile Health: {@code /health/ready} reports the database and the migrations of the core and
 * each module, {@code /health/live} the portal and its modules. Packaged in the EAR's lib/ (see
 * {@link org.mspportal.health.ReadinessBoard} for why).
 */
package org.mspportal.health;
