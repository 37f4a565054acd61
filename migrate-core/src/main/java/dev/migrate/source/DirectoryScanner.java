package dev.migrate.source;

import dev.migrate.revision.SourceLocation;
import dev.migrate.source.RevisionLocationException.Problem;
import java.io.IOException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;

/**
 * Lists the files with a given suffix below a directory on disk, recursively, sorted by relative path.
 *
 * <p>Symbolic links are followed, but files and directories whose name starts with a dot are skipped:
 * a Kubernetes ConfigMap volume links each file to a hidden {@code ..data} directory that holds the same
 * files again, and editors leave hidden backup files.
 */
final class DirectoryScanner {

    private DirectoryScanner() {
    }

    /**
     * @param directory   an existing directory
     * @param suffix      the file name ending to keep, e.g. {@code .sql}
     * @param description how the directory appears in errors
     */
    static List<ScannedFile> scan(Path directory, String suffix, String description) {
        List<Path> files = new ArrayList<>();
        try {
            Files.walkFileTree(directory, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
                            return !dir.equals(directory) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE
                                    : FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                            String name = file.getFileName().toString();
                            if (attributes.isRegularFile() && name.endsWith(suffix) && !isHidden(file)) {
                                files.add(file);
                            }
                            return FileVisitResult.CONTINUE;
                        }

                        @Override
                        public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
                            throw e;
                        }
                    });
        } catch (FileSystemLoopException e) {
            throw new RevisionLocationException(Problem.UNREADABLE, new SourceLocation(description, 0),
                    "symbolic links form a loop at " + e.getFile() + "; remove the link that points back up", e);
        } catch (IOException e) {
            throw new RevisionLocationException(Problem.UNREADABLE, new SourceLocation(description, 0),
                    "cannot read " + directory + ": " + e + "; check that it exists and is readable", e);
        }
        List<ScannedFile> scanned;
        try {
            scanned = new ArrayList<>(ParallelMap.inOrder(files, file -> read(directory, file)));
        } catch (IOException e) {
            throw new RevisionLocationException(Problem.UNREADABLE, new SourceLocation(description, 0),
                    "cannot read " + e.getMessage() + " (" + e.getClass().getSimpleName()
                            + "); check that the file is readable", e);
        }
        scanned.sort(Comparator.comparing(ScannedFile::relativePath));
        return scanned;
    }

    private static ScannedFile read(Path directory, Path file) throws IOException {
        String relative = directory.relativize(file).toString().replace('\\', '/');
        return new ScannedFile(relative, () -> url(file), Files.readAllBytes(file));
    }

    /** As a URL, spelt the way class loaders spell their roots ({@code file:/x}, not {@code file:///x}). */
    private static String url(Path file) {
        try {
            return file.toUri().toURL().toExternalForm();
        } catch (java.net.MalformedURLException e) {
            return file.toUri().toString();
        }
    }

    private static boolean isHidden(Path path) {
        return path.getFileName().toString().startsWith(".");
    }
}
