import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.SynchronousQueue;

/**
 * How steady is this machine for the work a synchronous HTTP call does, with no HTTP client in it?
 *
 * A sync singleton cell spends its time handing one request back and forth between threads: the benchmark thread,
 * the client's I/O thread (JDK, AHC) and the target server's event loop, which sit on whichever of the two vCPUs
 * the scheduler picks. This probe counts, in 500 ms windows, three kinds of work and prints one count per window:
 * <ul>
 *   <li>{@code cpu}: a multiply-add loop on one thread, no hand-off (the machine's raw steadiness);</li>
 *   <li>{@code handoff}: a ping-pong between two threads of one JVM through {@link SynchronousQueue}s;</li>
 *   <li>{@code tcp PORT}: a 1-byte blocking ping-pong over loopback TCP to {@code echo PORT} in another JVM, the
 *       shape of a sync HTTP call without HTTP.</li>
 * </ul>
 * Each line: the mode, the count in that window, and the machine's cumulative steal time (/proc/stat, in ticks).
 * Traffic goes to 127.0.0.1 only, and every mode stops by itself after the given seconds.
 *
 * <p>Run with the single-file launcher: {@code java HandoffNoiseProbe.java MODE [PORT] SECONDS}; see run.sh.
 */
public class HandoffNoiseProbe {
    private static final long WINDOW_NANOS = 500_000_000L;
    private static volatile long sink;

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: java HandoffNoiseProbe.java cpu|handoff SECONDS | tcp|echo PORT SECONDS");
            System.exit(2);
        }
        String mode = args[0];
        boolean withPort = mode.equals("tcp") || mode.equals("echo");
        int port = withPort ? Integer.parseInt(args[1]) : 0;
        long seconds = Long.parseLong(args[withPort ? 2 : 1]);
        long end = System.nanoTime() + seconds * 1_000_000_000L;
        switch (mode) {
            case "cpu" -> cpu(end);
            case "handoff" -> handoff(end);
            case "tcp" -> tcp(port, end);
            case "echo" -> echo(port, end);
            default -> {
                System.err.println("unknown mode '" + mode + "': expected cpu, handoff, tcp or echo");
                System.exit(2);
            }
        }
    }

    private static void cpu(long end) {
        long x = 1;
        while (System.nanoTime() < end) {
            long count = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < WINDOW_NANOS) {
                for (int i = 0; i < 1000; i++) {
                    x = x * 6364136223846793005L + 1442695040888963407L;
                }
                count++;
            }
            sink = x;
            report("cpu", count);
        }
    }

    private static void handoff(long end) throws InterruptedException {
        SynchronousQueue<Integer> ping = new SynchronousQueue<>();
        SynchronousQueue<Integer> pong = new SynchronousQueue<>();
        Thread echo = new Thread(() -> {
            try {
                while (true) {
                    pong.put(ping.take());
                }
            } catch (InterruptedException stop) {
                Thread.currentThread().interrupt();
            }
        }, "handoff-echo");
        echo.setDaemon(true);
        echo.start();
        while (System.nanoTime() < end) {
            long count = 0;
            long start = System.nanoTime();
            while (System.nanoTime() - start < WINDOW_NANOS) {
                ping.put(1);
                pong.take();
                count++;
            }
            report("handoff", count);
        }
    }

    private static void tcp(int port, long end) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            socket.setTcpNoDelay(true);
            InputStream in = socket.getInputStream();
            OutputStream out = socket.getOutputStream();
            while (System.nanoTime() < end) {
                long count = 0;
                long start = System.nanoTime();
                while (System.nanoTime() - start < WINDOW_NANOS) {
                    out.write(1);
                    if (in.read() != 1) {
                        throw new IllegalStateException("echo answered something other than the byte sent");
                    }
                    count++;
                }
                report("tcp", count);
            }
        }
    }

    private static void echo(int port, long end) throws Exception {
        try (ServerSocket server = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            server.setSoTimeout((int) Math.max(1, (end - System.nanoTime()) / 1_000_000));
            try (Socket socket = server.accept()) {
                socket.setTcpNoDelay(true);
                InputStream in = socket.getInputStream();
                OutputStream out = socket.getOutputStream();
                int b;
                while ((b = in.read()) >= 0) {
                    out.write(b);
                }
            }
        }
    }

    private static void report(String mode, long count) {
        System.out.println(mode + " " + count + " steal=" + stealTicks());
    }

    private static String stealTicks() {
        try {
            String[] cpu = Files.readAllLines(Path.of("/proc/stat")).get(0).trim().split("\\s+");
            return cpu.length > 8 ? cpu[8] : "?";
        } catch (Exception unreadable) {
            return "?";
        }
    }
}
