package org.sijill.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleQuery;

/** One article with its original text, verbatim: every evidence offset elsewhere indexes into {@code text}. */
@Schema(name = "ArticleDetail")
public record ArticleDetail(
        String id,
        String title,
        ArticleSummary.SourceRef publisher,
        DateRangeView publishedDate,
        String language,
        String url,
        String sha256,
        int characters,
        List<String> incidentIds,
        Integer figureCount,
        Instant ingestedAt,
        @Schema(description = "The original text, verbatim; UTF-16 offsets elsewhere index into it") String text,
        @Schema(description = "Every casualty figure read from the text") List<FigureView> figures,
        @Schema(description = "What was recognised in the text: places, actors, dates, numbers and sources")
        List<MentionView> mentions,
        @Schema(description = "Incidents this article mentions only in passing") List<String> referencedIncidentIds) {

    @Schema(name = "Mention")
    public record MentionView(@Schema(description = "PLACE | ACTOR | DATE | NUMBER | SOURCE") String kind,
            @Schema(description = "What it was read as: a place or actor id, a date range, a count") String value,
            Views.EvidenceView evidence, String ruleId) {
    }

    public static ArticleDetail from(Article a, ArticleQuery.Links links, List<FigureView> figures,
            List<ArticleQuery.MentionView> mentions, List<String> referenced) {
        var s = ArticleSummary.from(a, links);
        return new ArticleDetail(s.id(), s.title(), s.publisher(), s.publishedDate(), s.language(), s.url(),
                s.sha256(), s.characters(), s.incidentIds(), s.figureCount(), s.ingestedAt(), a.body, figures,
                mentions.stream().map(m -> new MentionView(m.kind(), m.value(),
                        new Views.EvidenceView(m.quote(), m.start(), m.end()), m.ruleId())).toList(), referenced);
    }
}
