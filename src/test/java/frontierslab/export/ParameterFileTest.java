package frontierslab.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.panels.eos.model.EosMlpExperiment;
import frontierslab.panels.eos.model.EosMlpParams;
import frontierslab.panels.eos.model.PowerLawExperiment;
import frontierslab.panels.eos.model.PowerLawParams;
import frontierslab.panels.eos.model.QuadraticExperiment;
import frontierslab.panels.eos.model.QuadraticParams;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParameterFileTest {

    @TempDir
    Path dir;

    private Path file(String text) throws Exception {
        Path f = dir.resolve("scene.json");
        Files.writeString(f, text);
        return f;
    }

    private String refusal(String text) throws Exception {
        Path f = file(text);
        return assertThrows(ExportException.class, () -> ParameterFile.read(f)).getMessage();
    }

    private String refusedValue(String text) throws Exception {
        ParameterFile.Contents c = ParameterFile.read(file(text));
        return assertThrows(IllegalArgumentException.class, () -> c.params(QuadraticExperiment.TYPE)).getMessage();
    }

    @Test
    void savedParametersOpenAsTheSameRecord() throws Exception {
        Path f = dir.resolve("p.json");
        PowerLawParams p = PowerLawExperiment.TYPE.preset("cobweb-orbit-repels").params();
        ParameterFile.write(f, PowerLawExperiment.TYPE, p);
        assertEquals(p, ParameterFile.read(f).params(PowerLawExperiment.TYPE));
        EosMlpParams q = new EosMlpParams(EosMlpParams.Dataset.CHEBYSHEV, 0.15, 7, 1234, 5, 3, true);
        ParameterFile.write(f, EosMlpExperiment.TYPE, q);
        assertEquals(q, ParameterFile.read(f).params(EosMlpExperiment.TYPE));
    }

    @Test
    void anExportedJsonOpensWithTheParametersOfItsRun() throws Exception {
        QuadraticParams p = QuadraticExperiment.TYPE.preset("diverging").params();
        Map<String, Object> document = ExperimentExport.document(QuadraticExperiment.TYPE,
                new QuadraticExperiment(p).snapshot(), "diverging");
        Path f = file(Json.write(document));
        assertEquals(p, ParameterFile.read(f).params(QuadraticExperiment.TYPE));
    }

    @Test
    void parametersLeftOutKeepTheirDefaults() throws Exception {
        QuadraticParams p = ParameterFile.read(file("{\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": 0.3}}"))
                .params(QuadraticExperiment.TYPE);
        assertEquals(QuadraticExperiment.TYPE.space().with(QuadraticExperiment.TYPE.space().defaults(), "eta", 0.3), p);
    }

    @Test
    void textThatIsNotJsonOrNotASceneIsRefusedWithTheFileAndTheReason() throws Exception {
        assertTrue(refusal("{\"experiment\": \"eos-quadratic\",\n \"parameters\": {\"eta\": }}")
                .matches("cannot open .*scene.json: malformed JSON at line 2, column \\d+ \\(at parameters.eta\\): .*"), refusal("{\"x\": }"));
        assertTrue(refusal("[1, 2]").contains("expected a JSON object"));
        assertTrue(refusal("{\"parameters\": {}}").contains("no \"experiment\""));
        assertTrue(refusal("{\"experiment\": \"eos-quadratic\", \"parameters\": 3}").contains("must be an object"));
        assertTrue(refusal("").contains("it is empty"));
        String missing = assertThrows(ExportException.class, () -> ParameterFile.read(dir.resolve("none.json")))
                .getMessage();
        assertTrue(missing.endsWith("none.json: no such file"), missing);
        Path binary = dir.resolve("binary.json");
        Files.write(binary, new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1});
        assertTrue(assertThrows(ExportException.class, () -> ParameterFile.read(binary)).getMessage()
                .contains("not a text file"));
    }

    @Test
    void valuesThatTheExperimentCannotTakeAreRefusedByName() throws Exception {
        assertTrue(refusedValue("{\"experiment\": \"eos-quadratic\", \"parameters\": {\"eta\": 42}}")
                .contains("eta = 42 is out of range"));
        assertTrue(refusedValue("{\"experiment\": \"eos-quadratic\", \"parameters\": {\"speed\": 1}}")
                .contains("unknown parameter 'speed': allowed"));
        assertTrue(refusedValue("{\"experiment\": \"eos-quadratic\", \"parameters\": {\"steps\": 2.5}}")
                .contains("steps must be a whole number"));
        assertTrue(refusedValue("{\"experiment\": \"eos-quadratic\", \"parameters\": {\"method\": \"adam\"}}")
                .contains("method"));
        assertTrue(refusedValue("{\"experiment\": \"eos-mlp\", \"parameters\": {}}")
                .contains("it holds parameters of eos-mlp, not of eos-quadratic"));
    }

    @Test
    void anUnwritablePlaceIsRefusedAndLeavesNothingBehind() throws Exception {
        Path notADirectory = file("x");
        Path target = notADirectory.resolve("p.json");
        assertThrows(ExportException.class, () -> ParameterFile.write(target, QuadraticExperiment.TYPE,
                QuadraticExperiment.TYPE.space().defaults()));
        assertEquals("x", Files.readString(notADirectory, StandardCharsets.UTF_8));
    }
}
