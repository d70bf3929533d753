package io.budgetkit.examples.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;

/**
 * Says in a few words what an I/O failure means for the user. The JDK's messages of file
 * system failures are often just the path ({@code AccessDeniedException: x.txt}); the command
 * line already names the file, so it says the reason instead.
 */
final class IoErrors {

  private IoErrors() {}

  /**
   * Describes a failure.
   *
   * @param e the failure
   * @return a few words, e.g. {@code permission denied}
   */
  static String describe(Throwable e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or folder" + other((FileSystemException) e);
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied" + other((FileSystemException) e);
    }
    if (e instanceof NotDirectoryException) {
      return "not a folder" + other((FileSystemException) e);
    }
    if (e instanceof DirectoryNotEmptyException) {
      return "a folder that is not empty is in the way" + other((FileSystemException) e);
    }
    if (e instanceof FileAlreadyExistsException) {
      return "a file is in the way" + other((FileSystemException) e);
    }
    if (e instanceof FileSystemException) {
      FileSystemException f = (FileSystemException) e;
      String reason = f.getReason();
      return (reason == null || reason.isBlank() ? "the file system refused" : reason) + other(f);
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e instanceof IOException ? "input/output error" : e.getClass().getSimpleName();
    }
    return BudgetKitCli.oneLine(m);
  }

  /** The other file a failure names, if any (the target of a move, a link). */
  private static String other(FileSystemException e) {
    return e.getOtherFile() == null ? "" : " (" + e.getOtherFile() + ")";
  }
}
