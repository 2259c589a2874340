/** Application services of the reference group module. */
package org.mspportal.referencegroup.application;
