package org.sijill.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.ByteArrayOutputStream;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sijill.api.Views.AdminView;
import org.sijill.api.Views.LocationView;

/** The FeatureCollection writer on its own: coordinate order, and a feature without a place. */
class GeoJsonExportTest {

    private static IncidentSummary incident(String id, Double lat, Double lon) {
        return new IncidentSummary(id, "t", "BATTLES", "ARMED_CLASH", null, new LocationView("SY",
                new AdminView("SY08", "Al-Hasakah", "الحسكة"), null, null, null, lat, lon, lat == null ? "COUNTRY" : "TOWN"),
                List.of(), List.of(), List.of("a"), List.of());
    }

    @Test
    void pointsAreLonLatAndUnplacedIncidentsHaveNullGeometry() throws Exception {
        var mapper = new ObjectMapper().registerModule(new JavaTimeModule());
        var response = GeoJsonExport.response(mapper, Batches.of(List.of(incident("placed", 36.5, 40.7),
                incident("unplaced", null, null))));
        var out = new ByteArrayOutputStream();
        ((StreamingOutput) response.getEntity()).write(out);
        JsonNode fc = mapper.readTree(out.toByteArray());
        assertEquals("FeatureCollection", fc.get("type").asText());
        JsonNode placed = fc.get("features").get(0);
        assertEquals("Point", placed.at("/geometry/type").asText());
        assertEquals(40.7, placed.at("/geometry/coordinates/0").asDouble());
        assertEquals(36.5, placed.at("/geometry/coordinates/1").asDouble());
        JsonNode unplaced = fc.get("features").get(1);
        assertEquals("unplaced", unplaced.get("id").asText());
        assertTrue(unplaced.has("geometry") && unplaced.get("geometry").isNull(), "geometry: null, not left out");
        assertEquals("الحسكة", unplaced.at("/properties/location/admin1/nameAr").asText());
    }
}
