package org.clientcost.reports;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/** Links from the dashboard to files next to it that work offline, from file://. */
final class Links {

    private Links() {
    }

    /** A relative URL from {@code fromDir} to {@code target}, or an absolute file: URI when none exists. */
    static String relative(Path fromDir, Path target) {
        Path from = fromDir.toAbsolutePath().normalize();
        Path to = target.toAbsolutePath().normalize();
        if (from.getRoot() == null || !from.getRoot().equals(to.getRoot())) {
            return to.toUri().toString();
        }
        StringBuilder url = new StringBuilder();
        for (Path segment : from.relativize(to)) {
            if (url.length() > 0) {
                url.append('/');
            }
            url.append(encodeSegment(segment.toString()));
        }
        return url.toString();
    }

    private static String encodeSegment(String segment) {
        try {
            // The multi-argument URI constructor percent-encodes what is illegal in a path, and nothing else.
            return new URI(null, null, segment, null).getRawPath().replace(":", "%3A");
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot link to path segment " + segment, e);
        }
    }
}
