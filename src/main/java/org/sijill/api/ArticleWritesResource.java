package org.sijill.api;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestPath;
import org.sijill.SijillConfig;
import org.sijill.ingest.ArticleWriter;
import org.sijill.ingest.SeedReader;
import org.sijill.sources.SourceRow;

@Path("/api/v1/articles")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "articles")
@SecurityScheme(securitySchemeName = ArticleWritesResource.SCHEME, type = SecuritySchemeType.HTTP, scheme = "bearer",
        description = "An API key from sijill.api-keys (env SIJILL_API_KEYS), sent as 'Authorization: Bearer <key>'. "
                + "Reads need none.")
public class ArticleWritesResource {

    static final String SCHEME = "apiKey";

    private static final Set<String> FIELDS = Set.of("text", "title", "url", "publisher", "publishedDate");

    @Inject
    ArticleWriter writer;

    @Inject
    ArticlesResource reads;

    @Inject
    ObjectMapper json;

    @Inject
    SijillConfig config;

    /** For the OpenAPI document: what a JSON post carries. */
    @Schema(name = "ArticlePost")
    public record ArticlePost(
            @Schema(required = true, description = "The article, verbatim (UTF-8, not empty)") String text,
            @Schema(description = "Defaults to the text's first line") String title,
            @Schema(description = "Where it was published, http(s)") String url,
            @Schema(description = "Source id of the publisher (see /api/v1/sources?all=true); defaults to the one "
                    + "read from the text", examples = "sohr") String publisher,
            @Schema(description = "Publication date; wins over the date inferred from the text", examples = "2022-01-21")
            LocalDate publishedDate) {
    }

