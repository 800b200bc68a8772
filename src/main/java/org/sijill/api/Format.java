package org.sijill.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * The representations a collection can answer with. Chosen by {@code ?format=} when given (a link that opens a
 * spreadsheet needs no headers), otherwise by {@code Accept}, in the client's order of preference; JSON by default.
 */
public enum Format {
    JSON("json", MediaType.APPLICATION_JSON),
    CSV("csv", "text/csv"),
    GEOJSON("geojson", "application/geo+json");

    public static final String CSV_TYPE = "text/csv";
    public static final String GEOJSON_TYPE = "application/geo+json";

    private final String param;
    private final MediaType type;

    Format(String param, String type) {
        this.param = param;
        this.type = MediaType.valueOf(type);
    }

    public String param() {
        return param;
    }

    /** @param supported in order of preference for a client that accepts anything; JSON first */
    static Format choose(String format, HttpHeaders headers, Format... supported) {
        if (format != null) {
            return Arrays.stream(supported).filter(f -> f.param.equals(format.strip())).findFirst()
                    .orElseThrow(() -> ApiProblem.invalidParameter("format", "must be one of "
                            + Arrays.stream(supported).map(f -> f.param).collect(Collectors.joining(", "))
                            + ", got '" + (format.length() > 40 ? format.substring(0, 40) + "…" : format) + "'"));
        }
        for (MediaType accepted : headers.getAcceptableMediaTypes()) {
            if ("0".equals(accepted.getParameters().get("q")) || "0.0".equals(accepted.getParameters().get("q"))) {
                continue;
            }
            for (Format f : supported) {
                if (accepted.isCompatible(f.type)) {
                    return f;
                }
            }
        }
        throw new ApiProblem(406, ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", "This resource is available as "
                + Arrays.stream(supported).map(f -> f.type.toString()).collect(Collectors.joining(", ")), null);
    }
}
