/** The council's teams, which own enquiries and appear in reporting scopes. */
package org.mspportal.core.team;
