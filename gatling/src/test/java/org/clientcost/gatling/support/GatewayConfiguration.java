package org.clientcost.gatling.support;

/**
 * One cell of the gateway matrix: which client library the gateway uses, in which mode, with which handler style
 * (the gateway's {@code --client}, {@code --mode} and {@code --style}).
 */
public record GatewayConfiguration(String client, String mode, String style) {

    /** {@code client mode style}, e.g. {@code okhttp perRequest async}. */
    public String label() {
        return client + " " + mode + " " + style;
    }

    /** The one mode that must send every planned request and may open only a pool's worth of connections. */
    public boolean singleton() {
        return "singleton".equals(mode);
    }

    /** The mode that builds a client for every request. */
    public boolean perRequest() {
        return "perRequest".equals(mode);
    }

    /** Parses {@link #label()} back. */
    static GatewayConfiguration parse(String label) {
        String[] parts = label.strip().split(" ");
        if (parts.length != 3) {
            throw BadOption.of(GatewayParameters.CONFIGURATION_PROPERTY, label, "client mode style");
        }
        return new GatewayConfiguration(parts[0], parts[1], parts[2]);
    }
}
