/** Policy topics the group is asked about, members' suggestions and comments on them, support, and the council's response: "you said, we did". */
package org.mspportal.referencegroup.domain.model.topic;
