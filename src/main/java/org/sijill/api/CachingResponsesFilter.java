package org.sijill.api;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;

/** Documents, once for every API read, the ETag and Cache-Control headers and the conditional 304 (HttpCaching). */
@OpenApiFilter(OpenApiFilter.RunStage.BUILD)
public class CachingResponsesFilter implements OASFilter {

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/api/") && item.getGET() != null) {
                document(item.getGET());
            }
        });
    }

    private static void document(Operation get) {
        if (get.getParameters() == null || get.getParameters().stream().noneMatch(p -> "If-None-Match".equals(p.getName()))) {
            get.addParameter(OASFactory.createParameter().name("If-None-Match").in(Parameter.In.HEADER)
                    .description("An ETag from an earlier answer: 304 without a body while the data is unchanged")
                    .schema(OASFactory.createSchema().addType(org.eclipse.microprofile.openapi.models.media.Schema
                            .SchemaType.STRING)));
        }
        var responses = get.getResponses();
        if (responses == null) {
            return;
        }
        var ok = responses.getAPIResponse("200");
        if (ok != null) {
            ok.addHeader("ETag", header("Strong validator of this representation; changes whenever the data does"));
            ok.addHeader("Cache-Control", header("public, max-age=<sijill.http.max-age, 60 by default>"));
        }
        if (!responses.hasAPIResponse("304")) {
            responses.addAPIResponse("304", OASFactory.createAPIResponse()
                    .description("Not modified: If-None-Match names the current ETag")
                    .addHeader("ETag", header("The current ETag")));
        }
    }

    private static Header header(String description) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema()
                .addType(org.eclipse.microprofile.openapi.models.media.Schema.SchemaType.STRING));
    }
}
