package org.mspportal.referencegroup.domain.model.notification;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.mspportal.referencegroup.domain.model.group.Member;
import org.mspportal.referencegroup.domain.model.topic.SuggestionStatus;

/** Who hears that a suggestion moved on, and what they are told. */
public final class WhoIsNotified {

    private WhoIsNotified() {
    }

    /** The author and everyone who supported it, each once, in that order. */
    public static List<Member> ofAnswer(Member author, List<Member> supporters) {
        Map<Long, Member> once = new LinkedHashMap<>();
        once.put(author.getId(), author);
        supporters.forEach(s -> once.putIfAbsent(s.getId(), s));
        return new ArrayList<>(once.values());
    }

    /** Plain words, naming the topic and the new status but no one's name or words. */
    public static String answerMessage(Member to, Member author, String topicTitle, SuggestionStatus status) {
        String whose = to.getId().equals(author.getId()) ? "Your suggestion" : "A suggestion you agreed with";
        return whose + " about \"" + topicTitle + "\" has an update: " + status.label() + ". " + status.easyRead();
    }

    public static String hiddenMessage(String topicTitle, String reason) {
        return "A facilitator has hidden what you wrote about \"" + topicTitle + "\". The reason: " + reason;
    }
}
