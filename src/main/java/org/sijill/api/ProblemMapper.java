package org.sijill.api;

import io.quarkus.logging.Log;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.ValidationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** The only place exceptions become responses: always application/problem+json, never a stack trace. */
public class ProblemMapper {

    public static final String PROBLEM_JSON = "application/problem+json";

    @ServerExceptionMapper
    public Response api(ApiProblem e, UriInfo uri) {
        Response r = problem(new Problem(e.type(), e.title(), e.status(), e.getMessage(), path(uri), e.errors()));
        // RFC 9110: a 401 says how to authenticate
        if (e instanceof WriteRateLimit.Exceeded limited) {
            return Response.fromResponse(r).header("Retry-After", limited.retryAfterSeconds()).build();
        }
        return e.status() == 401 ? Response.fromResponse(r).header("WWW-Authenticate", "Bearer realm=\"sijill\"")
                .build() : r;
    }

    /** Mapped on the superclass, or Quarkus' own violation report would win. */
    @ServerExceptionMapper
    public Response invalid(ValidationException e, UriInfo uri) {
        if (!(e instanceof ConstraintViolationException cve)) {
            Log.error("Validation could not run", e);
            return internal(uri);
        }
        List<Problem.ParameterError> errors = cve.getConstraintViolations().stream()
                .map(v -> new Problem.ParameterError(parameterName(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.ParameterError::parameter)).toList();
        String detail = errors.stream().map(x -> x.parameter() + " " + x.message())
                .reduce((a, b) -> a + "; " + b).orElse("invalid request");
        return problem(new Problem(ProblemTypes.INVALID_PARAMETER, "Invalid parameter", 400, detail, path(uri), errors));
    }

    @ServerExceptionMapper
    public Response http(WebApplicationException e, UriInfo uri) {
        int status = e.getResponse().getStatus();
        // quarkus-rest reports a query value it cannot convert ("limit=abc") as 404 caused by the parse failure
        if (status == 404 && e.getCause() != null && isConversionFailure(e.getCause())) {
            return problem(new Problem(ProblemTypes.INVALID_PARAMETER, "Invalid parameter", 400,
                    "A parameter value has the wrong type or format: " + safeMessage(e.getCause()), path(uri), null));
        }
        return switch (status) {
            case 404 -> problem(new Problem(ProblemTypes.NOT_FOUND, "Not found", 404,
                    "No resource at this path", path(uri), null));
            case 405 -> problem(new Problem(ProblemTypes.METHOD_NOT_ALLOWED, "Method not allowed", 405,
                    "This resource does not support that HTTP method", path(uri), null));
            case 406 -> problem(new Problem(ProblemTypes.NOT_ACCEPTABLE, "Not acceptable", 406,
                    "None of the media types in Accept can be produced here", path(uri), null));
            case 415 -> problem(new Problem(ProblemTypes.UNSUPPORTED_MEDIA_TYPE, "Unsupported media type", 415,
                    "This Content-Type is not accepted here", path(uri), null));
            case 413 -> problem(new Problem(ProblemTypes.PAYLOAD_TOO_LARGE, "Payload too large", 413,
                    "The request body is larger than allowed", path(uri), null));
            default -> status >= 500 ? internal(uri)
                    : problem(new Problem(ProblemTypes.BAD_REQUEST, "Bad request", status,
                            "The request could not be understood", path(uri), null));
        };
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        if (isDatabaseUnavailable(e)) {
            Log.warn("Database unavailable: " + e.getMessage());
            return Response.fromResponse(problem(new Problem(ProblemTypes.UNAVAILABLE, "Service unavailable", 503,
                    "The database is not reachable; try again shortly", path(uri), null)))
                    .header("Retry-After", "5").build();
        }
        Log.error("Unhandled error", e); // stack traces go to the log, never to clients
        return internal(uri);
    }

    private static Response internal(UriInfo uri) {
        return problem(new Problem(ProblemTypes.INTERNAL, "Internal error", 500,
                "The service failed to answer this request; the error was logged", path(uri), null));
    }

    static Response problem(Problem p) {
        return Response.status(p.status()).type(PROBLEM_JSON).entity(p).build();
    }

    private static String path(UriInfo uri) {
        return uri == null ? null : uri.getRequestUri().getRawPath();
    }

    private static String parameterName(ConstraintViolation<?> v) {
        String name = null;
        for (Path.Node node : v.getPropertyPath()) {
            if (node.getKind() == ElementKind.PARAMETER || node.getKind() == ElementKind.PROPERTY) {
                name = node.getName();
            }
        }
        return name == null ? "request" : name;
    }

    private static boolean isConversionFailure(Throwable t) {
        return t instanceof IllegalArgumentException || t instanceof java.time.format.DateTimeParseException;
    }

    /** Parse messages name the bad value but never a class; keep them short. */
    private static String safeMessage(Throwable t) {
        String m = t.getMessage() == null ? "" : t.getMessage();
        m = m.replaceAll("[a-z]+(\\.[A-Za-z_$][\\w$]*){2,}", "").strip();
        return m.length() > 200 ? m.substring(0, 200) : m;
    }

    /**
     * 08: connection exceptions; 57P01-57P03: the server is shutting down, crashed or still starting (a pooled
     * connection sees "terminating connection due to administrator command" when PostgreSQL stops under it); 53300:
     * too many connections. All pass without the client doing anything different.
     */
    private static boolean isTransientState(String state) {
        return state.startsWith("08") || state.startsWith("57P0") || state.equals("53300");
    }

    private static boolean isDatabaseUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && isTransientState(sql.getSQLState())) {
                return true;
            }
            String name = t.getClass().getName();
            if (name.endsWith("JDBCConnectionException") || name.contains("AcquisitionTimeout")
                    || (t instanceof SQLException && String.valueOf(t.getMessage()).contains("acquisition timeout"))) {
                return true;
            }
        }
        return false;
    }
}
