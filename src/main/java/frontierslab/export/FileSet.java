package frontierslab.export;

import java.io.BufferedOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set of files written into one folder all or nothing. {@link #add} writes each file into a hidden temporary file
 * beside its target and forces it to disk; {@link #commit} moves every one into place (keeping a hard link to each file
 * it replaces until all have moved); {@link #close} without a commit, or a failure at any point, removes what was
 * written, puts back what was replaced and removes a folder the set created, so that the folder is exactly as it was.
 * A read-only target is refused before anything is written. Temporary files are named
 * {@code .fl-<pid>-<n>-<name>.part}; those left by a process that no longer runs (a {@code kill -9}) are removed when
 * the next set opens the folder.
 */
public final class FileSet implements AutoCloseable {

    /** What writes one file's content. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    /** Opens the stream a temporary file is written through; its {@code close} makes the bytes durable. */
    @FunctionalInterface
    public interface Storage {
        OutputStream create(Path temp) throws IOException;
    }

    /** The file system itself: a new file, buffered, forced to the device on close. */
    public static final Storage DISK = temp -> {
        FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new BufferedOutputStream(new FilterOutputStream(Channels.newOutputStream(channel)) {
            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
            }

            @Override
            public void close() throws IOException {
                try (channel) {
                    flush();
                    channel.force(true);
                }
            }
        }, 1 << 16);
    };

    private static final Pattern OURS = Pattern.compile("\\.fl-(\\d+)-\\d+-.+\\.(part|old)");
    private static final Pattern EARLIER = Pattern.compile("\\..+\\.\\d+\\.part");
    private static final Duration STALE = Duration.ofHours(1);
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final long PID = ProcessHandle.current().pid();

    private final Path folder;
    private final Path createdFolder;
    private final Storage storage;
    private final Map<Path, Path> temps = new LinkedHashMap<>();
    private final List<Path> moved = new ArrayList<>();
    private final Map<Path, Path> backups = new LinkedHashMap<>();
    private boolean committed;

    private FileSet(Path folder, Path createdFolder, Storage storage) {
        this.folder = folder;
        this.createdFolder = createdFolder;
        this.storage = storage;
    }

    /** A set writing into {@code folder}, created if needed; a folder that cannot be used is refused. */
    public static FileSet in(Path folder) throws ExportException {
        return in(folder, DISK);
    }

    /**
     * Refuses, before any work, a folder that a set could not use: one that exists but is not a writable folder, or
     * whose nearest existing ancestor is not. Creates nothing.
     */
    public static void check(Path folder) throws ExportException {
        Path dir = folder.toAbsolutePath().normalize();
        Path existing = dir;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return;
        }
        if (!Files.isDirectory(existing)) {
            throw ExportException.refused((existing.equals(dir) ? "cannot write into " : "cannot create folder ") + dir
                    + ": " + existing + " is a file, not a folder");
        }
        refuseReadOnly(dir, existing);
        if (existing.equals(dir)) {
            probe(dir);
        }
    }

    private static void refuseReadOnly(Path dir, Path existing) throws ExportException {
        if (readOnlyStore(existing)) {
            throw ExportException.refused("cannot write into " + dir + ": it is on a read-only file system");
        }
        if (readOnly(existing)) {
            throw ExportException.refused("cannot write into " + dir + ": " + (existing.equals(dir) ? "the folder"
                    : existing) + " is read-only");
        }
    }

    static FileSet in(Path folder, Storage storage) throws ExportException {
        check(folder);
        Path dir = folder.toAbsolutePath().normalize();
        Path created = null;
        for (Path p = dir; p != null && !Files.exists(p); p = p.getParent()) {
            created = p;
        }
        if (created != null) {
            try {
                Files.createDirectories(dir);
            } catch (IOException e) {
                throw ExportException.refused("cannot create folder " + dir + ": " + reason(e, created.getParent()));
            }
            probe(dir);
        }
        removeStale(dir);
        return new FileSet(dir, created, storage);
    }

    /** Creates and removes one empty file: a folder that takes no new file is refused before anything is written. */
    private static void probe(Path dir) throws ExportException {
        Path probe = dir.resolve(".fl-" + PID + "-" + COUNTER.incrementAndGet() + "-probe.part");
        try {
            Files.createFile(probe);
            Files.delete(probe);
        } catch (IOException e) {
            deleteQuietly(probe);
            throw ExportException.refused("cannot write into " + dir + ": " + reason(e, dir));
        }
    }

    public Path folder() {
        return folder;
    }

    /** Writes {@code name}'s content into a temporary file; the target is untouched until {@link #commit}. */
    public Path add(String name, Content content) throws ExportException {
        Path target = folder.resolve(name);
        if (Files.isDirectory(target)) {
            throw ExportException.refused("cannot write " + target + ": a folder of that name is in the way");
        }
        if (Files.exists(target) && readOnly(target)) {
            throw ExportException.refused("cannot write " + target + ": it is read-only, and was not replaced");
        }
        Path temp = folder.resolve(".fl-" + PID + "-" + COUNTER.incrementAndGet() + "-" + name + ".part");
        temps.put(temp, target);
        try {
            try (OutputStream out = storage.create(temp)) {
                content.writeTo(out);
            }
            try {
                Files.setPosixFilePermissions(temp, permissions(target));
            } catch (UnsupportedOperationException notPosix) {
                // the file system's defaults apply
            }
        } catch (IOException | RuntimeException e) {
            throw new ExportException("cannot write " + name + " in " + folder + ": " + reason(e, folder)
                    + "; nothing in the folder was changed", e);
        }
        return target;
    }

    private static Set<PosixFilePermission> permissions(Path target) throws IOException {
        if (Files.exists(target)) {
            try {
                return Files.getPosixFilePermissions(target);
            } catch (UnsupportedOperationException e) {
                // fall through to the default
            }
        }
        return PosixFilePermissions.fromString("rw-r--r--");
    }

    /** Moves every file into place, or none: on a failure the folder is put back as it was. */
    public List<Path> commit() throws ExportException {
        Path current = null;
        try {
            for (Path target : temps.values()) {
                current = target;
                if (Files.exists(target)) {
                    Path backup = folder.resolve(".fl-" + PID + "-" + COUNTER.incrementAndGet() + "-"
                            + target.getFileName() + ".old");
                    try {
                        Files.createLink(backup, target);
                    } catch (UnsupportedOperationException | IOException noLinks) {
                        Files.copy(target, backup, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                    backups.put(target, backup);
                }
            }
            for (Map.Entry<Path, Path> e : temps.entrySet()) {
                current = e.getValue();
                Files.move(e.getKey(), e.getValue(), StandardCopyOption.ATOMIC_MOVE);
                moved.add(e.getValue());
            }
        } catch (IOException e) {
            throw new ExportException("cannot write " + current.getFileName() + " in " + folder + ": "
                    + reason(e, folder) + "; nothing in the folder was changed", e);
        }
        committed = true;
        forceFolder();
        for (Path backup : backups.values()) {
            deleteQuietly(backup);
        }
        return List.copyOf(temps.values());
    }

    /** Without a commit: removes what was written and puts back what was replaced. */
    @Override
    public void close() {
        if (committed) {
            return;
        }
        for (Path target : moved) {
            Path backup = backups.get(target);
            try {
                if (backup != null) {
                    Files.move(backup, target, StandardCopyOption.ATOMIC_MOVE);
                } else {
                    Files.deleteIfExists(target);
                }
            } catch (IOException ignored) {
                // the backup stays, named .old, and the next set removes it
            }
        }
        temps.keySet().forEach(FileSet::deleteQuietly);
        backups.values().forEach(FileSet::deleteQuietly);
        if (createdFolder != null) {
            try {
                for (Path p = folder; p != null && p.startsWith(createdFolder); p = p.getParent()) {
                    Files.deleteIfExists(p);
                }
            } catch (IOException notEmpty) {
                // another writer put something there: it stays
            }
        }
        committed = true;
    }

    private void forceFolder() {
        try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
            dir.force(true);
        } catch (IOException | UnsupportedOperationException notSupported) {
            // not every system can sync a folder; the files themselves are on disk
        }
    }

    /** Removes temporary files of ours (and of earlier versions of the app) that no running process is writing. */
    static void removeStale(Path dir) {
        Instant old = Instant.now().minus(STALE);
        try (var listing = Files.newDirectoryStream(dir, ".*")) {
            for (Path p : listing) {
                String name = p.getFileName().toString();
                Matcher ours = OURS.matcher(name);
                boolean stale = ours.matches()
                        ? ProcessHandle.of(Long.parseLong(ours.group(1))).isEmpty() || modifiedBefore(p, old)
                        : EARLIER.matcher(name).matches() && modifiedBefore(p, old);
                if (stale && Files.isRegularFile(p)) {
                    deleteQuietly(p);
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // cleaning is a courtesy; the export goes on
        }
    }

    private static boolean modifiedBefore(Path p, Instant when) {
        try {
            return Files.getLastModifiedTime(p).compareTo(FileTime.from(when)) < 0;
        } catch (IOException e) {
            return false;
        }
    }

    private static void deleteQuietly(Path p) {
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // named .part or .old: the next set removes it
        }
    }

    /** Not writable by us, or marked read-only by its owner (root may write it, but the owner said no). */
    private static boolean readOnly(Path p) {
        if (!Files.isWritable(p)) {
            return true;
        }
        try {
            return !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OWNER_WRITE);
        } catch (UnsupportedOperationException | IOException e) {
            return false;
        }
    }

    private static boolean readOnlyStore(Path dir) {
        try {
            return Files.getFileStore(dir).isReadOnly();
        } catch (IOException e) {
            return false;
        }
    }

    /** Why an operation in {@code folder} failed, in words that are true: an existing folder is not "no such folder". */
    static String reason(Throwable e, Path folder) {
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof NoSuchFileException) {
            return folder != null && Files.isDirectory(folder)
                    ? "the system does not allow new files there" : "no such folder";
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason().toLowerCase(java.util.Locale.ROOT);
        }
        String message = e.getMessage();
        if (message == null || message.isBlank()) {
            return e.getClass().getSimpleName();
        }
        return Character.toLowerCase(message.charAt(0)) + message.substring(1);
    }
}
