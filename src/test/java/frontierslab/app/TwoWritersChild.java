package frontierslab.app;

import frontierslab.panels.eos.model.QuadraticParams;
import frontierslab.plot.Theme;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One of the two writers of {@link TwoWritersTest}, in its own JVM: as a copy of the app it saves its preferences and
 * its stage state, and as the command line it runs {@code eos-quadratic} into the shared output folder, {@code n} times,
 * through the app's own code. It starts when the file {@code go} appears, so that both writers overlap.
 */
public final class TwoWritersChild {

    private TwoWritersChild() {
    }

    public static void main(String[] args) throws Exception {
        String tag = args[0];
        Path dir = Path.of(args[1]);
        int n = Integer.parseInt(args[2]);
        double eta = Double.parseDouble(args[3]);
        System.out.println("READY");
        System.out.flush();
        while (!Files.exists(dir.resolve("go"))) {
            Thread.sleep(10);
        }
        PreferencesFile prefs = PreferencesFile.load(dir.resolve(PreferencesFile.FILE_NAME));
        StageSaver saver = new StageSaver(dir);
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        for (int i = 1; i <= n; i++) {
            prefs.put("export.folder", tag + "/" + i);
            prefs.put("export.formats", List.of(tag, Integer.toString(i)));
            prefs.put("theme", tag);
            check(prefs.save() == null, "preferences not saved");
            saver.write(new StageState("eos-quadratic", QuadraticParams.SPACE.values(
                    new QuadraticParams(eta, 4, 1, 2, 2.5, i)), Theme.LIGHT, false, null));
            int status = new Cli(quiet, System.err).execute("run", "eos-quadratic", "--set", "eta=" + eta,
                    "--out", dir.resolve("out").toString(), "--format", "csv,json");
            check(status == 0, "run exited with " + status);
        }
        System.out.println("DONE " + n);
    }

    private static void check(boolean ok, String what) {
        if (!ok) {
            System.out.println("FAILED " + what);
            System.exit(1);
        }
    }
}
