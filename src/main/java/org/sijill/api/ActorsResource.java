package org.sijill.api;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import java.util.Arrays;
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
import org.sijill.sources.ActorRow;
import io.quarkus.panache.common.Sort;

@Path("/api/v1/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "actors", description = "Armed groups, forces and others the articles name, with their aliases")
public class ActorsResource {

    @Schema(name = "Actor")
    public record ActorView(@Schema(examples = "asayish") String id, String name, String nameAr,
            @Schema(examples = "SECURITY_FORCES") String kind, @Schema(examples = "sdf") String parentId,
            @Schema(description = "Names the press uses, as written") List<String> aliases) {

        static ActorView from(ActorRow a) {
            return new ActorView(a.id, a.name, a.nameAr, a.kind, a.parentId,
                    a.aliases == null || a.aliases.isEmpty() ? List.of() : Arrays.asList(a.aliases.split("\\|")));
        }
    }

    @GET
    @Operation(summary = "List actors")
    @Produces({ MediaType.APPLICATION_JSON, Format.CSV_TYPE })
    @APIResponse(responseCode = "200", description = "A page of actors, or all of them as CSV",
            content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorPage.class)),
            @Content(mediaType = Format.CSV_TYPE, schema = @Schema(type = SchemaType.STRING,
                    description = "Every matching actor (no paging): RFC 4180, UTF-8 with BOM, header row"))})
    public Response list(@RestQuery @DefaultValue("0") @Min(0) @Max(1_000_000_000) int offset,
            @RestQuery @DefaultValue("50") @Min(1) @Max(500) int limit,
            @Parameter(description = "json (default) or csv; overrides Accept") @RestQuery String format,
            UriInfo uri, HttpHeaders headers) {
        if (Format.choose(format, headers, Format.JSON, Format.CSV) == Format.CSV) {
            return CsvExport.response("actors", CsvColumns.ACTORS, (o, l) -> ActorRow.<ActorRow>findAll(Sort.by("id"))
                    .range(o, o + l - 1).list().stream().map(ActorView::from).toList());
        }
        var q = ActorRow.<ActorRow>findAll(Sort.by("id"));
        long total = q.count();
        List<ActorRow> items = total == 0 ? List.of() : q.range(offset, offset + limit - 1).list();
        return Page.of(items, total, offset, limit, uri).map(ActorView::from).toResponse();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One actor")
    @APIResponse(responseCode = "200", description = "The actor", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActorView.class)))
    public ActorView get(@RestPath String id) {
        return ActorRow.<ActorRow>findByIdOptional(id).map(ActorView::from)
                .orElseThrow(() -> ApiProblem.notFound("actor", id));
    }

    @Schema(name = "ActorPage")
    public record ActorPage(List<ActorView> items, long total, int offset, int limit, String next) {
    }
}
