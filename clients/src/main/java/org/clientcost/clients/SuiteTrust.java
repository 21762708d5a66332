package org.clientcost.clients;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509TrustManager;

/**
 * The one trust setup of the suite's clients: trust the target server's own certificate (the PEM file it prints
 * at start) and nothing else. It is a PKIX trust manager over a key store holding only that certificate, so
 * chain checks, validity and, in each library, host name verification all stay on; there is no "trust all".
 *
 * <p>{@link #newSslContext()} builds a new {@link SSLContext} each time: each adapter makes its own per client it
 * builds, the way an application that builds a client per request would, so that cost (and the client-side
 * session cache that goes with it) is part of what perRequest measures. {@link #PROTOCOLS} are the versions all
 * three clients are set to, the same the server offers.
 */
public final class SuiteTrust {

    /** TLS versions every adapter enables, newest first. */
    public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    private final Path certificateFile;
    private final X509TrustManager trustManager;

    /** Package-private for tests that watch the handshakes through a wrapping trust manager. */
    SuiteTrust(Path certificateFile, X509TrustManager trustManager) {
        this.certificateFile = certificateFile;
        this.trustManager = trustManager;
    }

    /**
     * Trusts the certificate(s) in one PEM file.
     *
     * @throws IllegalArgumentException one line, when the file is unreadable or holds no X.509 certificate
     */
    public static SuiteTrust of(Path pemCertificate) {
        Collection<? extends Certificate> certificates;
        try (InputStream in = Files.newInputStream(pemCertificate)) {
            certificates = CertificateFactory.getInstance("X.509").generateCertificates(in);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalArgumentException("cannot read a certificate to trust from " + pemCertificate + ": "
                    + e.getMessage());
        }
        if (certificates.isEmpty()) {
            throw new IllegalArgumentException(pemCertificate + " holds no certificate to trust");
        }
        try {
            KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
            store.load(null, null);
            int i = 0;
            for (Certificate certificate : certificates) {
                store.setCertificateEntry("suite-" + i++, certificate);
            }
            TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX");
            factory.init(store);
            for (TrustManager manager : factory.getTrustManagers()) {
                if (manager instanceof X509TrustManager x509) {
                    return new SuiteTrust(pemCertificate, x509);
                }
            }
            throw new IllegalStateException("the PKIX trust manager factory made no X509TrustManager");
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot set up trust in " + pemCertificate + ": " + e, e);
        }
    }

    /** The PEM file trusted. */
    public Path certificateFile() {
        return certificateFile;
    }

    /** The PKIX trust manager trusting only that certificate (shared: it holds no per-client state). */
    public X509TrustManager trustManager() {
        return trustManager;
    }

    /** The trusted certificates, e.g. for a library that takes them rather than a trust manager. */
    public X509Certificate[] certificates() {
        return trustManager.getAcceptedIssuers();
    }

    /** A new TLS context trusting only the suite's certificate; one per client built. */
    public SSLContext newSslContext() {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, new TrustManager[] {trustManager}, null);
            return context;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot make a TLS context: " + e, e);
        }
    }

    /** Parameters enabling {@link #PROTOCOLS} only (the libraries add host name verification themselves). */
    public static SSLParameters parameters() {
        SSLParameters parameters = new SSLParameters();
        parameters.setProtocols(PROTOCOLS.toArray(String[]::new));
        return parameters;
    }

    @Override
    public String toString() {
        return "trust " + certificateFile;
    }
}
