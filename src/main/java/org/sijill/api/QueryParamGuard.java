package org.sijill.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters an endpoint does not declare: a misspelt filter ({@code ?admin=SY08}) would otherwise be
 * silently ignored and return unfiltered data that looks filtered.
 */
public class QueryParamGuard {

    private final Map<Method, Map<String, Class<?>>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Map<String, Class<?>> params = declared.computeIfAbsent(method, QueryParamGuard::queryParams);
        Set<String> allowed = params.keySet();
        var unknown = new TreeSet<String>();
        for (var entry : request.getUriInfo().getQueryParameters().entrySet()) {
            if (!allowed.contains(entry.getKey())) {
                unknown.add(entry.getKey());
            } else {
                for (String value : entry.getValue()) {
                    checkFormat(entry.getKey(), params.get(entry.getKey()), value);
                }
            }
        }
        if (!unknown.isEmpty()) {
            String known = allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed));
            throw new ApiProblem(400, ProblemTypes.UNKNOWN_PARAMETER, "Unknown parameter",
                    "Unknown query parameter(s): " + String.join(", ", unknown) + ". Accepted here: " + known,
                    unknown.stream().map(u -> new Problem.ParameterError(u, "unknown parameter")).toList());
        }
    }

    /** Names a malformed value precisely, before the framework's conversion would fail without saying which. */
    static void checkFormat(String name, Class<?> type, String value) {
        try {
            if (type == int.class || type == Integer.class) {
                Integer.parseInt(value.strip());
            } else if (type == long.class || type == Long.class) {
                Long.parseLong(value.strip());
            } else if (type == LocalDate.class) {
                LocalDate.parse(value.strip());
            } else if (type.isEnum()) {
                checkEnum(name, type, value);
            }
        } catch (NumberFormatException e) {
            throw ApiProblem.invalidParameter(name, "must be a whole number, got '" + clip(value) + "'");
        } catch (DateTimeParseException e) {
            throw ApiProblem.invalidParameter(name, "must be a date YYYY-MM-DD, got '" + clip(value) + "'");
        }
    }

    private static void checkEnum(String name, Class<?> type, String value) {
        var names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).toList();
        if (!names.contains(value)) {
            throw ApiProblem.invalidParameter(name, "must be one of " + String.join(", ", names) + ", got '"
                    + clip(value) + "'");
        }
    }

    private static String clip(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static Map<String, Class<?>> queryParams(Method method) {
        var names = new TreeMap<String, Class<?>>();
        for (Parameter p : method.getParameters()) {
            RestQuery rq = p.getAnnotation(RestQuery.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            if (rq != null) {
                names.put(rq.value().isEmpty() ? p.getName() : rq.value(), p.getType());
            } else if (qp != null) {
                names.put(qp.value(), p.getType());
            }
        }
        return Map.copyOf(names);
    }
}
