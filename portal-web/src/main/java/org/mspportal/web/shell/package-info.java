/** The portal's shell: layout, navigation and home tiles from the installed modules, sign-in, sign-out and first set-up. */
package org.mspportal.web.shell;
