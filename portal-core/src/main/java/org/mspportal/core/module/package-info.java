/**
 * The plugin contract: {@link org.mspportal.core.module.PortalModule} and what a module
 * contributes through it (navigation entries and home tiles, each restricted to roles), and the
 * {@link org.mspportal.core.module.ModuleRegistry} that discovers modules through CDI.
 */
package org.mspportal.core.module;
