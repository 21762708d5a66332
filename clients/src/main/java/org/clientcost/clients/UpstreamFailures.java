package org.clientcost.clients;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * Turns whatever a library threw for a failed call into the two kinds a caller acts on: {@link UpstreamTimeoutException}
 * or another {@link IOException}. What each library throws on a timeout:
 * <ul>
 *   <li>JDK HttpClient: {@link HttpTimeoutException} (and its subclass for connect timeouts);</li>
 *   <li>OkHttp: {@link java.net.SocketTimeoutException} for connect/read timeouts, a bare {@link InterruptedIOException}
 *       ({@code "timeout"}) for its call timeout; the suite never interrupts a thread inside a call;</li>
 *   <li>AsyncHttpClient: {@link TimeoutException} for its request and read timeouts.</li>
 * </ul>
 */
final class UpstreamFailures {

    private UpstreamFailures() {
    }

    static IOException classify(Throwable failure, URI uri, Duration requestTimeout) {
        Throwable cause = unwrap(failure);
        if (isTimeout(cause)) {
            return new UpstreamTimeoutException("GET " + uri + " timed out (request timeout " + requestTimeout.toMillis()
                    + " ms): " + describe(cause), cause);
        }
        if (cause instanceof IOException io) {
            return io;
        }
        return new IOException("GET " + uri + " failed: " + describe(cause), cause);
    }

    /** A library's pending call as the future {@link HttpClientAdapter#fetchAsync} promises: converted answer, or a classified failure. */
    static <R> CompletableFuture<UpstreamResponse> relay(CompletionStage<R> call, Function<R, UpstreamResponse> convert,
                                                         URI uri, Duration requestTimeout) {
        CompletableFuture<UpstreamResponse> result = new CompletableFuture<>();
        call.whenComplete((answer, failure) -> {
            if (failure != null) {
                result.completeExceptionally(classify(failure, uri, requestTimeout));
                return;
            }
            try {
                result.complete(convert.apply(answer));
            } catch (RuntimeException e) {
                result.completeExceptionally(classify(e, uri, requestTimeout));
            }
        });
        return result;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof CompletionException || t instanceof ExecutionException || t instanceof UncheckedIOException)
                && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }

    private static boolean isTimeout(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof HttpTimeoutException || t instanceof InterruptedIOException || t instanceof TimeoutException) {
                return true;
            }
        }
        return false;
    }

    private static String describe(Throwable t) {
        return t.getMessage() == null ? t.getClass().getSimpleName() : t.getClass().getSimpleName() + ": " + t.getMessage();
    }
}
