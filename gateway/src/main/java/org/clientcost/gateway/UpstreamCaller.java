package org.clientcost.gateway;

import java.io.PrintStream;
import java.net.URI;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.clientcost.clients.ClientLease;
import org.clientcost.clients.ClientMode;
import org.clientcost.clients.ClientPolicy;
import org.clientcost.clients.UpstreamResponse;

/**
 * One upstream call in the configured {@link HandlerStyle}, through the {@link ClientPolicy}'s client for the request.
 * The future never fails: every outcome is a {@link GatewayAnswer}. A client built for the request is shut down
 * before the answer is ready, in both styles, as {@code try (client) { ... }} does in a handler.
 *
 * <ul>
 *   <li>sync: a worker thread takes the client, blocks on {@code fetch}, closes the client;</li>
 *   <li>async: the calling event loop takes the client and starts {@code fetchAsync}; nothing blocks it. The call
 *       completes on one of the client's own threads, so a per-request client is closed on the closer executor
 *       (a client's {@code close()} may wait for its own threads).</li>
 * </ul>
 * In perRequest mode a call first waits for {@link Capacity#roomForClient()} (blocking the worker in the sync style,
 * continuing on the ceiling thread in the async style), so that the threads of earlier clients can go first.
 */
final class UpstreamCaller {

    private final ClientPolicy policy;
    private final HandlerStyle style;
    private final Executor workers;
    private final Executor closers;
    private final PrintStream report;
    private final Capacity capacity;
    private final boolean buildsPerRequest;

    UpstreamCaller(ClientPolicy policy, HandlerStyle style, Capacity capacity, Executor workers, Executor closers,
                   PrintStream report) {
        this.policy = policy;
        this.capacity = capacity;
        this.buildsPerRequest = policy.mode() == ClientMode.PER_REQUEST;
        this.style = style;
        this.workers = workers;
        this.closers = closers;
        this.report = report;
    }

    CompletableFuture<GatewayAnswer> call(URI upstream) {
        return style == HandlerStyle.SYNC ? callOnWorker(upstream) : callAsync(upstream);
    }

    private CompletableFuture<GatewayAnswer> callOnWorker(URI upstream) {
        CompletableFuture<GatewayAnswer> answer = new CompletableFuture<>();
        try {
            workers.execute(() -> answer.complete(blockingCall(upstream)));
        } catch (RejectedExecutionException e) {
            answer.complete(GatewayAnswer.overCapacity("over capacity: the worker pool is shut down or full"));
        }
        return answer;
    }

    private GatewayAnswer blockingCall(URI upstream) {
        ClientLease lease;
        try {
            if (buildsPerRequest) {
                capacity.roomForClient().get();
            }
            lease = policy.lease();
        } catch (ExecutionException e) {
            return GatewayAnswer.failure(upstream, e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayAnswer.failure(upstream, e);
        } catch (RuntimeException e) {
            return GatewayAnswer.failure(upstream, e);
        }
        try {
            return GatewayAnswer.relay(upstream, lease.fetch(upstream));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return GatewayAnswer.failure(upstream, e);
        } catch (Exception e) {
            return GatewayAnswer.failure(upstream, e);
        } finally {
            close(lease);
        }
    }

    private CompletableFuture<GatewayAnswer> callAsync(URI upstream) {
        if (!buildsPerRequest) {
            return leaseAndCallAsync(upstream);
        }
        CompletableFuture<Void> room = capacity.roomForClient();
        if (room.isDone() && !room.isCompletedExceptionally()) {
            return leaseAndCallAsync(upstream);
        }
        return room.handle((ok, failure) -> failure == null
                        ? leaseAndCallAsync(upstream)
                        : CompletableFuture.completedFuture(GatewayAnswer.failure(upstream, failure)))
                .thenCompose(answer -> answer);
    }

    private CompletableFuture<GatewayAnswer> leaseAndCallAsync(URI upstream) {
        ClientLease lease;
        try {
            lease = policy.lease();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return CompletableFuture.completedFuture(GatewayAnswer.failure(upstream, e));
        } catch (RuntimeException e) {
            return CompletableFuture.completedFuture(GatewayAnswer.failure(upstream, e));
        }
        CompletableFuture<GatewayAnswer> answer = new CompletableFuture<>();
        CompletableFuture<UpstreamResponse> call;
        try {
            call = lease.fetchAsync(upstream);
        } catch (RuntimeException e) {
            call = CompletableFuture.failedFuture(e);
        }
        call.whenComplete((response, failure) -> {
            GatewayAnswer outcome = failure == null ? GatewayAnswer.relay(upstream, response) : GatewayAnswer.failure(upstream, failure);
            if (!lease.ownsClient()) {
                answer.complete(outcome);
                return;
            }
            try {
                closers.execute(() -> {
                    close(lease);
                    answer.complete(outcome);
                });
            } catch (RejectedExecutionException e) {
                close(lease);
                answer.complete(outcome);
            }
        });
        return answer;
    }

    /** Closes the lease; a client that fails to shut down is reported, and does not change the answer. */
    private void close(ClientLease lease) {
        try {
            lease.close();
        } catch (RuntimeException e) {
            report.println("gateway: closing a " + policy.mode().key() + " client failed: " + GatewayAnswer.oneLine(String.valueOf(e)));
        }
    }
}