    @POST
    @WriteAccess
    @Consumes({ MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN })
    @SecurityRequirement(name = SCHEME)
    @Operation(summary = "Add an article", description = "Reads the article with the same pipeline as the seeds and "
            + "links it into incidents (merged with existing ones when they are the same event). Idempotent by "
            + "content: the same text again answers 200 with the article already stored (its metadata unchanged). "
            + "Posted articles get the id a-<first 16 hex digits of the text's SHA-256>.")
    @APIResponse(responseCode = "201", description = "Stored; Location names it", headers = @Header(name = "Location",
            schema = @Schema(type = SchemaType.STRING)), content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "200", description = "The same text was stored already: that article",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticleDetail.class)))
    @APIResponse(responseCode = "400", description = "Empty text, not UTF-8, malformed JSON, an unknown field or a "
            + "bad field value (type " + ProblemTypes.INVALID_BODY + ")", content = @Content(
                    mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "401", description = "Missing or wrong API key (type " + ProblemTypes.UNAUTHORIZED + ")",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This API key used its writes for the minute; see Retry-After (type "
            + ProblemTypes.TOO_MANY_REQUESTS + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No API key configured: writes are disabled (type "
            + ProblemTypes.WRITES_DISABLED + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Text larger than sijill.seeds.max-bytes (type "
            + ProblemTypes.PAYLOAD_TOO_LARGE + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "415", description = "Not application/json or text/plain; charset=utf-8 (type "
            + ProblemTypes.UNSUPPORTED_MEDIA_TYPE + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Response post(@RequestBody(required = true, content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ArticlePost.class)),
            @Content(mediaType = "text/plain; charset=utf-8", schema = @Schema(type = SchemaType.STRING,
                    description = "The article text alone"))}) byte[] body,
            HttpHeaders headers, UriInfo uri) {
        MediaType type = headers.getMediaType();
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset != null && !charset.equalsIgnoreCase("utf-8")) {
            throw new ApiProblem(415, ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type",
                    "Only UTF-8 is accepted; got charset=" + clip(charset), null);
        }
        String decoded;
        try {
            decoded = SeedReader.decodeUtf8(body);
        } catch (CharacterCodingException e) {
            throw invalid("body", "is not valid UTF-8");
        }
        var article = type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE) ? parse(decoded)
                : new ArticlePost(decoded, null, null, null, null);
        if (article.text().isBlank()) {
            throw invalid("text", "must not be empty");
        }
        int bytes = article.text().getBytes(StandardCharsets.UTF_8).length;
        if (bytes > config.seeds().maxBytes()) {
            throw new ApiProblem(413, ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", "The text is " + bytes
                    + " bytes; at most " + config.seeds().maxBytes() + " are accepted", null);
        }
        ArticleWriter.Posted posted;
        try {
            posted = writer.post(ArticleWriter.input(article.text(), article.title(), article.url(),
                    article.publisher(), article.publishedDate()));
        } catch (ArticleWriter.IdTaken e) {
            throw new ApiProblem(409, ProblemTypes.CONFLICT, "Conflict", e.getMessage(), null);
        }
        URI location = uri.getBaseUriBuilder().path("api/v1/articles/{id}").build(posted.id());
        ArticleDetail detail = reads.get(posted.id());
        return (posted.created() ? Response.created(location) : Response.ok().contentLocation(location))
                .entity(detail).type(MediaType.APPLICATION_JSON).build();
    }

    @DELETE
    @Path("/{id}")
    @WriteAccess
    @SecurityRequirement(name = SCHEME)
    @Operation(summary = "Remove an article", description = "Removes the article, its figures and mentions, and "
            + "re-derives the incidents. A removed seed comes back at the next start while it is in the seeds folder.")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "401", description = "Missing or wrong API key (type " + ProblemTypes.UNAUTHORIZED + ")",
            content = @Content(mediaType = ProblemMapper.PROBLEM_JSON, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "429", description = "This API key used its writes for the minute; see Retry-After (type "
            + ProblemTypes.TOO_MANY_REQUESTS + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "403", description = "No API key configured: writes are disabled (type "
            + ProblemTypes.WRITES_DISABLED + ")", content = @Content(mediaType = ProblemMapper.PROBLEM_JSON,
                    schema = @Schema(implementation = Problem.class)))
    public Response delete(@RestPath String id) {
        if (!writer.delete(id)) {
            throw ApiProblem.notFound("article", id);
        }
        return Response.noContent().build();
    }

    /** A JSON object with exactly the known fields; anything else is named in a 400 rather than ignored. */
    private ArticlePost parse(String body) {
        JsonNode node;
        try {
            node = json.readTree(body);
        } catch (JsonProcessingException e) {
            throw invalid("body", "is not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr() + ")");
        }
        if (node == null || !node.isObject()) {
            throw invalid("body", "must be a JSON object with a 'text' field");
        }
        var unknown = new TreeSet<String>();
        node.fieldNames().forEachRemaining(f -> {
            if (!FIELDS.contains(f)) {
                unknown.add(f);
            }
        });
        if (!unknown.isEmpty()) {
            throw invalid(unknown.first(), "unknown field; accepted: text, title, url, publisher, publishedDate");
        }
        String text = string(node, "text");
        if (text == null) {
            throw invalid("text", "is required");
        }
        String title = string(node, "title");
        if (title != null && (title.isBlank() || title.length() > 500)) {
            throw invalid("title", "must be 1 to 500 characters");
        }
        return new ArticlePost(text, title == null ? null : title.strip(), url(string(node, "url")),
                publisher(string(node, "publisher")), date(string(node, "publishedDate")));
    }

    private static String string(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isTextual()) {
            throw invalid(field, "must be a string");
        }
        return v.textValue();
    }

    private static String url(String value) {
        if (value == null) {
            return null;
        }
        try {
            URI u = URI.create(value.strip());
            if (value.length() <= 2000 && u.getHost() != null
                    && ("http".equalsIgnoreCase(u.getScheme()) || "https".equalsIgnoreCase(u.getScheme()))) {
                return u.toString();
            }
        } catch (IllegalArgumentException e) {
            // reported below
        }
        throw invalid("url", "must be an absolute http(s) URL of at most 2000 characters");
    }

    private static String publisher(String value) {
        if (value != null && SourceRow.findByIdOptional(value).isEmpty()) {
            throw invalid("publisher", "no source with id '" + clip(value) + "'; see /api/v1/sources?all=true");
        }
        return value;
    }

    private static LocalDate date(String value) {
        try {
            return value == null ? null : LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw invalid("publishedDate", "must be a date YYYY-MM-DD, got '" + clip(value) + "'");
        }
    }

    private static ApiProblem invalid(String field, String message) {
        return new ApiProblem(400, ProblemTypes.INVALID_BODY, "Invalid body", field + ": " + message,
                List.of(new Problem.ParameterError(field, message)));
    }

    private static String clip(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
