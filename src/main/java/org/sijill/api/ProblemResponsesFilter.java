package org.sijill.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/** Documents the problem answers every API operation can give, once, instead of on each method. */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class ProblemResponsesFilter implements OASFilter {

    private static final Map<String, String> COMMON = Map.of(
            "400", "Malformed, out-of-range or unknown parameter (types " + ProblemTypes.INVALID_PARAMETER + ", "
                    + ProblemTypes.UNKNOWN_PARAMETER + ")",
            "404", "No such resource (type " + ProblemTypes.NOT_FOUND + ")",
            "405", "Method not allowed (type " + ProblemTypes.METHOD_NOT_ALLOWED + ")",
            "406", "None of the accepted media types can be produced (type " + ProblemTypes.NOT_ACCEPTABLE + ")",
            "500", "Unexpected failure, logged on the server (type " + ProblemTypes.INTERNAL + ")",
            "503", "Database unreachable; retry after the Retry-After delay (type " + ProblemTypes.UNAVAILABLE + ")");

    @Override
    public Operation filterOperation(Operation operation) {
        COMMON.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse(e.getKey())) {
                operation.getResponses().addAPIResponse(e.getKey(), problem(e.getValue()));
            }
        });
        return operation;
    }

    private static APIResponse problem(String description) {
        MediaType media = OASFactory.createMediaType().schema(OASFactory.createSchema().ref("Problem"));
        Content content = OASFactory.createContent().addMediaType(ProblemMapper.PROBLEM_JSON, media);
        return OASFactory.createAPIResponse().description(description).content(content);
    }

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        // the Problem schema is referenced by the responses above; make sure it is registered
    }
}
