package org.sijill.api;

import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleQuery;

/** An article in a list: what it is and where it came from, without its text. */
@Schema(name = "ArticleSummary")
public record ArticleSummary(
        @Schema(examples = "a-9a7fc502708f0e6a") String id,
        @Schema(description = "First line of the text, with word-splitting obfuscation removed and nothing else changed")
        String title,
        @Schema(description = "The publisher, when it is known") SourceRef publisher,
        DateRangeView publishedDate,
        @Schema(examples = "ar") String language,
        String url,
        @Schema(description = "SHA-256 of the original bytes, hex") String sha256,
        @Schema(description = "Length of the text in Unicode code points") int characters,
        @Schema(description = "Incidents this article reports; null until extraction has run") List<String> incidentIds,
        @Schema(description = "Casualty figures read from it; null until extraction has run") Integer figureCount,
        Instant ingestedAt) {

    @Schema(name = "SourceRef")
    public record SourceRef(String id, String name, String nameAr) {
    }

    public static ArticleSummary from(Article a, ArticleQuery.Links links) {
        SourceRef publisher = links == null || links.publisherId() == null ? null
                : new SourceRef(links.publisherId(), links.publisherName(), links.publisherNameAr());
        return new ArticleSummary(a.id, a.title, publisher,
                DateRangeView.of(a.publishedStart, a.publishedEnd, a.publishedPrecision, a.publishedBasis),
                a.language, a.url, a.sha256, a.characters, links == null ? null : links.incidentIds(),
                links == null || links.figureCount() < 0 ? null : links.figureCount(), a.ingestedAt);
    }
}
