package org.sijill.api;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document: what every 4xx and 5xx answer carries. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "Problem", description = "RFC 9457 problem details, served as application/problem+json")
public record Problem(
        @Schema(description = "Problem type, a URI reference", examples = "/problems/invalid-parameter") String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid parameter") String title,
        @Schema(description = "HTTP status code", examples = "400") int status,
        @Schema(description = "What went wrong with this request", examples = "limit must be between 1 and 500") String detail,
        @Schema(description = "The request path", examples = "/api/v1/articles") String instance,
        @Schema(description = "One entry per offending parameter") List<ParameterError> errors) {

    @Schema(name = "ParameterError")
    public record ParameterError(
            @Schema(examples = "limit") String parameter,
            @Schema(examples = "must be less than or equal to 500") String message) {
    }
}
