package org.mspportal.referencegroup.application;

import java.time.Instant;

/**
 * One line of "you said, we did": the words only if their author's consent allows quoting, attributed
 * as it allows; the council's answer always.
 */
public record YouSaidWeDidEntry(long id, String topicTitle, String words, String attribution, Instant saidAt,
                                String status, String statusEasyRead, String response, String easyReadResponse,
                                Instant answeredAt, int supportCount) {

    public boolean wordsShown() {
        return words != null;
    }
}
