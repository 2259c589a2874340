/**
 * Making Safeguarding Personal figures: the reporting period and scope, and the counting rules that
 * turn one enquiry or one feedback response into the figures it contributes to (SAC SG1, SG2, SG3,
 * SG4a and its breakdowns; the feedback questions). Plain Java, so the rules are unit tested; the
 * batch job applies them at scale, and suppression happens on the way out (portal-core reporting).
 */
package org.mspportal.survey.domain.model.reporting;
