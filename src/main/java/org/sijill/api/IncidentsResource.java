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
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.sijill.stats.CasualtyTotals;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.jboss.resteasy.reactive.RestQuery;
import org.sijill.extract.model.EventType;
import org.sijill.extract.model.SubEventType;
import org.sijill.incidents.FigureQuery;
import org.sijill.incidents.IncidentFilter;
import org.sijill.incidents.IncidentQuery;

@Path("/api/v1/incidents")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "incidents", description = "Real-world events, deduplicated across the articles that report them")
public class IncidentsResource {

    @Inject
    IncidentQuery incidents;

    @Inject
    FigureQuery figures;

    @Inject
    CasualtyTotals totals;

    @Inject
    ObjectMapper json;

    @GET
    @Operation(summary = "List incidents", description = "Newest first by default. Dates overlap the incident's "
            + "date range; admin1/admin2 are OCHA P-codes; bbox is minLon,minLat,maxLon,maxLat.")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE, Format.GEOJSON_TYPE })
    @APIResponse(responseCode = "200", description = "A page of incidents; or all of them as CSV or GeoJSON",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentPage.class)),
                @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING, description = "Every "
                        + "matching incident (no paging): RFC 4180, UTF-8 with BOM, header row. Location flattened "
                        + "(admin1, admin1Name, ...); <outcome>Low/Best/High are the totals over all sides; "
                        + "casualtiesByActor lists actorId:OUTCOME:low:best:high[:partOfActorId] joined with ';'")),
                @Content(mediaType = Format.GEOJSON_TYPE, schema = @Schema(type = SchemaType.OBJECT, description =
                        "RFC 7946 FeatureCollection of every matching incident (no paging): Point geometry with "
                        + "coordinates [lon, lat], or null when the place is unknown; properties are the incident "
                        + "fields"))})
    public Response list(@RestQuery LocalDate from, @RestQuery LocalDate to,
            @Parameter(example = "SY08") @RestQuery String admin1,
            @Parameter(example = "SY0800") @RestQuery String admin2,
            @Parameter(example = "isis") @RestQuery String actor,
            @RestQuery EventType eventType, @RestQuery SubEventType subEventType,
            @Parameter(description = "Article id") @RestQuery String article,
            @Parameter(description = "Source id") @RestQuery String source,
            @Parameter(example = "38.5,35.0,41.5,37.5") @RestQuery String bbox,
            @Parameter(description = "date | -date | -killed", example = "-date") @RestQuery @DefaultValue("-date")
            String sort,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default), csv or geojson; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        Params.checkRange(from, to);
        var filter = new IncidentFilter(from, to, admin1, admin2, actor, eventType == null ? null : eventType.name(),
                subEventType == null ? null : subEventType.name(), article, source, Params.bbox(bbox),
                Params.incidentSort(sort));
        Format chosen = Format.choose(format, headers, Format.JSON, Format.CSV, Format.GEOJSON);
        if (chosen == Format.CSV) {
            return CsvExport.response("incidents", CsvColumns.INCIDENTS, (o, l) -> {
                var batch = incidents.list(filter, o, l).items();
                var t = totals.of(batch.stream().map(v -> v.incident().id).toList());
                return batch.stream().map(v -> new CsvColumns.IncidentRow(IncidentSummary.from(v),
                        t.getOrDefault(v.incident().id, Map.of()))).toList();
            });
        }
        if (chosen == Format.GEOJSON) {
            return GeoJsonExport.response(json,
                    (o, l) -> incidents.list(filter, o, l).items().stream().map(IncidentSummary::from).toList());
        }
        var result = incidents.list(filter, offset, limit);
        return Page.of(result.items(), result.total(), offset, limit, uri).map(IncidentSummary::from).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One incident with its figures and the articles that only reference it")
    @APIResponse(responseCode = "200", description = "The incident", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = IncidentDetail.class)))
    public IncidentDetail get(@RestPath String id) {
        var view = incidents.find(id).orElseThrow(() -> ApiProblem.notFound("incident", id));
        var figs = figures.all(new FigureQuery.Filter(null, id, null, null, null, null)).stream()
                .map(FigureView::from).toList();
        return IncidentDetail.of(IncidentSummary.from(view), figs, view.referencedBy());
    }

    @Schema(name = "IncidentPage")
    public record IncidentPage(List<IncidentSummary> items, long total, int offset, int limit, String next) {
    }
}
