using System.Formats.Tar;
using System.IO.Compression;
using SharpCompress.Compressors.Xz;

namespace LangGap.Survey.Ingest;

/// <summary>Reads a literature corpus: ACL Anthology XML (a file, a folder, or a <c>.tar.xz</c>/<c>.tar.gz</c>/<c>.tar</c> of them), BibTeX or JSONL.</summary>
/// <remarks>
/// Archives are read as streams, never unpacked to disk: xz through SharpCompress's managed decoder, gzip through
/// the framework, tar through <see cref="TarReader"/>. Entries are parsed in parallel and kept in archive order, so
/// the corpus is the same on every run. Papers without an abstract are kept and counted
/// (<see cref="PaperCorpus.WithoutAbstract"/>); a paper id seen twice is an error naming both places.
/// </remarks>
public static class PaperCorpusReader
{
    /// <summary>Reads every source in <paramref name="paths"/>, in order.</summary>
    /// <exception cref="InvalidInputException">A path does not exist, has an unknown kind, or holds malformed data (message names file and line).</exception>
    public static async Task<PaperCorpus> ReadAsync(IReadOnlyList<string> paths, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var parts = new List<List<SurveyPaper>>();
        var files = 0;
        foreach (var path in paths)
        {
            var read = await ReadPathAsync(path, cancellationToken).ConfigureAwait(false);
            files += read.Count;
            parts.AddRange(read);
        }
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        var papers = new List<SurveyPaper>(parts.Sum(p => p.Count));
        foreach (var paper in parts.SelectMany(p => p))
        {
            if (!seen.TryAdd(paper.Id, paper.Source))
            {
                throw new InvalidInputException($"{paper.Source}: paper id '{paper.Id}' was already read at {seen[paper.Id]}.");
            }
            papers.Add(paper);
        }
        return new PaperCorpus(papers, files, [.. paths]);
    }

    private static async Task<List<List<SurveyPaper>>> ReadPathAsync(string path, CancellationToken cancellationToken)
    {
        if (Directory.Exists(path))
        {
            var entries = Directory.EnumerateFiles(path)
                .Where(f => Kind(f) is FileKind.Xml or FileKind.Bibtex or FileKind.Jsonl)
                .Order(StringComparer.Ordinal)
                .ToList();
            if (entries.Count == 0)
            {
                throw new InvalidInputException($"{path}: the folder holds no .xml, .bib or .jsonl file.");
            }
            var loaded = new List<(string, byte[])>();
            foreach (var file in entries)
            {
                loaded.Add((file, await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false)));
            }
            return ParseAll(loaded, cancellationToken);
        }
        if (!File.Exists(path))
        {
            throw new InvalidInputException($"{path}: no such file or folder.");
        }
        switch (Kind(path))
        {
            case FileKind.TarXz or FileKind.TarGz or FileKind.Tar:
                return await ReadArchiveAsync(path, cancellationToken).ConfigureAwait(false);
            case FileKind.Xml or FileKind.Bibtex or FileKind.Jsonl:
                return ParseAll([(path, await File.ReadAllBytesAsync(path, cancellationToken).ConfigureAwait(false))], cancellationToken);
            default:
                throw new InvalidInputException($"{path}: expected Anthology XML (.xml, a folder, .tar.xz, .tar.gz or .tar), BibTeX (.bib) or JSONL (.jsonl).");
        }
    }

    /// <summary>Decompresses on this thread while earlier entries are parsed on others; results come back in archive order.</summary>
    private static async Task<List<List<SurveyPaper>>> ReadArchiveAsync(string path, CancellationToken cancellationToken)
    {
        var entries = new List<Task<List<SurveyPaper>>>();
        await using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        await using Stream decompressed = Kind(path) switch
        {
            FileKind.TarXz => new BufferedStream(new XZStream(file), 1 << 16),
            FileKind.TarGz => new GZipStream(file, CompressionMode.Decompress),
            _ => file,
        };
        try
        {
            using var tar = new TarReader(decompressed);
            while (await tar.GetNextEntryAsync(copyData: false, cancellationToken).ConfigureAwait(false) is { } entry)
            {
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null
                    || Kind(entry.Name) is not (FileKind.Xml or FileKind.Bibtex or FileKind.Jsonl))
                {
                    continue;
                }
                var buffer = new MemoryStream((int)entry.Length);
                await entry.DataStream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
                var (name, bytes) = ($"{path}:{entry.Name}", buffer.ToArray());
                entries.Add(Task.Run(() => Parse(name, bytes), cancellationToken));
            }
        }
        catch (Exception e) when (e is InvalidDataException or FormatException or EndOfStreamException
            || e.GetType().Namespace?.StartsWith("SharpCompress", StringComparison.Ordinal) == true)
        {
            throw new InvalidInputException($"{path}: not a readable tar archive ({e.Message.TrimEnd('.')}).", e);
        }
        if (entries.Count == 0)
        {
            throw new InvalidInputException($"{path}: the archive holds no .xml, .bib or .jsonl file.");
        }
        // Awaited in order, so the first bad entry in archive order is the one reported.
        var results = new List<List<SurveyPaper>>(entries.Count);
        foreach (var task in entries)
        {
            results.Add(await task.ConfigureAwait(false));
        }
        return results;
    }

    private static List<List<SurveyPaper>> ParseAll(List<(string Name, byte[] Bytes)> entries, CancellationToken cancellationToken)
    {
        var results = new List<SurveyPaper>[entries.Count];
        var errors = new InvalidInputException?[entries.Count];
        Parallel.For(0, entries.Count, new ParallelOptions { CancellationToken = cancellationToken }, i =>
        {
            var (name, bytes) = entries[i];
            try
            {
                results[i] = Parse(name, bytes);
            }
            catch (InvalidInputException e)
            {
                errors[i] = e;
            }
        });
        // The first bad file in input order is reported, whichever thread found it first.
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            throw error;
        }
        return [.. results];
    }

    private static List<SurveyPaper> Parse(string name, byte[] bytes) => Kind(name) switch
    {
        FileKind.Xml => AnthologyXmlReader.Read(new MemoryStream(bytes, writable: false), name),
        FileKind.Bibtex => BibtexPaperReader.Read(Decode(bytes), name),
        _ => JsonlPaperReader.Read(Decode(bytes), name),
    };

    private static string Decode(byte[] bytes) => new System.Text.UTF8Encoding(false).GetString(bytes).TrimStart('\uFEFF');

    private static FileKind Kind(string path)
    {
        var name = path.ToLowerInvariant();
        return name.EndsWith(".tar.xz", StringComparison.Ordinal) || name.EndsWith(".txz", StringComparison.Ordinal) ? FileKind.TarXz
            : name.EndsWith(".tar.gz", StringComparison.Ordinal) || name.EndsWith(".tgz", StringComparison.Ordinal) ? FileKind.TarGz
            : name.EndsWith(".tar", StringComparison.Ordinal) ? FileKind.Tar
            : name.EndsWith(".xml", StringComparison.Ordinal) ? FileKind.Xml
            : name.EndsWith(".bib", StringComparison.Ordinal) ? FileKind.Bibtex
            : name.EndsWith(".jsonl", StringComparison.Ordinal) ? FileKind.Jsonl
            : FileKind.Unknown;
    }

    private enum FileKind
    {
        Unknown,
        Xml,
        Bibtex,
        Jsonl,
        Tar,
        TarGz,
        TarXz,
    }
}
