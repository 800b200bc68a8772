package org.sijill.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.articles.Article;

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
        @Schema(description = "The original text, verbatim; UTF-16 offsets elsewhere index into it") String text) {

    public static ArticleDetail from(Article a) {
        var s = ArticleSummary.from(a);
        return new ArticleDetail(s.id(), s.title(), s.publisher(), s.publishedDate(), s.language(), s.url(),
                s.sha256(), s.characters(), s.incidentIds(), s.figureCount(), s.ingestedAt(), a.body);
    }
}
