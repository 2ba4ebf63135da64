package frontierslab;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructor;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.EvaluationResult;
import frontierslab.math.planted.PlantedViolations;
import java.util.List;
import java.util.Set;
import java.util.Timer;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadPoolExecutor;
import org.junit.jupiter.api.Test;

/**
 * The layers of docs/architecture.md, checked on the compiled classes (so a fully qualified name counts as much as an
 * import): the mathematics, the simulation contract, the plot and export layers and every {@code model} and
 * {@code view} package use nothing from JavaFX, so every experiment and figure works without a display; models do not
 * depend on the plot layer; and only {@code sim} and {@code app} start threads.
 */
class LayeringTest {

    private static final JavaClasses PRODUCT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("frontierslab");

    private static final String[] DISPLAY_FREE = {"frontierslab.math..", "frontierslab.sim..", "frontierslab.plot..",
            "frontierslab.export..", "frontierslab.scenes..", "frontierslab..model..", "frontierslab..view.."};

    static final ArchRule NO_JAVAFX_BELOW_THE_UI = noClasses().that().resideInAnyPackage(DISPLAY_FREE)
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "com.sun.javafx..", "org.controlsfx..",
                    "eu.hansolo..", "org.jfree.chart.fx..")
            .because("experiments and figures must run on the command line, without a display");

    static final ArchRule MODELS_DO_NOT_DRAW = noClasses().that().resideInAnyPackage("frontierslab..model..")
            .should().dependOnClassesThat().resideInAnyPackage("frontierslab.plot..")
            .because("a model computes; its view draws");

    static final ArchRule ONLY_SIM_AND_APP_START_THREADS = noClasses()
            .that().resideOutsideOfPackages("frontierslab.sim..", "frontierslab.app..")
            .should().accessTargetWhere(startsThreads())
            .because("threads are the simulation runner's and the shell's business; mathematics takes an executor");

    /** By name: JDK classes are imported without their supertypes (archunit.properties). */
    private static DescribedPredicate<JavaAccess<?>> startsThreads() {
        Set<String> threadClasses = Set.of(Thread.class.getName(), ThreadPoolExecutor.class.getName(),
                ScheduledThreadPoolExecutor.class.getName(), ForkJoinPool.class.getName(), Timer.class.getName());
        Set<String> threadFactories = Set.of("ofPlatform", "ofVirtual", "startVirtualThread");
        Set<String> asyncStarts = Set.of("runAsync", "supplyAsync");
        return DescribedPredicate.describe("a thread, a pool or a parallel stream", access -> {
            JavaClass owner = access.getTargetOwner();
            String name = access.getTarget().getName();
            boolean constructor = JavaConstructor.CONSTRUCTOR_NAME.equals(name);
            return constructor && (threadClasses.contains(owner.getName()) || owner.isAssignableTo(Thread.class))
                    || owner.isEquivalentTo(Thread.class) && threadFactories.contains(name)
                    || owner.getName().startsWith(Thread.Builder.class.getName())
                    || owner.isEquivalentTo(Executors.class)
                    || owner.isEquivalentTo(ForkJoinPool.class) && name.equals("commonPool")
                    || owner.isEquivalentTo(CompletableFuture.class) && asyncStarts.contains(name)
                    && !access.getTarget().getFullName().contains("Executor)")
                    || name.equals("parallelStream")
                    || name.equals("parallel") && owner.getName().startsWith("java.util.stream.");
        });
    }

    @Test
    void mathSimPlotExportModelsAndViewsUseNoJavaFx() {
        NO_JAVAFX_BELOW_THE_UI.check(PRODUCT);
    }

    @Test
    void modelsDoNotDependOnThePlotLayer() {
        MODELS_DO_NOT_DRAW.check(PRODUCT);
    }

    @Test
    void onlySimAndAppStartThreads() {
        ONLY_SIM_AND_APP_START_THREADS.check(PRODUCT);
    }

    @Test
    void everyBenchmarkRunsFromTheBenchCommand() {
        List<String> benchmarks = PRODUCT.stream().filter(c -> c.getPackageName().equals("frontierslab.bench"))
                .filter(c -> c.getSimpleName().endsWith("Bench")).map(JavaClass::getSimpleName).sorted().toList();
        assertTrue(benchmarks.size() >= 7, benchmarks.toString());
        for (String name : benchmarks) {
            assertTrue(PRODUCT.get("frontierslab.bench." + name).getAccessesToSelf().stream()
                    .anyMatch(a -> a.getOriginOwner().getName().equals("frontierslab.app.Bench")),
                    name + " is not registered with the bench command (app/Bench)");
        }
    }

    @Test
    void theRulesLookAtTheWholeProduct() {
        assertTrue(PRODUCT.contain("frontierslab.math.sam.PhaseMap"));
        assertTrue(PRODUCT.contain("frontierslab.panels.sam.view.PhaseMapFigure"));
        assertTrue(PRODUCT.stream().noneMatch(c -> c.getPackageName().startsWith("frontierslab.math.planted")));
    }

    @Test
    void aPlantedViolationFailsEveryRule() {
        JavaClasses planted = new ClassFileImporter().importClasses(PlantedViolations.class);
        EvaluationResult javaFx = NO_JAVAFX_BELOW_THE_UI.evaluate(planted);
        EvaluationResult threads = ONLY_SIM_AND_APP_START_THREADS.evaluate(planted);
        assertTrue(javaFx.hasViolation());
        assertTrue(javaFx.getFailureReport().getDetails().stream()
                .anyMatch(d -> d.contains("javafx.scene.paint.Color")));
        for (String method : List.of("startsAThread()", "startsAPool()", "startsAThreadByReference()")) {
            assertTrue(threads.getFailureReport().getDetails().stream().anyMatch(d -> d.contains(method)), method);
        }
    }
}
