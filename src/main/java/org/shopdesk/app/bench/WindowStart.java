package org.shopdesk.app.bench;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Starts the real ShopDesk window in a fresh JVM, connected to a server database, and reads back
 * when its Catalogue's first page was on screen and the heap it then held (the application's own
 * {@code -Dshopdesk.startupReport}). Without a display it runs under Xvfb with software
 * rendering, as on this kind of machine; the empty-window baseline runs the same way.
 */
final class WindowStart {
    /** A start measured in a child JVM: milliseconds from the JVM's start, heap bytes after a GC. */
    record Measured(long millis, long heapBytes) {
    }

    private static final long TIMEOUT_SECONDS = 120;

    private final Path workDir;
    private final List<String> display;

    private WindowStart(Path workDir, List<String> display) {
        this.workDir = workDir;
        this.display = display;
    }

    /** How windows can be opened here, or why not (the scenario then says so instead of a figure). */
    static WindowStart on(Path workDir) throws NoDisplayException {
        String env = System.getenv("DISPLAY");
        if (env != null && !env.isBlank()) {
            return new WindowStart(workDir, List.of());
        }
        if (onPath("xvfb-run")) {
            return new WindowStart(workDir, List.of("xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"));
        }
        throw new NoDisplayException("no display and no xvfb-run (apt-get install xvfb)");
    }

    /**
     * The application jar when ShopDesk runs from one (java -jar shopdesk-all.jar): what a
     * class-data archive can be made for. Null from a build's class directories (tests, IDE).
     */
    static Path applicationJar() {
        String cp = System.getProperty("java.class.path");
        if (!cp.endsWith(".jar") || cp.contains(File.pathSeparator) || !Files.isRegularFile(Path.of(cp))) {
            return null;
        }
        try (java.util.jar.JarFile jar = new java.util.jar.JarFile(cp)) {
            return jar.getEntry("org/shopdesk/Launcher.class") != null ? Path.of(cp) : null;
        } catch (IOException e) {
            return null;
        }
    }

    /** The ShopDesk window on {@code url}, with these extra JVM options. */
    Measured shopDesk(String url, String user, List<String> jvmOptions) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(jvmOptions);
        args.add("org.shopdesk.Launcher");
        args.addAll(List.of("--db-url", url, "--db-user", user));
        return run("shopdesk", args);
    }

    /** The floor: an empty JavaFX window in a fresh JVM on the same machine. */
    Measured emptyWindow() throws IOException, InterruptedException {
        return run("empty-window", List.of(EmptyWindow.class.getName()));
    }

    private Measured run(String name, List<String> args) throws IOException, InterruptedException {
        Path home = Files.createTempDirectory(workDir, name);
        Path report = home.resolve("startup-report.txt");
        List<String> command = new ArrayList<>(display);
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(List.of("-Xmx512m", "-cp", System.getProperty("java.class.path"),
                "-Dshopdesk.home=" + home, "-Dshopdesk.startupReport=" + report));
        if (!display.isEmpty()) {
            command.add("-Dprism.order=sw");
        }
        command.addAll(args);
        Path log = home.resolve("console.log");
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new IOException(name + " did not show its window within " + TIMEOUT_SECONDS + " s, see " + log);
        }
        if (p.exitValue() != 0 || !Files.exists(report)) {
            throw new IOException(name + " ended with " + p.exitValue() + " before showing its window, see " + log);
        }
        String[] parts = Files.readString(report).trim().split(" ");
        deleteTree(home);
        return new Measured(Long.parseLong(parts[0]), Long.parseLong(parts[1]));
    }

    /** A start that worked leaves nothing behind; a failed one keeps its log for reading. */
    static void deleteTree(Path dir) throws IOException {
        try (java.util.stream.Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static boolean onPath(String program) {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /** Windows cannot be opened on this machine. */
    static final class NoDisplayException extends Exception {
        NoDisplayException(String message) {
            super(message);
        }
    }
}
