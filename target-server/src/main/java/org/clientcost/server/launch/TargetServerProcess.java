package org.clientcost.server.launch;

import java.util.ArrayList;
import java.util.List;
import org.clientcost.server.TargetServerMain;

/**
 * How the target server runs in a JVM of its own: {@link TargetServerMain} on this JVM's class path, bound to
 * {@code 127.0.0.1} on a free port, its output prefixed {@code [target-server] }. Everything about starting,
 * waiting for it and stopping it is {@link ServiceCommand} and {@link ServiceProcess}.
 */
public final class TargetServerProcess {

    /** JVM options used when the caller passes none of its own (see {@link TargetEndpoint#resolve()}). */
    public static final List<String> DEFAULT_JVM_ARGS = List.of("-Xms512m", "-Xmx512m", "-XX:+UseParallelGC");
    /** The start-up line with the HTTPS address (printed before the http one that launchers wait for). */
    public static final String TLS_LINE = "listening on https://";
    /** The start-up line naming the PEM certificate of the HTTPS port. */
    public static final String CERTIFICATE_LINE = "certificate: ";

    private TargetServerProcess() {
    }

    /**
     * The command for {@code TargetServerMain --host 127.0.0.1 --port 0 --tls-port 0 <serverArgs>}, to adjust
     * before starting: every started target server has an HTTPS port too, so any run can choose its scheme.
     */
    public static ServiceCommand command(List<String> jvmArgs, List<String> serverArgs) {
        List<String> args = new ArrayList<>(List.of("--host", "127.0.0.1", "--port", "0", "--tls-port", "0"));
        args.addAll(serverArgs);
        return ServiceCommand.of("target-server", TargetServerMain.class.getName()).jvmArgs(jvmArgs).args(args);
    }

    /** Starts the server and waits until it listens; see {@link ServiceCommand#start()}. */
    public static ServiceProcess start(List<String> jvmArgs, List<String> serverArgs) {
        return command(jvmArgs, serverArgs).start();
    }
}
