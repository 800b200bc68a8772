package org.sijill.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import java.util.List;
import org.sijill.articles.Article;
import org.sijill.articles.ArticleFilter;
import org.sijill.incidents.FigureQuery;
import org.sijill.articles.ArticleQuery;
import org.sijill.text.ArabicNormalizer;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles", description = "News articles as received, and what was recognised in them")
public class ArticlesResource {

    @Inject
    ArticleQuery articles;

    @Inject
    ArabicNormalizer normalizer;

    @Inject
    FigureQuery figures;

    @GET
    @Operation(summary = "List articles", description = "Articles in id order. `q` searches title and text "
            + "regardless of diacritics, tatweel, alef/ya/ta-marbuta variants and word-splitting obfuscation.")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @APIResponse(responseCode = "200", description = "A page of articles, or all of them as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePage.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Every matching article (no paging): RFC 4180, UTF-8 with BOM, header row"))})
    public Response list(
            @Parameter(description = "Arabic-aware text search", example = "قتلى") @RestQuery @Size(max = 200) String q,
            @Parameter(description = "Published on or after (inclusive, overlaps the publication range)")
            @RestQuery LocalDate from,
            @Parameter(description = "Published on or before (inclusive)") @RestQuery LocalDate to,
            @Parameter(description = "Publisher's source id", example = "sohr") @RestQuery String publisher,
            @Parameter(description = "An incident the article reports or references") @RestQuery String incident,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.invalidParameter("from", "must not be after 'to'");
        }
        String key = q == null ? null : normalizer.key(q);
        var filter = new ArticleFilter(key, from, to, publisher, incident);
        if (Format.choose(format, headers, Format.JSON, Format.CSV) == Format.CSV) {
            return CsvExport.response("articles", CsvColumns.ARTICLES, (o, l) -> {
                var batch = articles.list(filter, o, l).items();
                var links = articles.links(batch);
                return batch.stream().map(a -> ArticleSummary.from(a, links.get(a.id))).toList();
            });
        }
        var result = articles.list(filter, offset, limit);
        var links = articles.links(result.items());
        return Page.of(result.items(), result.total(), offset, limit, uri)
                .map(a -> ArticleSummary.from(a, links.get(a.id))).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One article with its original text")
    @APIResponse(responseCode = "200", description = "The article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    public ArticleDetail get(@RestPath String id) {
        Article a = articles.find(id).orElseThrow(() -> ApiProblem.notFound("article", id));
        var figs = figures.all(new FigureQuery.Filter(id, null, null, null, null, null)).stream()
                .map(FigureView::from).toList();
        return ArticleDetail.from(a, articles.links(List.of(a)).get(id), figs, articles.mentions(id),
                articles.referencedIncidents(id));
    }

    /** For the OpenAPI document only: the page envelope with its item type spelled out. */
    @Schema(name = "ArticlePage")
    public record ArticlePage(java.util.List<ArticleSummary> items, long total, int offset, int limit, String next) {
    }
}
