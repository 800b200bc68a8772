package org.sijill.extract.model;

import java.util.List;

/** Everything extraction derived from one article, ready to store. */
public record ArticleExtraction(String publisherId, String publisherRule, DateSpan published, List<FigureFact> figures,
        List<IncidentMention> incidents, List<Mention> mentions) {
}
