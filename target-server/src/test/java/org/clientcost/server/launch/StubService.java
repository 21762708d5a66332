package org.clientcost.server.launch;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.List;

/**
 * A stand-in service for the harness tests, run as a child JVM. The first argument says how it behaves:
 * <ul>
 *   <li>{@code serve}: listens on a free loopback port, prints {@code listening on}, waits to be stopped;</li>
 *   <li>{@code ignore-sigterm}: the same, but SIGTERM does nothing (only a kill stops it);</li>
 *   <li>{@code silent}: prints a line but never {@code listening on};</li>
 *   <li>{@code fail}: prints a reason and exits 2 before listening;</li>
 *   <li>{@code remote}: claims to listen on an address that is not loopback;</li>
 *   <li>{@code leave-running}: starts a {@code serve} child through the harness, prints its pid, and returns
 *       from main without closing it (the harness's shutdown hook must stop it).</li>
 * </ul>
 */
public final class StubService {

    private StubService() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "serve" -> serve();
            case "ignore-sigterm" -> {
                sun.misc.Signal.handle(new sun.misc.Signal("TERM"), sun.misc.SignalHandler.SIG_IGN);
                serve();
            }
            case "silent" -> {
                System.out.println("warming up");
                Thread.sleep(Long.MAX_VALUE);
            }
            case "fail" -> {
                System.out.println("stub: no such option");
                System.exit(2);
            }
            case "remote" -> {
                System.out.println("listening on http://192.0.2.1:80");
                Thread.sleep(Long.MAX_VALUE);
            }
            case "leave-running" -> {
                ServiceProcess child = command("serve").output(line -> { }).start();
                System.out.println("child pid " + ProcessHandle.current().children().findFirst().orElseThrow().pid()
                        + " at " + child.uri());
            }
            default -> throw new IllegalArgumentException("unknown stub behaviour " + args[0]);
        }
    }

    /** The command that runs this stub with {@code behaviour}. */
    static ServiceCommand command(String behaviour) {
        return ServiceCommand.of("stub", StubService.class.getName()).jvmArgs(List.of("-Xmx32m"))
                .args(List.of(behaviour));
    }

    private static void serve() throws Exception {
        try (ServerSocket socket = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            System.out.println("starting");
            System.out.println("listening on http://127.0.0.1:" + socket.getLocalPort());
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
