package org.sijill.api;

/** Every problem type the API answers with; each is documented in the OpenAPI description. */
public final class ProblemTypes {
    public static final String NOT_FOUND = "/problems/not-found";
    public static final String INVALID_PARAMETER = "/problems/invalid-parameter";
    public static final String UNKNOWN_PARAMETER = "/problems/unknown-parameter";
    public static final String METHOD_NOT_ALLOWED = "/problems/method-not-allowed";
    public static final String NOT_ACCEPTABLE = "/problems/not-acceptable";
    public static final String UNSUPPORTED_MEDIA_TYPE = "/problems/unsupported-media-type";
    public static final String PAYLOAD_TOO_LARGE = "/problems/payload-too-large";
    public static final String BAD_REQUEST = "/problems/bad-request";
    public static final String INVALID_BODY = "/problems/invalid-body";
    public static final String UNAUTHORIZED = "/problems/unauthorized";
    public static final String WRITES_DISABLED = "/problems/writes-disabled";
    public static final String TOO_MANY_REQUESTS = "/problems/too-many-requests";
    public static final String CONFLICT = "/problems/conflict";
    public static final String UNAVAILABLE = "/problems/service-unavailable";
    public static final String INTERNAL = "/problems/internal";

    private ProblemTypes() {
    }
}
