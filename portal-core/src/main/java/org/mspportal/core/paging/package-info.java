/** Paging, once for every list: the page a person asked for, whatever number the address carries, and the page shown. */
package org.mspportal.core.paging;
