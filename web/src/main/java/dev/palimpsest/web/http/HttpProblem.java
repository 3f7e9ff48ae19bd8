package dev.palimpsest.web.http;

/**
 * A request that cannot be answered as asked, with the status to answer with. Handlers throw it; the
 * {@link ErrorMapper} turns it into an HTML page or a JSON error body. The message is shown to the
 * client, so it names the offending parameter and value and never internals.
 */
public final class HttpProblem extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;

    public HttpProblem(int status, String message) {
        super(message);
        if (status < 400 || status > 599) {
            throw new IllegalArgumentException("not an error status: " + status);
        }
        this.status = status;
    }

    public int status() {
        return status;
    }

    public static HttpProblem badRequest(String message) {
        return new HttpProblem(400, message);
    }

    public static HttpProblem unauthorized(String message) {
        return new HttpProblem(401, message);
    }

    public static HttpProblem forbidden(String message) {
        return new HttpProblem(403, message);
    }

    public static HttpProblem notFound(String message) {
        return new HttpProblem(404, message);
    }

    public static HttpProblem tooLarge(String message) {
        return new HttpProblem(413, message);
    }
}
