/** The one disclosure check both modules ask: rules from the Care Act's kinds of abuse, and a trained model for words that name someone. */
package org.mspportal.core.safeguarding;
