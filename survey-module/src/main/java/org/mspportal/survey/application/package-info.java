/** Application services of the survey module: short, role-checked use cases over the domain. */
package org.mspportal.survey.application;
