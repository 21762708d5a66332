package org.clientcost.clients;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * An enum constant named by a short key, as used in benchmark parameters, system properties and reports
 * ({@code jdk}, {@code perRequest}, {@code bytes16k}, {@code quick}). The one lookup every such enum shares, so an
 * unknown key gets the same one-line error everywhere.
 */
public interface Keyed {

    /** The name used in benchmark parameters and reports. */
    String key();

    /** The constant of {@code type} whose key is {@code key}; otherwise a one-line error naming {@code what}. */
    static <E extends Enum<E> & Keyed> E byKey(Class<E> type, String what, String key) {
        for (E constant : type.getEnumConstants()) {
            if (constant.key().equals(key)) {
                return constant;
            }
        }
        throw new IllegalArgumentException("unknown " + what + " '" + key + "' (expected one of " + keys(type) + ")");
    }

    /** Every key of {@code type}, in declaration order, joined by {@code |}. */
    static <E extends Enum<E> & Keyed> String keys(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyed::key).collect(Collectors.joining("|"));
    }
}
