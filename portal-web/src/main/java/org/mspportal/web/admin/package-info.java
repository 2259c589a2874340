/** Administration pages: users and roles, and the audit log. ADMIN only, in the web layer and in the services. */
package org.mspportal.web.admin;
