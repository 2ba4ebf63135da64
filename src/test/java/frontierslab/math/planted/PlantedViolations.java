package frontierslab.math.planted;

/**
 * Test-only code that breaks every layering rule on purpose, in a {@code math} package and without a single import:
 * {@link frontierslab.LayeringTest} shows that its rules catch it.
 */
public final class PlantedViolations {

    private PlantedViolations() {
    }

    public static String colourByFullName() {
        return javafx.scene.paint.Color.RED.toString();
    }

    public static void startsAThread() {
        new Thread(() -> { }).start();
    }

    public static void startsAPool() {
        java.util.concurrent.Executors.newFixedThreadPool(2).shutdown();
    }

    public static void startsAThreadByReference() {
        java.util.function.Function<Runnable, Thread> make = Thread::new;
        make.apply(() -> { }).start();
    }
}
