/** Practice learning search module: Anonymised theme search across feedback and suggestions, for practice learning. */
package org.mspportal.search;
