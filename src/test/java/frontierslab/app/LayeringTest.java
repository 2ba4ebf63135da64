package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The layering rule of docs/architecture.md: the mathematics, the simulation contract, every model package and the
 * plot layer import nothing from JavaFX, so that every experiment runs without a display.
 */
class LayeringTest {

    @Test
    void mathSimModelsAndPlotsImportNoJavaFx() throws IOException {
        Path root = Path.of("src/main/java/frontierslab");
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                boolean pure = rel.startsWith("math/") || rel.startsWith("sim/") || rel.startsWith("plot/")
                        || rel.startsWith("export/") || rel.contains("/model/") || rel.contains("/view/");
                if (pure && Files.readString(f).contains("import javafx.")) {
                    offenders.add(rel);
                }
            }
        }
        assertEquals(List.of(), offenders);
    }
}
