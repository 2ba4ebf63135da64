package frontierslab.panels.demos.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import frontierslab.app.CliRunner;
import frontierslab.panels.demos.model.RealPython.Comparison;
import frontierslab.panels.demos.model.RealPython.Difference;
import frontierslab.panels.demos.model.RealPython.Interpreter;
import frontierslab.panels.demos.model.RealPython.Line;
import frontierslab.sim.Trace;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * "Run the real Python" and the demos' .py export: against python3 with numpy and matplotlib where the PATH has one
 * (skipped with the reason otherwise), and against fake interpreters that are missing modules or broken.
 */
@Tag("slow")
class RealPythonTest {

    @TempDir
    Path dir;

    private static Optional<Interpreter> python() {
        RealPython.Lookup lookup = RealPython.find(RealPython.candidatesOnPath());
        assumeTrue(lookup.interpreter().isPresent(), "no python3 with numpy and matplotlib on the PATH: "
                + lookup.problem());
        return lookup.interpreter();
    }

    private Path fake(String name, String body) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, "#!/bin/sh\n" + body + "\n");
        Files.setPosixFilePermissions(p, PosixFilePermissions.fromString("rwxr-xr-x"));
        return p;
    }

    @Test
    void withoutPythonOrWithABrokenOneTheProblemIsOneLine() throws Exception {
        assertEquals("Run the real Python needs python3 with numpy and matplotlib on the PATH: there is no python3",
                RealPython.find(List.of()).problem());
        Path noMatplotlib = fake("python3", "echo 3.11.7 2.4.6 -");
        assertEquals(noMatplotlib + " (Python 3.11.7) has no matplotlib: install it to run the lecture's script",
                RealPython.find(List.of(noMatplotlib)).problem());
        Path broken = fake("broken", "echo 'Fatal Python error: init_fs_encoding' >&2\nexit 1");
        assertEquals(broken + " does not run as python3: Fatal Python error: init_fs_encoding",
                RealPython.find(List.of(broken)).problem());
        Path missing = dir.resolve("not-there");
        assertTrue(RealPython.find(List.of(missing)).problem().startsWith(missing + " does not start: "));
        RealPython.Checked checked = RealPython.check(new EdgeDemo(EdgeDemoParams.lecture()), List.of(broken));
        assertTrue(checked.comparison().isEmpty());
        assertFalse(checked.problem().contains("\n"));
    }

    @Test
    void aScriptThatFailsInPythonSaysItsLastErrorLine() {
        Interpreter python = python().orElseThrow();
        RealPython.Outcome o = RealPython.run(python, List.of("import numpy as np", "np.zeros(2) + np.zeros(3)"),
                RealPython.RUN_TIMEOUT);
        assertTrue(o.run().isEmpty());
        assertTrue(o.problem().startsWith("the script failed in python3: ValueError: operands could not be broadcast"),
                o.problem());
    }

    @Test
    void demoOneInNumpyGivesTheAppsNumbers() {
        python();
        RealPython.Checked checked = RealPython.check(new EdgeDemo(EdgeDemoParams.lecture()),
                RealPython.candidatesOnPath());
        Comparison c = checked.comparison().orElseThrow(() -> new AssertionError(checked.problem()));
        assertEquals(2, c.differences().size());
        for (Difference d : c.differences()) {
            assertEquals(500, d.points(), d.label());
            assertTrue(d.largest() <= 1e-12, d.label() + ": " + d.largest());
        }
        assertTrue(c.run().figurePng().length > 1000, "the script's own figure was drawn");
        assertEquals(largest(c.run().lines().get(0), c.app().trace(), "iteration", "loss"),
                c.differences().get(0).largest());
    }

    @Test
    void demoTwoInNumpyPartsFromTheAppWhereTheSamPathIsChaotic() {
        python();
        RealPython.Checked checked = RealPython.check(new SamDemo(SamDemoParams.lecture()),
                RealPython.candidatesOnPath());
        Comparison c = checked.comparison().orElseThrow(() -> new AssertionError(checked.problem()));
        Difference sgd = c.differences().get(0);
        Difference sam = c.differences().get(1);
        assertEquals(101, sam.points());
        assertEquals(largest(c.run().lines().get(0), c.app().trace(), "sgd_x", "sgd_y"), sgd.largest());
        assertEquals(largest(c.run().lines().get(1), c.app().trace(), "sam_x", "sam_y"), sam.largest());
        assertTrue(c.explanation().get(1).startsWith("SAM Path: "), c.explanation().toString());
        if (sam.parted() >= 0) {
            assertTrue(sam.parted() > sam.firstDiffering());
            assertTrue(c.explanation().get(1).contains("part (|Δ| > " + frontierslab.sim.Numbers.format(RealPython.PARTED)
                    + ") at point " + sam.parted()));
            assertTrue(c.explanation().stream().anyMatch(l -> l.startsWith("The SAM path is chaotic")),
                    c.explanation().toString());
        }
    }

    /** max over points of ‖(x, y)_numpy − (x, y)_app‖, computed here. */
    private static double largest(Line line, Trace.View app, String x, String y) {
        double worst = 0;
        for (int i = 0; i < line.y().length; i++) {
            worst = Math.max(worst, Math.hypot(line.x()[i] - app.get(i, x), line.y()[i] - app.get(i, y)));
        }
        return worst;
    }

    @Test
    void theExportedScriptIsTheListingWithTheEditedLiteralsAndRunsToTheAppsNumbers() throws Exception {
        CliRunner.Result r = CliRunner.run("run", "demo-1-code", "--set", "eta=0.3", "--set", "iterations=200",
                "--out", dir.toString(), "--format", "py,csv");
        assertEquals(0, r.status(), r.err());
        String py = Files.readString(dir.resolve("demo-1-code.py"));
        EdgeDemo demo = new EdgeDemo(new EdgeDemoParams(2.0, 2.0, 0.3, 200));
        demo.run(Long.MAX_VALUE);
        assertEquals(String.join("\n", demo.snapshot().code()) + "\n", py);
        List<String> lecture = DemoCode.resource("demo-1.py");
        List<String> exported = py.lines().toList();
        assertEquals(lecture.size(), exported.size());
        for (int i = 0; i < lecture.size(); i++) {
            if (!lecture.get(i).equals(exported.get(i))) {
                assertTrue(exported.get(i).contains("eta = 0.3") || exported.get(i).contains("range(200)"),
                        "only the edited literals change: line " + (i + 1) + ": " + exported.get(i));
            }
        }
        List<String> csv = Files.readAllLines(dir.resolve("demo-1-code.csv"));
        assertEquals("iteration,loss,eta_lambda_max,x0,x1", csv.get(0));
        assertEquals(201, csv.size());

        Interpreter python = python().orElseThrow();
        RealPython.Outcome o = RealPython.run(python, exported, RealPython.RUN_TIMEOUT);
        List<Line> lines = o.run().orElseThrow(() -> new AssertionError(o.problem())).lines();
        double[] loss = lines.get(0).y();
        assertEquals(200, loss.length);
        for (int i = 0; i < loss.length; i++) {
            double app = Double.parseDouble(csv.get(i + 1).split(",")[1]);
            assertEquals(app, loss[i], 1e-12 * Math.abs(app), "iteration " + i);
        }
    }
}
