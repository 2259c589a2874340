/** What every module's pages do with a person's input: refusals shown beside the field with what was typed kept, and messages across a redirect. */
package org.mspportal.core.web;
