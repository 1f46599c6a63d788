package io.github.regkit.internal;

import io.github.regkit.spi.ResourceOpener;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Opens the files of a pack on disk or on the class path. A pack reads only regular files inside its
 * own folder, after resolving real paths: a link to {@code /etc/passwd}, a file under {@code
 * /proc}, a folder, a device or a named pipe is refused by name, and its content is never read.
 */
public final class PackFiles {
  /** How long opening one file may take; opening a named pipe waits for a writer, for ever. */
  static final Duration OPEN_TIMEOUT = Duration.ofSeconds(10);

  private static final ExecutorService OPENERS = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "regkit-pack-file-open");
    t.setDaemon(true);
    return t;
  });

  private PackFiles() {}

  /**
   * A file of the pack that is refused without being read. The message, after the file's name, says
   * why, and names no path outside the pack nor any content.
   */
  public static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  /**
   * An opener for the pack whose manifest is at {@code manifest} (already a real path): included
   * names resolve against its folder, and only regular files inside that folder are opened.
   */
  public static ResourceOpener inFolder(Path manifest) {
    Path folder = Objects.requireNonNull(manifest.getParent(), "folder");
    String name = String.valueOf(manifest.getFileName());
    return file -> {
      Path path = file.equals(name) ? manifest : folder.resolve(file);
      Path real;
      try {
        real = path.toRealPath();
      } catch (NoSuchFileException e) {
        return Optional.empty();
      }
      if (!real.startsWith(folder)) {
        throw new Refused("resolves to a file outside the pack's folder; expected a regular file inside it");
      }
      return Optional.of(openRegularFile(real, OPEN_TIMEOUT));
    };
  }

  /**
   * An opener for a pack on the class path, whose files are {@code folder + name}. A name that is a
   * folder (which a class loader would list as text) is refused.
   */
  public static ResourceOpener onClassPath(ClassLoader loader, String folder) {
    return file -> {
      URL url = loader.getResource(folder + file);
      if (url == null) {
        return Optional.empty();
      }
      if (url.getProtocol().equals("file")) {
        try {
          return Optional.of(openRegularFile(Path.of(url.toURI()), OPEN_TIMEOUT));
        } catch (URISyntaxException | IllegalArgumentException e) {
          throw new Refused("is not a readable file; expected a regular file");
        }
      }
      URLConnection connection = url.openConnection();
      connection.setUseCaches(false);
      if (connection instanceof JarURLConnection jar && (jar.getJarEntry() == null || jar.getJarEntry().isDirectory())) {
        throw new Refused("is a folder; expected a regular file");
      }
      return Optional.of(connection.getInputStream());
    };
  }

  /**
   * Opens a regular file, refusing anything else. Opening is done on another thread and given up
   * after {@code timeout}: a file swapped for a named pipe after the check would otherwise block the
   * loading thread for ever.
   */
  static InputStream openRegularFile(Path path, Duration timeout) throws IOException {
    BasicFileAttributes before = attributes(path);
    if (!before.isRegularFile()) {
      throw new Refused(before.isDirectory() ? "is a folder; expected a regular file" : "is not a regular file; expected a regular file");
    }
    InputStream in = openWithin(path, timeout);
    BasicFileAttributes after;
    try {
      after = attributes(path);
    } catch (IOException e) {
      in.close();
      throw e;
    }
    if (!after.isRegularFile() || !Objects.equals(before.fileKey(), after.fileKey())) {
      in.close();
      throw new Refused("was replaced while it was opened; expected a regular file");
    }
    return in;
  }

  /** Opens {@code path} for reading without following a final link, giving up after {@code timeout}. */
  static InputStream openWithin(Path path, Duration timeout) throws IOException {
    AtomicBoolean abandoned = new AtomicBoolean();
    CompletableFuture<InputStream> opening = CompletableFuture.supplyAsync(() -> {
      try {
        InputStream in = Files.newInputStream(path, StandardOpenOption.READ, LinkOption.NOFOLLOW_LINKS);
        if (abandoned.get()) {
          in.close();
        }
        return in;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }, OPENERS);
    try {
      return opening.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      abandoned.set(true);
      // On another thread too: opening a pipe for writing can itself wait.
      OPENERS.execute(() -> releasePipe(path));
      // Should the open complete after all, the stream is closed unread.
      CompletableFuture<Void> unused = opening.thenAccept(PackFiles::closeQuietly);
      throw new Refused("could not be opened within " + timeout.toSeconds() + " seconds; expected a regular file");
    } catch (InterruptedException e) {
      abandoned.set(true);
      // Should the open complete after all, the stream is closed unread.
      CompletableFuture<Void> unused = opening.thenAccept(PackFiles::closeQuietly);
      Thread.currentThread().interrupt();
      throw new Refused("was not opened: the loading thread was interrupted");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      throw new IOException(e.getCause());
    }
  }

  /**
   * Frees the opening thread when the file has become a named pipe: opening the pipe for writing
   * completes the reader's open, which then sees end of file and is closed. Nothing is written.
   */
  private static void releasePipe(Path path) {
    try {
      BasicFileAttributes now = attributes(path);
      if (now.isOther()) {
        Files.newOutputStream(path, StandardOpenOption.WRITE, LinkOption.NOFOLLOW_LINKS).close();
      }
    } catch (IOException | RuntimeException ignored) {
      // Best effort: the thread is a daemon and holds no lock.
    }
  }

  private static BasicFileAttributes attributes(Path path) throws IOException {
    try {
      return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
    } catch (NoSuchFileException e) {
      throw e;
    } catch (FileSystemException e) {
      throw new Refused("cannot be examined; expected a regular file");
    }
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // Nothing was read from it.
    }
  }
}
