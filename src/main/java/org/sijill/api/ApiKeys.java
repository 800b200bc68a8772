package org.sijill.api;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.sijill.SijillConfig;

/**
 * Guards the {@link WriteAccess} methods: {@code Authorization: Bearer <key>} must carry one of the keys in
 * {@code sijill.api-keys} (env {@code SIJILL_API_KEYS}, comma-separated). Only SHA-256 digests of the keys are kept, a
 * presented key is compared with every one of them in constant time, and no key is ever logged or echoed. With no key
 * configured, writes are refused outright.
 */
@ApplicationScoped // a client proxy: the filter is built at static init, the configuration read at first use
public class ApiKeys {

    private static final String BEARER = "Bearer ";

    private final List<byte[]> digests;
    private final WriteRateLimit limit;

    public ApiKeys(SijillConfig config, java.time.Clock clock) {
        this.digests = config.apiKeys().orElse(List.of()).stream().map(String::strip).filter(k -> !k.isEmpty())
                .map(ApiKeys::digest).toList();
        this.limit = new WriteRateLimit(config.writes().perMinute(), clock);
    }

    @ServerRequestFilter
    public void requireKey(ContainerRequestContext request, ResourceInfo resource) {
        if (resource.getResourceMethod() == null || !resource.getResourceMethod().isAnnotationPresent(WriteAccess.class)) {
            return;
        }
        check(request.getHeaderString(HttpHeaders.AUTHORIZATION));
    }

    /** Passes silently for a valid key; otherwise the problem to answer with. */
    void check(String authorization) {
        if (digests.isEmpty()) {
            throw new ApiProblem(403, ProblemTypes.WRITES_DISABLED, "Writes disabled",
                    "This service accepts no writes because no API key is configured. To enable them, set "
                            + "sijill.api-keys (environment variable SIJILL_API_KEYS) to one or more comma-separated "
                            + "keys and send one as 'Authorization: Bearer <key>'.", null);
        }
        if (authorization == null || !authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            throw unauthorized("This request needs 'Authorization: Bearer <key>' with an API key");
        }
        byte[] presented = digest(authorization.substring(BEARER.length()).strip());
        if (!matches(presented)) {
            throw unauthorized("The API key is not valid");
        }
        limit.acquire(java.util.HexFormat.of().formatHex(presented)); // per key, never the key itself
    }

    private boolean matches(byte[] d) {
        boolean found = false;
        for (byte[] known : digests) { // no early exit: the time taken says nothing about which key came close
            found |= MessageDigest.isEqual(known, d);
        }
        return found;
    }

    private static ApiProblem unauthorized(String detail) {
        return new ApiProblem(401, ProblemTypes.UNAUTHORIZED, "Unauthorized", detail, null);
    }

    private static byte[] digest(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
