/** Reference groups and, later, their members, access needs and consent. */
package org.mspportal.referencegroup.domain.model.group;
