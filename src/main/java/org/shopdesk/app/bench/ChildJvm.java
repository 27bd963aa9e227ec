package org.shopdesk.app.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Starts {@link StartProbe} in a new JVM on this JVM's class path and reads what it measured. */
final class ChildJvm {
    private ChildJvm() {
    }

    /** {milliseconds from JVM start to the first Catalogue page, heap bytes in use after it}. */
    static long[] probe(String url, String user, Path workDir) throws IOException, InterruptedException {
        Path result = Files.createTempFile(workDir, "start", ".txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dshopdesk.logDir=" + workDir.resolve("logs"), StartProbe.class.getName(), url, user, result.toString()))
                .redirectErrorStream(true).redirectOutput(workDir.resolve("start-probe.log").toFile()).start();
        if (p.waitFor() != 0) {
            throw new IOException("start-up probe failed, see " + workDir.resolve("start-probe.log"));
        }
        String[] parts = Files.readString(result).trim().split(" ");
        Files.delete(result);
        return new long[] {Long.parseLong(parts[0]), Long.parseLong(parts[1])};
    }
}
