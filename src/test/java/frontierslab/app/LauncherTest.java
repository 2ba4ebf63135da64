package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code frontiers-lab} script, run from another folder, resolves {@code --out} and {@code --params} against that
 * folder. It runs a copy of the script in a made-up app folder whose build is already there (the app's classes as one
 * jar, the libraries linked), so that it starts the JVM without building.
 */
class LauncherTest {

    @TempDir
    Path root;

    @Tag("slow")
    @Test
    void relativePathsGivenToTheLauncherMeanTheUsersFolderNotTheAppsFolder() throws Exception {
        Path app = appFolder();
        Path lecture = Files.createDirectories(root.resolve("home/lecture"));
        Files.writeString(lecture.resolve("my.json"),
                "{\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": 0.3}}");
        Process p = new ProcessBuilder("bash", app.resolve("frontiers-lab").toString(), "run", "eos-quadratic",
                "--params", "my.json", "--steps", "2", "--format", "json", "--out", "figs")
                .directory(lecture.toFile()).redirectErrorStream(true).start();
        p.getOutputStream().close();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), output);
        assertTrue(Files.readString(lecture.resolve("figs/eos-quadratic.json")).contains("\"eta\": 0.3"), output);
        assertTrue(output.contains("wrote " + lecture.toRealPath().resolve("figs/eos-quadratic.json")), output);
        assertFalse(Files.exists(app.resolve("figs")));
    }

    /**
     * A copy of the launcher beside target/classes/.built, target/lib holding the app and every library, and
     * target/javafx holding JavaFX again, for a launcher that puts it on the module path.
     */
    private Path appFolder() throws Exception {
        Path app = Files.createDirectories(root.resolve("opt/frontiers-lab"));
        Path project = Path.of(System.getProperty("basedir", "")).toAbsolutePath();
        Files.copy(project.resolve("frontiers-lab"), app.resolve("frontiers-lab"));
        Files.createDirectories(app.resolve("target/classes"));
        Files.writeString(app.resolve("target/classes/.built"), "");
        Path lib = Files.createDirectories(app.resolve("target/lib"));
        Path classes = Path.of(Cli.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (OutputStream file = Files.newOutputStream(lib.resolve("frontiers-lab.jar"));
             JarOutputStream jar = new JarOutputStream(file);
             var walk = Files.walk(classes)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                jar.putNextEntry(new JarEntry(classes.relativize(p).toString().replace(File.separatorChar, '/')));
                Files.copy(p, jar);
                jar.closeEntry();
            }
        }
        List<Path> jars = List.of(System.getProperty("java.class.path").split(File.pathSeparator)).stream()
                .map(Path::of).filter(p -> p.toString().endsWith(".jar") && Files.isRegularFile(p)).toList();
        assertTrue(jars.stream().anyMatch(j -> j.getFileName().toString().startsWith("jackson-databind")), "libraries");
        Path javafx = Files.createDirectories(app.resolve("target/javafx"));
        for (int i = 0; i < jars.size(); i++) {
            Path jar = jars.get(i);
            Files.createSymbolicLink(lib.resolve(i + "-" + jar.getFileName()), jar);
            if (jar.getFileName().toString().startsWith("javafx-")) {
                Files.createSymbolicLink(javafx.resolve(jar.getFileName()), jar);
            }
        }
        return app;
    }
}
