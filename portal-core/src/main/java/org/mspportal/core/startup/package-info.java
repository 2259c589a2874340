/** What happens when the portal is deployed: migrations, the first administrator, demo data, the ready message. */
package org.mspportal.core.startup;
