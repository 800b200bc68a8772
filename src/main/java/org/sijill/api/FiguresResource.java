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
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.Scope;
import org.sijill.incidents.FigureQuery;

@Path("/api/v1/figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "figures", description = "Every casualty number read, with the exact words it came from")
public class FiguresResource {

    @Inject
    FigureQuery figures;

    @GET
    @Operation(summary = "List figures", description = "In article order. Evidence offsets are UTF-16 indexes into "
            + "the article's original text: quote == text.substring(start, end).")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @APIResponse(responseCode = "200", description = "A page of figures, or all of them as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = FigurePage.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Every matching figure (no paging): RFC 4180, UTF-8 with BOM, header row"))})
    public Response list(@Parameter(description = "Article id") @RestQuery String article,
            @Parameter(description = "Incident id") @RestQuery String incident,
            @Parameter(description = "Actor id whose casualties", example = "sdf") @RestQuery String actor,
            @RestQuery Outcome outcome,
            @Parameter(description = "Source id the figure is attributed to", example = "reuters") @RestQuery String source,
            @RestQuery Scope scope,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        var filter = new FigureQuery.Filter(article, incident, actor, outcome == null ? null : outcome.name(), source,
                scope == null ? null : scope.name());
        if (Format.choose(format, headers, Format.JSON, Format.CSV) == Format.CSV) {
            return CsvExport.response("figures", CsvColumns.FIGURES,
                    (o, l) -> figures.list(filter, o, l).items().stream().map(FigureView::from).toList());
        }
        var result = figures.list(filter, offset, limit);
        return Page.of(result.items(), result.total(), offset, limit, uri).map(FigureView::from).toResponse();
    }

    @Schema(name = "FigurePage")
    public record FigurePage(List<FigureView> items, long total, int offset, int limit, String next) {
    }
}
