package org.sijill.api;

import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jboss.resteasy.reactive.RestQuery;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects query parameters an endpoint does not declare: a misspelt filter ({@code ?admin=SY08}) would otherwise be
 * silently ignored and return unfiltered data that looks filtered.
 */
public class QueryParamGuard {

    private final Map<Method, Set<String>> declared = new ConcurrentHashMap<>();

    @ServerRequestFilter
    public void rejectUnknown(ContainerRequestContext request, ResourceInfo resource) {
        Method method = resource.getResourceMethod();
        if (method == null) {
            return;
        }
        Set<String> allowed = declared.computeIfAbsent(method, QueryParamGuard::queryParams);
        var unknown = new TreeSet<String>();
        for (String name : request.getUriInfo().getQueryParameters().keySet()) {
            if (!allowed.contains(name)) {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            String known = allowed.isEmpty() ? "none" : String.join(", ", new TreeSet<>(allowed));
            throw new ApiProblem(400, ProblemTypes.UNKNOWN_PARAMETER, "Unknown parameter",
                    "Unknown query parameter(s): " + String.join(", ", unknown) + ". Accepted here: " + known,
                    unknown.stream().map(u -> new Problem.ParameterError(u, "unknown parameter")).toList());
        }
    }

    private static Set<String> queryParams(Method method) {
        var names = new TreeSet<String>();
        for (Parameter p : method.getParameters()) {
            RestQuery rq = p.getAnnotation(RestQuery.class);
            QueryParam qp = p.getAnnotation(QueryParam.class);
            if (rq != null) {
                names.add(rq.value().isEmpty() ? p.getName() : rq.value());
            } else if (qp != null) {
                names.add(qp.value());
            }
        }
        return Set.copyOf(names.isEmpty() ? List.of() : names);
    }
}
