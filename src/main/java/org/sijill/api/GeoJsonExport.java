package org.sijill.api;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;

/**
 * Incidents as an RFC 7946 FeatureCollection, streamed: one Point Feature per incident with coordinates
 * {@code [lon, lat]} (WGS 84, longitude first as the RFC requires) and every incident field as its properties. An
 * incident whose place is unknown keeps its feature with {@code "geometry": null}, so the collection holds exactly
 * the incidents the same filters list.
 */
final class GeoJsonExport {

    private GeoJsonExport() {
    }

    static Response response(ObjectMapper mapper, Batches<IncidentSummary> incidents) {
        StreamingOutput body = out -> {
            try (JsonGenerator g = mapper.createGenerator(out)) {
                g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                g.writeStartObject();
                g.writeStringField("type", "FeatureCollection");
                g.writeArrayFieldStart("features");
                for (var batch : incidents) {
                    for (IncidentSummary i : batch) {
                        feature(g, i);
                    }
                }
                g.writeEndArray();
                g.writeEndObject();
            }
        };
        return Response.ok(body, Format.GEOJSON_TYPE).build();
    }

    private static void feature(JsonGenerator g, IncidentSummary i) throws java.io.IOException {
        g.writeStartObject();
        g.writeStringField("type", "Feature");
        g.writeStringField("id", i.id());
        var l = i.location();
        if (l == null || l.lat() == null || l.lon() == null) {
            g.writeNullField("geometry");
        } else {
            g.writeObjectFieldStart("geometry");
            g.writeStringField("type", "Point");
            g.writeArrayFieldStart("coordinates");
            g.writeNumber(l.lon());
            g.writeNumber(l.lat());
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeFieldName("properties");
        g.writeObject(i);
        g.writeEndObject();
    }
}
