package org.sijill.api;

import java.util.List;

/** A client or server problem raised by the service's own code; {@link ProblemMapper} turns it into a response. */
public class ApiProblem extends RuntimeException {

    private final int status;
    private final String type;
    private final String title;
    private final List<Problem.ParameterError> errors;

    public ApiProblem(int status, String type, String title, String detail, List<Problem.ParameterError> errors) {
        super(detail, null, false, false); // no stack trace: these are expected outcomes, not bugs
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = errors == null ? List.of() : List.copyOf(errors);
    }

    public static ApiProblem notFound(String what, String id) {
        return new ApiProblem(404, ProblemTypes.NOT_FOUND, "Not found", "No " + what + " with id '" + id + "'", null);
    }

    public static ApiProblem invalidParameter(String parameter, String message) {
        return new ApiProblem(400, ProblemTypes.INVALID_PARAMETER, "Invalid parameter", parameter + ": " + message,
                List.of(new Problem.ParameterError(parameter, message)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<Problem.ParameterError> errors() {
        return errors;
    }
}
