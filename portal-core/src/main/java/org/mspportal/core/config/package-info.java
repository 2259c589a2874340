/** The portal's settings (MicroProfile Config: system properties and environment variables) and its clock. */
package org.mspportal.core.config;
