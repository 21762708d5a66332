package org.clientcost.server;

import io.netty.handler.ssl.OpenSsl;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslProvider;
import java.util.List;
import javax.net.ssl.SSLException;

/**
 * The HTTPS port's TLS: which implementation serves it (OpenSSL through netty-tcnative-boringssl-static when it
 * loads or is asked for, the JDK's SSLEngine otherwise), the protocol versions (TLS 1.3 and 1.2, nothing older)
 * and the certificate. {@link #description()} is the {@code tls:} line printed at start.
 */
record TlsSetup(SslContext context, SslProvider provider, TlsCertificate certificate, String description) {

    /** The protocol versions the server offers; the clients are set to the same ones. */
    static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

    /**
     * Reads or generates the certificate and builds the server context.
     *
     * @throws IllegalArgumentException one line, for a given certificate that cannot serve the bound host, or only
     *                                  one of --cert and --key
     * @throws IllegalStateException    one line, when OpenSSL is asked for but does not load, or the context fails
     */
    static TlsSetup create(ServerConfig config) {
        if ((config.certFile() == null) != (config.keyFile() == null)) {
            throw new IllegalArgumentException("--cert and --key go together: give both or neither");
        }
        // The certificate first: bad input is refused before any native library is probed (and warns on JDK 22+).
        TlsCertificate certificate = config.certFile() == null ? TlsCertificate.generate()
                : TlsCertificate.load(config.certFile(), config.keyFile(), config.host());
        SslProvider provider;
        String why;
        switch (config.tlsProvider()) {
            case JDK -> {
                provider = SslProvider.JDK;
                why = "asked for";
            }
            case OPENSSL -> {
                if (!OpenSsl.isAvailable()) {
                    throw new IllegalStateException("--tls-provider openssl asked for, but OpenSSL is unavailable: "
                            + OpenSsl.unavailabilityCause());
                }
                provider = SslProvider.OPENSSL;
                why = "asked for";
            }
            default -> {
                provider = OpenSsl.isAvailable() ? SslProvider.OPENSSL : SslProvider.JDK;
                why = OpenSsl.isAvailable() ? "auto" : "auto, OpenSSL unavailable: " + OpenSsl.unavailabilityCause();
            }
        }
        SslContext context;
        try {
            context = SslContextBuilder.forServer(certificate.certFile().toFile(), certificate.keyFile().toFile())
                    .sslProvider(provider)
                    .protocols(PROTOCOLS)
                    .build();
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalStateException("cannot set up TLS with " + certificate.certFile() + " and "
                    + certificate.keyFile() + ": " + e.getMessage(), e);
        }
        String name = provider == SslProvider.OPENSSL ? "openssl (" + OpenSsl.versionString() + ")" : "jdk (SSLEngine)";
        String description = name + ", " + why + "; " + String.join(", ", PROTOCOLS) + "; "
                + (certificate.generated() ? "self-signed certificate generated at start" : "certificate from --cert");
        return new TlsSetup(context, provider, certificate, description);
    }
}
