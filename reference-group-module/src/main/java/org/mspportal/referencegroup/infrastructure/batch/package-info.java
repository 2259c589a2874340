/** The reference group's Jakarta Batch job: participation figures for the Safeguarding Adults Board. */
package org.mspportal.referencegroup.infrastructure.batch;
