namespace Stakeholders.Network.IO;

/// <summary>
/// Writes files so that a failure never leaves a half-written target: the content goes to a temporary file in the
/// target's directory, is flushed to disk, and only then replaces the target in one move.
/// </summary>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> through <paramref name="write"/>, replacing it only when the write succeeded.</summary>
    /// <param name="path">The target file. Its directory must exist.</param>
    /// <param name="write">Writes the whole content to the stream it is given. If it throws, the target is untouched.</param>
    /// <exception cref="DirectoryNotFoundException">The target's directory does not exist.</exception>
    public static void Write(string path, Action<Stream> write)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var full = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(path));
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"Cannot write '{path}': the directory '{directory}' does not exist.");
        }

        // Same directory as the target, so the final move is a rename on one file system, never a copy.
        var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            TryDelete(temp);
            throw;
        }
    }

    /// <summary>Writes several files, each atomically; all contents are produced before any target is replaced.</summary>
    /// <remarks>
    /// Every temporary file is complete before the first move, so a failing writer leaves every target untouched. The moves
    /// themselves are separate renames: a crash between two of them can leave one target new and another old.
    /// </remarks>
    public static void WriteAll(IReadOnlyList<(string Path, Action<Stream> Write)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var temps = new List<(string Temp, string Target)>(files.Count);
        try
        {
            foreach (var (path, write) in files)
            {
                var full = Path.GetFullPath(path);
                var directory = Path.GetDirectoryName(full) ?? throw new ArgumentException($"'{path}' has no directory.", nameof(files));
                if (!Directory.Exists(directory))
                {
                    throw new DirectoryNotFoundException($"Cannot write '{path}': the directory '{directory}' does not exist.");
                }

                var temp = Path.Combine(directory, $".{Path.GetFileName(full)}.{Guid.NewGuid():N}.tmp");
                temps.Add((temp, full));
                using var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
                write(stream);
                stream.Flush(flushToDisk: true);
            }

            foreach (var (temp, target) in temps)
            {
                File.Move(temp, target, overwrite: true);
            }
        }
        catch
        {
            foreach (var (temp, _) in temps)
            {
                TryDelete(temp);
            }

            throw;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // The original error matters more than a leftover temporary file.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
