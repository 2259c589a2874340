/** Demo mode: a fictional council's teams and users, and the event through which modules add their own demo data. */
package org.mspportal.core.demo;
