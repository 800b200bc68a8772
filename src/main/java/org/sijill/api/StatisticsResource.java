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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestQuery;
import org.sijill.api.StatisticsViews.CasualtyStatistics;
import org.sijill.api.StatisticsViews.MethodView;
import org.sijill.api.StatisticsViews.ReportedPage;
import org.sijill.api.StatisticsViews.ReportedTally;
import org.sijill.extract.model.EventType;
import org.sijill.extract.model.Outcome;
import org.sijill.extract.model.SubEventType;
import org.sijill.incidents.IncidentFilter;
import org.sijill.stats.CasualtyStatsQuery;
import org.sijill.stats.GroupKey;
import org.sijill.stats.ReportedQuery;
import org.sijill.stats.StatisticsMethod;

@Path("/api/v1/statistics")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "statistics", description = "Casualty numbers added up without double counting, and reported tallies")
public class StatisticsResource {

    static final String METHOD_PATH = "/api/v1/statistics/method";

    private static final StatisticsMethod METHOD = StatisticsMethod.load();

    @Inject
    CasualtyStatsQuery stats;

    @Inject
    ReportedQuery reported;

    @GET
    @Path("/casualties")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @Operation(summary = "Casualty statistics", description = "Incident casualties added up per group, computed in "
            + "the database. Rows are always per outcome. The incident filters select which incidents count. How "
            + "low/best/high are formed, and why rows of different actors or sources must not be added, is at "
            + METHOD_PATH + ".")
    @APIResponse(responseCode = "200", description = "Rows per group", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CasualtyStatistics.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "The rows: one column per key, then low, best, high, incidents, figures"))})
    public Response casualties(
            @Parameter(description = "Comma-separated keys: admin1, admin2, month, year, actor, outcome, eventType, "
                    + "source", example = "admin1,outcome") @RestQuery List<String> groupBy,
            @Parameter(description = "Only this outcome") @RestQuery Outcome outcome,
            @RestQuery LocalDate from, @RestQuery LocalDate to,
            @Parameter(example = "SY08") @RestQuery String admin1,
            @Parameter(example = "SY0800") @RestQuery String admin2,
            @Parameter(description = "Incidents involving this actor", example = "isis") @RestQuery String actor,
            @RestQuery EventType eventType, @RestQuery SubEventType subEventType,
            @Parameter(description = "Article id") @RestQuery String article,
            @Parameter(description = "Source id") @RestQuery String source,
            @Parameter(example = "38.5,35.0,41.5,37.5") @RestQuery String bbox,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            HttpHeaders headers) {
        Params.checkRange(from, to);
        Format chosen = Format.choose(format, headers, Format.JSON, Format.CSV);
        List<GroupKey> keys = CasualtyStatsQuery.effective(groupKeys(groupBy));
        var filter = new IncidentFilter(from, to, admin1, admin2, actor, eventType == null ? null : eventType.name(),
                subEventType == null ? null : subEventType.name(), article, source, Params.bbox(bbox), null);
        var rows = stats.rows(filter, keys, outcome == null ? null : outcome.name());
        if (chosen == Format.CSV) {
            return CsvExport.response("casualties", CsvColumns.statistics(CasualtyStatsQuery.columns(keys)),
                    Batches.of(rows));
        }
        return Response.ok(new CasualtyStatistics(keys.stream().map(GroupKey::param).toList(), rows, METHOD_PATH))
                .build();
    }

    @GET
    @Path("/method")
    @Operation(summary = "How the statistics are formed", description = "The rules behind low, best and high, and "
            + "which rows may be added together. The README's Statistics section says the same.")
    @APIResponse(responseCode = "200", description = "The method, in sections of Markdown text", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MethodView.class)))
    public MethodView method() {
        return MethodView.from(METHOD);
    }

    @GET
    @Path("/reported")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @Operation(summary = "Reported tallies", description = "Running tallies over many incidents as sources reported "
            + "them (AGGREGATE figures), with the source, the period they cover and the exact words; never summed "
            + "into the statistics.")
    @APIResponse(responseCode = "200", description = "A page of tallies, or all of them as CSV", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReportedPage.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Every matching tally (no paging): RFC 4180, UTF-8 with BOM, header row"))})
    public Response reported(@Parameter(description = "Article id") @RestQuery String article,
            @Parameter(description = "Whose casualties", example = "sdf") @RestQuery String actor,
            @RestQuery Outcome outcome,
            @Parameter(description = "Source that gave the tally", example = "sohr") @RestQuery String source,
            @Parameter(description = "Tallies whose period ends on or after") @RestQuery LocalDate from,
            @Parameter(description = "Tallies whose period starts on or before") @RestQuery LocalDate to,
            @RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        Params.checkRange(from, to);
        var filter = new ReportedQuery.Filter(article, actor, outcome == null ? null : outcome.name(), source, from, to);
        if (Format.choose(format, headers, Format.JSON, Format.CSV) == Format.CSV) {
            return CsvExport.response("reported", CsvColumns.REPORTED,
                    (o, l) -> reported.list(filter, o, l).items().stream().map(ReportedTally::from).toList());
        }
        var result = reported.list(filter, offset, limit);
        return Page.of(result.items(), result.total(), offset, limit, uri).map(ReportedTally::from).toResponse();
    }

    /** "admin1,outcome" (or the parameter repeated) → keys; an unknown, empty or repeated key is named in a 400. */
    static List<GroupKey> groupKeys(List<String> values) {
        var keys = new ArrayList<GroupKey>();
        if (values == null) {
            return keys;
        }
        String known = Arrays.stream(GroupKey.values()).map(GroupKey::param).collect(Collectors.joining(", "));
        for (String value : values) {
            for (String part : value.split(",", -1)) {
                String name = part.strip();
                GroupKey key = GroupKey.of(name).orElseThrow(() -> ApiProblem.invalidParameter("groupBy",
                        (name.isEmpty() ? "empty key" : "unknown key '" + clip(name) + "'") + "; use any of " + known));
                if (keys.contains(key)) {
                    throw ApiProblem.invalidParameter("groupBy", "key '" + name + "' is listed twice");
                }
                keys.add(key);
            }
        }
        return keys;
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
