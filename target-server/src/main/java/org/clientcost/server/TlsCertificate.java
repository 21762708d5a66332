package org.clientcost.server;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.SecureRandom;
import java.security.cert.CertificateException;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateFactory;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Locale;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * The HTTPS port's certificate and key as PEM files: either given ({@code --cert}/{@code --key}, checked by
 * {@link #load}: it must be valid now and name the bound address), or self-signed at start by {@link #generate}
 * (EC P-256, SHA256withECDSA, valid one day, SAN IP 127.0.0.1, IP ::1 and DNS localhost) and written to a
 * temporary directory that is deleted when the JVM exits. Clients trust exactly this certificate
 * ({@code org.clientcost.clients.SuiteTrust}), so the file is what the server prints at start.
 *
 * <p>BouncyCastle only builds the certificate; signing and parsing use the JDK's own providers.
 */
record TlsCertificate(Path certFile, Path keyFile, X509Certificate certificate, boolean generated) {

    /** How long a generated certificate is valid, from a minute before start (clock skew between JVMs). */
    private static final Duration VALIDITY = Duration.ofDays(1);

    /** Makes a fresh self-signed certificate for loopback and writes it and its key as PEM files. */
    static TlsCertificate generate() {
        Instant now = Instant.now();
        return generate(now.minusSeconds(60), now.plus(VALIDITY), true);
    }

    /**
     * The same with a chosen validity, and with the loopback names or (for tests of refused certificates) only
     * {@code DNS:example.invalid}.
     */
    static TlsCertificate generate(Instant notBefore, Instant notAfter, boolean loopbackNames) {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            KeyPair keys = generator.generateKeyPair();
            X500Name subject = new X500Name("CN=client-cost target-server");
            JcaX509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(subject,
                    new BigInteger(64, new SecureRandom()), Date.from(notBefore), Date.from(notAfter), subject,
                    keys.getPublic());
            GeneralName[] names = loopbackNames ? new GeneralName[] {
                    new GeneralName(GeneralName.iPAddress, new DEROctetString(InetAddress.getByName("127.0.0.1").getAddress())),
                    new GeneralName(GeneralName.iPAddress, new DEROctetString(InetAddress.getByName("::1").getAddress())),
                    new GeneralName(GeneralName.dNSName, "localhost")}
                    : new GeneralName[] {new GeneralName(GeneralName.dNSName, "example.invalid")};
            builder.addExtension(Extension.subjectAlternativeName, false, new GeneralNames(names));
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
            X509CertificateHolder holder = builder.build(new JcaContentSignerBuilder("SHA256withECDSA").build(keys.getPrivate()));
            X509Certificate certificate = new JcaX509CertificateConverter().getCertificate(holder);

            Path dir = Files.createTempDirectory("target-server-tls");
            Path certFile = dir.resolve("target-server-cert.pem");
            Path keyFile = dir.resolve("target-server-key.pem");
            Files.writeString(certFile, pem("CERTIFICATE", certificate.getEncoded()), StandardCharsets.US_ASCII);
            Files.writeString(keyFile, pem("PRIVATE KEY", keys.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
            // deleteOnExit deletes in the reverse order of registration: the dir is registered first so that it
            // goes last, once empty (registered last, it was tried first, while full, and stayed behind)
            for (Path file : List.of(dir, certFile, keyFile)) {
                file.toFile().deleteOnExit();
            }
            return new TlsCertificate(certFile, keyFile, certificate, true);
        } catch (GeneralSecurityException | OperatorCreationException | IOException e) {
            throw new IllegalStateException("cannot make a self-signed certificate: " + e, e);
        }
    }

    /**
     * Reads a given certificate and checks it can serve {@code host}: valid now, and a subject alternative name
     * for that address (IP) or name (DNS).
     *
     * @throws IllegalArgumentException one line naming the file, when it is unreadable, expired, not yet valid
     *                                  or for another host
     */
    static TlsCertificate load(Path certFile, Path keyFile, String host) {
        X509Certificate certificate;
        try (InputStream in = Files.newInputStream(certFile)) {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (IOException | CertificateException | ClassCastException e) {
            throw new IllegalArgumentException("--cert " + certFile + " is not a readable PEM certificate: "
                    + firstLine(e));
        }
        if (!Files.isReadable(keyFile)) {
            throw new IllegalArgumentException("--key " + keyFile + " is not readable");
        }
        try {
            certificate.checkValidity();
        } catch (CertificateExpiredException e) {
            throw new IllegalArgumentException("--cert " + certFile + " expired on " + certificate.getNotAfter().toInstant());
        } catch (CertificateNotYetValidException e) {
            throw new IllegalArgumentException("--cert " + certFile + " is not valid before "
                    + certificate.getNotBefore().toInstant());
        }
        if (!names(certificate, host)) {
            throw new IllegalArgumentException("--cert " + certFile + " does not name " + host
                    + " in its subject alternative names, so clients would refuse it (hostname mismatch)");
        }
        return new TlsCertificate(certFile, keyFile, certificate, false);
    }

    /** True when a SAN entry matches host: an IP entry for an address literal, a DNS entry for a name. */
    private static boolean names(X509Certificate certificate, String host) {
        Collection<List<?>> sans;
        try {
            sans = certificate.getSubjectAlternativeNames();
        } catch (CertificateException e) {
            return false;
        }
        if (sans == null) {
            return false;
        }
        boolean literal = host.indexOf(':') >= 0 || host.chars().allMatch(c -> c == '.' || Character.isDigit(c));
        for (List<?> san : sans) {
            int type = (Integer) san.get(0);
            String value = String.valueOf(san.get(1));
            if (literal && type == 7 && sameAddress(value, host)) {
                return true;
            }
            if (!literal && type == 2 && value.toLowerCase(Locale.ROOT).equals(host.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameAddress(String a, String b) {
        try {
            return InetAddress.getByName(a).equals(InetAddress.getByName(b));
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n"
                + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage() != null ? e.getMessage() : e.toString();
        int newline = message.indexOf('\n');
        return newline >= 0 ? message.substring(0, newline) : message;
    }
}
