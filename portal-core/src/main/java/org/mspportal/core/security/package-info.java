/**
 * Accounts, roles and sign-in protection. Passwords are bcrypt hashes read by the server's Elytron
 * JDBC realm; failed sign-ins slow down and then lock a username (see {@link org.mspportal.core.security.LoginThrottlePolicy}).
 */
package org.mspportal.core.security;
