/** Reference group module: Co-production with people with lived experience and carers: sessions, suggestions and "you said, we did". */
package org.mspportal.referencegroup;
