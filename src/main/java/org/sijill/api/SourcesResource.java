package org.sijill.api;

import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sijill.extract.sources.SourceKind;
import org.sijill.sources.SourceQuery;

@Path("/api/v1/sources")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "sources", description = "Publishers and the sources articles cite for their numbers")
public class SourcesResource {

    @Inject
    SourceQuery sources;

    @Schema(name = "Source")
    public record SourceView(@Schema(examples = "amaq") String id, String name, String nameAr,
            @Schema(description = "NEWS_OUTLET | MONITOR | NEWS_AGENCY | ARMED_GROUP_MEDIA | OFFICIAL | PERSON | "
                    + "SOCIAL_MEDIA | LOCAL_NETWORK") String kind,
            @Schema(description = "Actor id, or null for independent sources", examples = "isis") String affiliation,
            long articlesPublished, long figuresAttributed, List<String> incidentIds) {

        static SourceView from(SourceQuery.View v) {
            var s = v.source();
            return new SourceView(s.id, s.name, s.nameAr, s.kind, s.affiliation, v.articlesPublished(),
                    v.figuresAttributed(), v.incidentIds());
        }
    }

    @GET
    @Operation(summary = "List sources", description = "Sources that published an article or are cited for a figure "
            + "come first; `all=true` lists every source the service knows.")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @APIResponse(responseCode = "200", description = "A page of sources, or all of them as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourcePage.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Every matching source (no paging): RFC 4180, UTF-8 with BOM, header row"))})
    public Response list(@RestQuery SourceKind kind, @RestQuery @DefaultValue("false") boolean all,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        String k = kind == null ? null : kind.name();
        if (Format.choose(format, headers, Format.JSON, Format.CSV) == Format.CSV) {
            return CsvExport.response("sources", CsvColumns.SOURCES,
                    (o, l) -> sources.list(k, all, o, l).items().stream().map(SourceView::from).toList());
        }
        var result = sources.list(k, all, offset, limit);
        return Page.of(result.items(), result.total(), offset, limit, uri).map(SourceView::from).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One source, with the incidents it reported or is cited for")
    @APIResponse(responseCode = "200", description = "The source", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = SourceView.class)))
    public SourceView get(@RestPath String id) {
        return sources.find(id).map(SourceView::from).orElseThrow(() -> ApiProblem.notFound("source", id));
    }

    @Schema(name = "SourcePage")
    public record SourcePage(List<SourceView> items, long total, int offset, int limit, String next) {
    }
}
