/** The group's participation figures for the Board: who was invited and came, by kind of member and period, with small numbers suppressed. */
package org.mspportal.referencegroup.domain.model.participation;
