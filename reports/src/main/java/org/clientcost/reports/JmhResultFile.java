package org.clientcost.reports;

import java.nio.file.Path;
import java.util.List;

/** A parsed JMH JSON file: where it came from, its cells and the run settings. */
public record JmhResultFile(Path file, List<JmhCell> results, JmhRunSettings settings) {

    public JmhResultFile {
        results = List.copyOf(results);
    }
}
