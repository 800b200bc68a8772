package org.sijill.incidents;

import java.time.Instant;
import org.sijill.extract.model.IncidentMention;

/** An incident mention together with the article it came from, as the matcher sees it. */
public record MentionRef(String articleId, Instant articleIngestedAt, IncidentMention mention) {

    public String key() {
        return articleId + "#" + mention.ordinal();
    }
}
