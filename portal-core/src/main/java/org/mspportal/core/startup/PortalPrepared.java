package org.mspportal.core.startup;

/**
 * Fired at each start once every owner's migrations have been applied, before demo data: a module
 * observes it to finish what its migrations began, such as handing repaired words to the search module.
 * Observers run in the start-up thread; one that fails makes the start-up try again in 30 seconds.
 */
public record PortalPrepared() {
}
