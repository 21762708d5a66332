package org.clientcost.server.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The general launch harness with a stand-in service ({@link StubService}) in real child JVMs: it reports the
 * printed address, hands output on, and leaves nothing running on any path out: close, SIGTERM ignored,
 * a failed start, and a caller that never closes it.
 */
class ServiceProcessTest {

    @Test
    void startReportsTheAddressHandsOutputOnAndCloseStopsWithSigterm() throws Exception {
        List<String> output = new CopyOnWriteArrayList<>();
        ServiceProcess service = StubService.command("serve").output(output::add).start();
        try {
            assertEquals("127.0.0.1", service.uri().getHost());
            try (Socket socket = new Socket(service.uri().getHost(), service.uri().getPort())) {
                assertTrue(socket.isConnected(), "the stub listens where it said");
            }
            assertEquals(List.of("starting", "listening on " + service.uri()), output);
        } finally {
            service.close();
        }
        assertFalse(service.alive());
        assertEquals(143, service.exitValue(), "ended by SIGTERM (128 + 15), not killed");
    }

    @Test
    void aServiceThatIgnoresSigtermIsKilledAfterTheGrace() {
        ServiceProcess service = StubService.command("ignore-sigterm").output(line -> { })
                .stopGrace(Duration.ofMillis(500)).start();
        service.close();
        assertFalse(service.alive());
        assertEquals(137, service.exitValue(), "killed (128 + 9)");
    }

    @Test
    void aServiceThatNeverListensFailsWithinTheStartTimeoutAndIsStopped() {
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> StubService.command("silent")
                .output(line -> { }).startTimeout(Duration.ofSeconds(3)).start());
        assertEquals("stub did not print 'listening on ...' within 3000 ms; its last output: warming up",
                error.getMessage());
        assertNoChildLeftRunning();
    }

    @Test
    void aServiceThatExitsBeforeListeningFailsWithItsStatusAndLastOutput() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> StubService.command("fail").output(line -> { }).start());
        assertEquals("stub exited with status 2 before printing 'listening on ...'; its last output: "
                + "stub: no such option", error.getMessage());
    }

    @Test
    void anAddressOffThisMachineIsRefusedAndTheServiceStopped() {
        IllegalStateException error = assertThrows(IllegalStateException.class,
                () -> StubService.command("remote").output(line -> { }).start());
        assertTrue(error.getMessage().startsWith("stub printed 'listening on http://192.0.2.1:80', which is not "
                + "usable: the host must be a loopback address"), error.getMessage());
        assertNoChildLeftRunning();
    }

    @Test
    void theClassPathIsTheOneGiven() throws Exception {
        Path testClasses = Path.of(StubService.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (ServiceProcess service = StubService.command("serve").classPath(testClasses.toString())
                .output(line -> { }).start()) {
            assertTrue(service.alive(), "the stub needs nothing but its own classes");
        }
        IllegalStateException error = assertThrows(IllegalStateException.class, () -> StubService.command("serve")
                .classPath(testClasses.resolve("nothing-here").toString()).output(line -> { }).start());
        assertTrue(error.getMessage().startsWith("stub exited with status 1 before printing"), error.getMessage());
    }

    @Test
    void aServiceTheCallerNeverClosesIsStoppedWhenTheCallerExits() throws Exception {
        Process caller = new ProcessBuilder(StubService.command("leave-running").commandLine())
                .redirectErrorStream(true).start();
        long childPid = -1;
        try (BufferedReader lines = new BufferedReader(
                new InputStreamReader(caller.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = lines.readLine()) != null) {
                if (line.startsWith("child pid ")) {
                    childPid = Long.parseLong(line.split(" ")[2]);
                }
            }
        } finally {
            assertTrue(caller.waitFor(60, TimeUnit.SECONDS), "the caller exits");
        }
        assertEquals(0, caller.exitValue());
        assertTrue(childPid > 0, "the caller started its child");
        Optional<ProcessHandle> child = ProcessHandle.of(childPid);
        try {
            assertFalse(child.map(ProcessHandle::isAlive).orElse(false),
                    "the shutdown hook stopped the child before the caller's JVM ended");
        } finally {
            child.ifPresent(ProcessHandle::destroyForcibly);
        }
    }

    @Test
    void badCommandValuesAreOneLine() {
        IllegalArgumentException noName = assertThrows(IllegalArgumentException.class,
                () -> ServiceCommand.of(" ", StubService.class.getName()));
        assertEquals("a service needs a name, got ' '", noName.getMessage());
        IllegalArgumentException zero = assertThrows(IllegalArgumentException.class,
                () -> StubService.command("serve").stopGrace(Duration.ZERO));
        assertEquals("stop grace must be a positive duration, got PT0S", zero.getMessage());
    }

    private static void assertNoChildLeftRunning() {
        assertFalse(ProcessHandle.current().children().anyMatch(ProcessHandle::isAlive),
                "the failed service was stopped");
    }
}
