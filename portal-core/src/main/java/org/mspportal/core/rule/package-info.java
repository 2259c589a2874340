/** The one way the portal's rules refuse a request: {@link org.mspportal.core.rule.Refusal}, naming the field it concerns. */
package org.mspportal.core.rule;
