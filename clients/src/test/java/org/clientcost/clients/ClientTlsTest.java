package org.clientcost.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.Socket;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.X509ExtendedTrustManager;
import javax.net.ssl.X509TrustManager;
import org.clientcost.server.ServerConfig;
import org.clientcost.server.ServerStats;
import org.clientcost.server.TargetServer;
import org.clientcost.server.launch.StatsClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every adapter over {@code https://} against the target server's HTTPS port: a completed handshake with TLS 1.3
 * and a verified answer (sync, async, fetch) when it trusts the suite's certificate through {@link SuiteTrust};
 * a handshake failure that says why (PKIX) when it does not; and, per mode, the handshakes the server counted.
 * The negotiated protocol and cipher and the handshake counts are printed (the test output), which is where
 * clients/README.md takes them from.
 */
class ClientTlsTest {

    private static final int REQUESTS = 6;

    private static TargetServer server;
    private static StatsClient stats;

    @BeforeAll
    static void startServer() {
        server = TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.tlsPort = 0;
        }));
        stats = new StatsClient(server.uri());
        System.out.println("server tls: " + server.tlsDescription());
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    private static URI https() {
        return server.tlsUri();
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void eachClientCompletesAHandshakeAndGetsAVerifiedAnswer(ClientLibrary library) throws Exception {
        Set<String> negotiated = ConcurrentHashMap.newKeySet();
        SuiteTrust watched = watching(SuiteTrust.of(server.certificateFile()), negotiated);
        try (HttpClientAdapter client = library.build(ClientSettings.defaults().withTrust(watched))) {
            client.send(Exchange.of(https(), Payload.HELLO, false));
            client.sendAsync(Exchange.of(https(), Payload.BYTES_16K, false)).join();
            UpstreamResponse answer = client.fetch(https().resolve("/hello"), false);
            assertEquals(200, answer.status());
            assertEquals("Hello, World!", new String(answer.body(), java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(200, client.fetchAsync(https().resolve("/hello"), false).join().status());
        }
        System.out.println(library.key() + " negotiated " + negotiated);
        assertEquals(1, negotiated.size(), "one connection, one handshake: " + negotiated);
        assertTrue(negotiated.iterator().next().startsWith("TLSv1.3 "), negotiated.toString());
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void aClientWithoutTheSuitesTrustFailsWithAClearError(ClientLibrary library) throws Exception {
        try (HttpClientAdapter client = library.build(ClientSettings.defaults())) {
            Exception failure = assertThrows(Exception.class, () -> client.send(Exchange.of(https(), Payload.HELLO, false)));
            Throwable handshake = failure;
            while (handshake != null && !(handshake instanceof SSLHandshakeException)) {
                handshake = handshake.getCause();
            }
            assertTrue(handshake != null, "no SSLHandshakeException in " + failure);
            assertTrue(handshake.getMessage().contains("PKIX"), handshake.getMessage());
        }
    }

    @ParameterizedTest
    @EnumSource(ClientLibrary.class)
    void handshakesPerMode(ClientLibrary library) throws Exception {
        SuiteTrust trust = SuiteTrust.of(server.certificateFile());
        StringBuilder line = new StringBuilder(library.key()).append(" handshakes for ").append(REQUESTS).append(" requests:");
        for (ClientMode mode : ClientMode.values()) {
            ServerStats before = stats.fetch();
            try (ClientPolicy policy = ClientPolicy.open(library, mode, ClientSettings.defaults().withTrust(trust),
                    ClientBuildHook.NONE)) {
                for (int i = 0; i < REQUESTS; i++) {
                    try (ClientLease lease = policy.lease()) {
                        assertEquals(200, lease.fetch(https().resolve("/hello")).status());
                    }
                }
            }
            ServerStats after = stats.fetch();
            long full = after.tlsHandshakesFull() - before.tlsHandshakesFull();
            long resumed = after.tlsHandshakesResumed() - before.tlsHandshakesResumed();
            assertEquals(0, after.tlsHandshakesFailed() - before.tlsHandshakesFailed());
            line.append(' ').append(mode.key()).append(' ').append(full).append(" full + ").append(resumed).append(" resumed;");
            switch (mode) {
                case SINGLETON -> assertEquals(1, full + resumed, "one connection, one handshake");
                case PER_REQUEST -> {
                    assertEquals(REQUESTS, full, "a new client has a new TLS context: nothing to resume");
                    assertEquals(0, resumed);
                }
                case FRESH_CONNECTION -> {
                    assertEquals(REQUESTS, full + resumed, "one handshake per connection");
                    assertTrue(full >= 1);
                }
            }
        }
        System.out.println(line);
    }

    @Test
    void anUnreadableCertificateIsOneLine() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> SuiteTrust.of(java.nio.file.Path.of("/nonexistent.pem")));
        assertTrue(error.getMessage().startsWith("cannot read a certificate to trust from /nonexistent.pem"),
                error.getMessage());
    }

    /** The same trust, through a trust manager that notes each handshake's protocol and cipher suite. */
    private static SuiteTrust watching(SuiteTrust trust, Set<String> negotiated) {
        X509TrustManager inner = trust.trustManager();
        X509ExtendedTrustManager noting = new X509ExtendedTrustManager() {
            private void note(SSLSession session, X509Certificate[] chain, String authType) {
                negotiated.add(session.getProtocol() + " " + session.getCipherSuite());
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
                    throws java.security.cert.CertificateException {
                ((X509ExtendedTrustManager) inner).checkServerTrusted(chain, authType, socket);
                note(((SSLSocket) socket).getHandshakeSession(), chain, authType);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
                    throws java.security.cert.CertificateException {
                ((X509ExtendedTrustManager) inner).checkServerTrusted(chain, authType, engine);
                note(engine.getHandshakeSession(), chain, authType);
            }

            @Override
            public void checkServerTrusted(X509Certificate[] chain, String authType)
                    throws java.security.cert.CertificateException {
                inner.checkServerTrusted(chain, authType);
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket) {
                throw new UnsupportedOperationException("client side only");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine) {
                throw new UnsupportedOperationException("client side only");
            }

            @Override
            public void checkClientTrusted(X509Certificate[] chain, String authType) {
                throw new UnsupportedOperationException("client side only");
            }

            @Override
            public X509Certificate[] getAcceptedIssuers() {
                return inner.getAcceptedIssuers();
            }
        };
        return new SuiteTrust(trust.certificateFile(), noting);
    }
}
