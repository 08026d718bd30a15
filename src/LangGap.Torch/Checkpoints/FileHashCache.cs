using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LangGap.Torch.Checkpoints;

/// <summary>SHA-256 of file contents, remembered on disk by (full path, size, modification time) so a large weights
/// file is read once, not at every run.</summary>
/// <remarks>The cache only saves time: the hash it returns is always a hash of the file's contents. An entry is trusted
/// only when path, size and modification time all match, and a file modified in the last few seconds is hashed but not
/// remembered (the "racy" window in which a rewrite could keep the same size and time stamp), so a file rewritten in place
/// is always hashed again. Entries are written to a temporary file and renamed into place.</remarks>
public sealed class FileHashCache
{
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(3);
    private readonly string? _directory;
    private readonly TimeProvider _time;

    /// <summary>A cache in <paramref name="directory"/>; <see langword="null"/> hashes every time and remembers nothing.</summary>
    public FileHashCache(string? directory, TimeProvider? timeProvider = null)
    {
        _directory = directory;
        _time = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The default cache: <c>$LANGGAP_CACHE/file-hashes</c>, else <c>~/.cache/langgap/file-hashes</c>.</summary>
    public static FileHashCache Default { get; } = new(DefaultDirectory());

    /// <summary>The lower-case hex SHA-256 of the contents of <paramref name="path"/>.</summary>
    public string Hash(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var info = new FileInfo(path);
        if (!info.Exists)
        {
            throw new InvalidInputException($"{path}: file not found.");
        }
        var entry = _directory is null ? null : Path.Combine(_directory, EntryName(info));
        if (entry is not null && TryRead(entry) is { } remembered)
        {
            return remembered;
        }
        string hash;
        using (var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20))
        {
            hash = Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        info.Refresh();
        if (entry is not null && _time.GetUtcNow() - info.LastWriteTimeUtc > RacyWindow)
        {
            TryWrite(entry, hash);
        }
        return hash;
    }

    private static string EntryName(FileInfo info)
    {
        var key = string.Create(CultureInfo.InvariantCulture, $"{info.FullName}\u001f{info.Length}\u001f{info.LastWriteTimeUtc.Ticks}");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(key)));
    }

    private static string? TryRead(string entry)
    {
        try
        {
            var text = File.ReadAllText(entry).Trim();
            return text.Length == 64 && text.All(char.IsAsciiHexDigitLower) ? text : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static void TryWrite(string entry, string hash)
    {
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(entry)!);
            var temporary = $"{entry}.{Guid.NewGuid():N}.tmp";
            File.WriteAllText(temporary, hash);
            File.Move(temporary, entry, overwrite: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // A read-only or full cache only costs time: the hash is still returned.
        }
    }

    private static string DefaultDirectory()
    {
        var root = Environment.GetEnvironmentVariable("LANGGAP_CACHE");
        return string.IsNullOrEmpty(root)
            ? Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache", "langgap", "file-hashes")
            : Path.Combine(root, "file-hashes");
    }
}
