package org.sijill.api;

import java.time.LocalDate;
import org.sijill.incidents.IncidentFilter;

/** Parsing and cross-checks of query values that are more than one typed parameter. */
final class Params {

    private Params() {
    }

    static void checkRange(LocalDate from, LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw ApiProblem.invalidParameter("from", "must not be after 'to'");
        }
    }

    /** "minLon,minLat,maxLon,maxLat" in WGS84 degrees. */
    static double[] bbox(String value) {
        if (value == null) {
            return null;
        }
        String[] parts = value.split(",", -1);
        if (parts.length != 4) {
            throw ApiProblem.invalidParameter("bbox", "must be minLon,minLat,maxLon,maxLat");
        }
        double[] b = new double[4];
        try {
            for (int i = 0; i < 4; i++) {
                b[i] = Double.parseDouble(parts[i].strip());
                if (!Double.isFinite(b[i])) {
                    throw new NumberFormatException();
                }
            }
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter("bbox", "must be four numbers: minLon,minLat,maxLon,maxLat");
        }
        if (b[0] < -180 || b[2] > 180 || b[1] < -90 || b[3] > 90 || b[0] > b[2] || b[1] > b[3]) {
            throw ApiProblem.invalidParameter("bbox", "must lie within -180..180, -90..90 with min <= max");
        }
        return b;
    }

    static IncidentFilter.Sort incidentSort(String value) {
        return switch (value) {
            case "date" -> IncidentFilter.Sort.DATE;
            case "-date" -> IncidentFilter.Sort.DATE_DESC;
            case "-killed" -> IncidentFilter.Sort.KILLED_DESC;
            default -> throw ApiProblem.invalidParameter("sort", "must be one of date, -date, -killed");
        };
    }
}
