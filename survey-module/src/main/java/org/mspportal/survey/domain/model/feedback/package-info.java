/** The end-of-process feedback: the questions, the answers (Yes / No / Partly), and how safe the person feels. */
package org.mspportal.survey.domain.model.feedback;
