package frontierslab.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import frontierslab.export.AtomicFiles;
import frontierslab.plot.Theme;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When the last session is offered back (only after an unclean end), and what the saver writes and when. */
class StageSaverTest {

    @TempDir
    Path dir;

    private Path marker(long pid, String content) throws Exception {
        return Files.writeString(dir.resolve(StageSaver.MARKER_PREFIX + pid), content);
    }

    private static long deadPid() throws Exception {
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        return gone.pid();
    }

    private static String startOf(ProcessHandle p) {
        return p.info().startInstant().map(i -> Long.toString(i.toEpochMilli())).orElse("");
    }

    @Test
    void aSessionWhoseProcessIsGoneIsOfferedBackAndItsMarkerRemoved() throws Exception {
        StageState state = StageStateTest.sample();
        AtomicFiles.write(dir.resolve(StageSaver.FILE_NAME), state.json());
        Path dead = marker(deadPid(), "12345");
        StageSaver.LastSession last = new StageSaver(dir).lastSession();
        assertEquals(state, last.state());
        assertTrue(last.savedAt() != null);
        assertNull(last.problem());
        assertFalse(Files.exists(dead));
        assertNull(new StageSaver(dir).lastSession().state(), "offered once");
    }

    @Test
    void anotherCopyOfTheAppStillRunningIsNotTakenForACrash() throws Exception {
        AtomicFiles.write(dir.resolve(StageSaver.FILE_NAME), StageStateTest.sample().json());
        ProcessHandle self = ProcessHandle.current();
        Path alive = marker(self.pid(), startOf(self));
        assertNull(new StageSaver(dir).lastSession().state());
        assertTrue(Files.exists(alive), "its marker stays");
    }

    @Test
    void aPidNowUsedByAnotherProcessIsACrash() throws Exception {
        AtomicFiles.write(dir.resolve(StageSaver.FILE_NAME), StageStateTest.sample().json());
        ProcessHandle self = ProcessHandle.current();
        marker(self.pid(), "1");
        StageSaver.LastSession last = new StageSaver(dir).lastSession();
        assertEquals(StageStateTest.sample(), last.state(), self.info().startInstant().isPresent()
                ? "the start time differs" : "no start time known: taken as running");
    }

    @Test
    void aCleanEndOrNoSessionOffersNothing() throws Exception {
        assertNull(new StageSaver(dir.resolve("never-created")).lastSession().state());
        AtomicFiles.write(dir.resolve(StageSaver.FILE_NAME), StageStateTest.sample().json());
        assertNull(new StageSaver(dir).lastSession().state(), "no marker: the last session ended cleanly");
    }

    @Test
    void aCorruptStateAfterACrashIsSetAsideAndSaidInOneLine() throws Exception {
        Files.writeString(dir.resolve(StageSaver.FILE_NAME), "{\"run\": ");
        marker(deadPid(), "");
        StageSaver.LastSession last = new StageSaver(dir).lastSession();
        assertNull(last.state());
        assertTrue(last.problem().startsWith("The last session was not restored: cannot open "), last.problem());
        assertTrue(last.problem().contains("set aside as stage.json.corrupt-"), last.problem());
        assertFalse(Files.exists(dir.resolve(StageSaver.FILE_NAME)));
    }

    @Test
    @Tag("gui")
    void theStateIsWrittenWhenItChangesOnlyAndACleanExitRemovesTheMarker() throws Exception {
        FxPlatform.startHeadless();
        StageSaver saver = new StageSaver(dir);
        AtomicReference<StageState> stage = new AtomicReference<>(StageStateTest.sample());
        List<String> problems = new ArrayList<>();
        FxPlatform.run(() -> saver.start(stage::get, problems::add));
        Path marker = dir.resolve(StageSaver.MARKER_PREFIX + ProcessHandle.current().pid());
        assertTrue(Files.exists(marker));
        Path file = dir.resolve(StageSaver.FILE_NAME);
        FxPlatform.run(saver::saveIfChanged);
        awaitFile(file, stage.get());
        Files.delete(file);
        FxPlatform.run(saver::saveIfChanged);
        FxPlatform.run(saver::saveIfChanged);
        Thread.sleep(300);
        assertFalse(Files.exists(file), "an unchanged stage is not written again");
        stage.set(new StageState("sam-valley", Map.of(), Theme.PROJECTOR, false, null));
        FxPlatform.run(saver::close);
        assertEquals(stage.get(), StageState.of(file, StageState.read(file).document()), "the last state, at exit");
        assertFalse(Files.exists(marker));
        assertEquals(List.of(), problems);
        try (var files = Files.list(dir)) {
            assertEquals(List.of(file), files.toList(), "no temporary file left");
        }
    }

    private static void awaitFile(Path file, StageState expected) throws InterruptedException {
        for (int i = 0; i < 100 && !Files.exists(file); i++) {
            Thread.sleep(50);
        }
        assertEquals(expected, StageState.of(file, StageState.read(file).document()));
    }
}
