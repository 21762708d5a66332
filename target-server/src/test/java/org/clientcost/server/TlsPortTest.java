package org.clientcost.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/**
 * The HTTPS port, with each TLS provider: a verified answer over TLS 1.3 and 1.2, full and resumed handshakes
 * counted in /stats, a client that does not trust the certificate and plain HTTP sent to the port both fail the
 * handshake and are closed without harming the server, and a --cert that is expired or names another host is
 * refused at start with one line.
 */
class TlsPortTest {

    private static TargetServer start(ServerConfig.TlsProvider provider) {
        return TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.tlsPort = 0;
            c.tlsProvider = provider;
        }));
    }

    /** A client context trusting exactly the server's certificate, with host name verification on. */
    private static SSLContext trusting(TargetServer server) throws Exception {
        X509Certificate certificate;
        try (InputStream in = java.nio.file.Files.newInputStream(server.certificateFile())) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        }
        KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
        store.load(null, null);
        store.setCertificateEntry("target-server", certificate);
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(store);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static SSLSocket connect(SSLContext context, URI uri, String protocol) throws IOException {
        SSLSocket socket = (SSLSocket) context.getSocketFactory().createSocket(uri.getHost(), uri.getPort());
        SSLParameters parameters = socket.getSSLParameters();
        parameters.setEndpointIdentificationAlgorithm("HTTPS");
        parameters.setProtocols(new String[] {protocol});
        socket.setSSLParameters(parameters);
        socket.startHandshake();
        return socket;
    }

    private static ServerStats stats(TargetServer server) throws IOException {
        try (RawHttpConnection connection = new RawHttpConnection(server.uri())) {
            return ServerStats.parse(connection.get("/stats").bodyText());
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServerConfig.TlsProvider.class, names = {"OPENSSL", "JDK"})
    void answersOverTls13And12AndCountsFullAndResumedHandshakes(ServerConfig.TlsProvider provider) throws Exception {
        try (TargetServer server = start(provider)) {
            assertEquals("https", server.tlsUri().getScheme());
            assertTrue(server.tlsDescription().startsWith(provider.name().toLowerCase(java.util.Locale.ROOT)),
                    server.tlsDescription());
            for (String protocol : new String[] {"TLSv1.3", "TLSv1.2"}) {
                SSLContext context = trusting(server);
                for (int connection = 0; connection < 3; connection++) {
                    try (SSLSocket socket = connect(context, server.tlsUri(), protocol);
                         RawHttpConnection http = new RawHttpConnection(socket)) {
                        assertEquals(protocol, socket.getSession().getProtocol());
                        RawHttpConnection.Response hello = http.get("/hello");
                        assertEquals(200, hello.status());
                        assertEquals("Hello, World!", hello.bodyText());
                        assertEquals("Hello, World!", http.get("/hello").bodyText(), "keep-alive over TLS");
                    }
                }
            }
            ServerStats stats = stats(server);
            assertEquals(2, stats.tlsHandshakesFull(), "one full handshake per protocol, per new client context");
            assertEquals(4, stats.tlsHandshakesResumed(), "the next two connections of each context resume");
            assertEquals(0, stats.tlsHandshakesFailed());
            assertEquals(12, stats.requests("hello"));
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServerConfig.TlsProvider.class, names = {"OPENSSL", "JDK"})
    void aClientThatDoesNotTrustTheCertificateFailsAndIsCounted(ServerConfig.TlsProvider provider) throws Exception {
        try (TargetServer server = start(provider)) {
            SSLContext defaultTrust = SSLContext.getInstance("TLS");
            defaultTrust.init(null, null, null);
            SSLHandshakeException refused = assertThrows(SSLHandshakeException.class,
                    () -> connect(defaultTrust, server.tlsUri(), "TLSv1.3").close());
            assertTrue(refused.getMessage().contains("PKIX"), refused.getMessage());
            awaitFailedHandshakes(server, 1);
            try (SSLSocket socket = connect(trusting(server), server.tlsUri(), "TLSv1.3");
                 RawHttpConnection http = new RawHttpConnection(socket)) {
                assertEquals(200, http.get("/hello").status(), "the server still serves");
            }
        }
    }

    @ParameterizedTest
    @EnumSource(value = ServerConfig.TlsProvider.class, names = {"OPENSSL", "JDK"})
    void plainHttpSentToTheTlsPortIsClosedCleanly(ServerConfig.TlsProvider provider) throws Exception {
        try (TargetServer server = start(provider);
             Socket plain = new Socket(server.tlsUri().getHost(), server.tlsUri().getPort())) {
            plain.setSoTimeout(10_000);
            plain.getOutputStream().write("GET /hello HTTP/1.1\r\nhost: test\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            plain.getOutputStream().flush();
            byte[] answer = plain.getInputStream().readAllBytes();
            assertFalse(new String(answer, StandardCharsets.ISO_8859_1).contains("Hello"),
                    "no HTTP answer on the TLS port");
            awaitFailedHandshakes(server, 1);
            try (RawHttpConnection http = new RawHttpConnection(server.uri())) {
                assertEquals(200, http.get("/hello").status(), "the server still serves");
            }
        }
    }

    @Test
    void anExpiredCertificateIsRefusedAtStartWithOneLine() {
        Instant now = Instant.now();
        TlsCertificate expired = TlsCertificate.generate(now.minus(Duration.ofDays(3)), now.minus(Duration.ofDays(1)), true);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> startWith(expired));
        assertTrue(refused.getMessage().startsWith("--cert " + expired.certFile() + " expired on "), refused.getMessage());
        assertFalse(refused.getMessage().contains("\n"));
    }

    @Test
    void aCertificateForAnotherHostIsRefusedAtStartWithOneLine() {
        Instant now = Instant.now();
        TlsCertificate elsewhere = TlsCertificate.generate(now.minusSeconds(60), now.plus(Duration.ofDays(1)), false);
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> startWith(elsewhere));
        assertEquals("--cert " + elsewhere.certFile() + " does not name 127.0.0.1 in its subject alternative names, "
                + "so clients would refuse it (hostname mismatch)", refused.getMessage());
    }

    @Test
    void aGoodCertificateGivenWithCertAndKeyIsServed() throws Exception {
        TlsCertificate given = TlsCertificate.generate();
        try (TargetServer server = startWith(given)) {
            assertEquals(given.certFile(), server.certificateFile());
            assertTrue(server.tlsDescription().endsWith("certificate from --cert"), server.tlsDescription());
            try (SSLSocket socket = connect(trusting(server), server.tlsUri(), "TLSv1.3");
                 RawHttpConnection http = new RawHttpConnection(socket)) {
                assertEquals("Hello, World!", http.get("/hello").bodyText());
            }
        }
    }

    @Test
    void withoutTlsPortThereIsNoHttpsPort() {
        try (TargetServer server = TargetServer.start(ServerConfig.defaults().with(c -> c.port = 0))) {
            assertEquals(null, server.tlsUri());
            assertEquals(null, server.certificateFile());
        }
    }

    private static TargetServer startWith(TlsCertificate certificate) {
        return TargetServer.start(ServerConfig.defaults().with(c -> {
            c.port = 0;
            c.tlsPort = 0;
            c.certFile = certificate.certFile();
            c.keyFile = certificate.keyFile();
        }));
    }

    /** The server counts a failed handshake when it has closed the connection; wait for that, bounded. */
    private static void awaitFailedHandshakes(TargetServer server, long expected) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        ServerStats stats = stats(server);
        while (stats.tlsHandshakesFailed() < expected && System.nanoTime() < deadline) {
            Thread.sleep(20);
            stats = stats(server);
        }
        assertNotNull(stats);
        assertEquals(expected, stats.tlsHandshakesFailed());
    }
}
