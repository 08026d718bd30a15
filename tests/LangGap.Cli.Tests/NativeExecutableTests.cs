using System.Diagnostics;
using System.Text;

namespace LangGap.Cli.Tests;

/// <summary>
/// The natively compiled executable (<c>src/LangGap.Cli.Native</c>, which <c>./langgap</c> runs for score, compare,
/// significance, lid and languages) prints what <c>langgap</c> prints: same standard output, same errors, same exit code.
/// </summary>
public sealed class NativeExecutableTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-native-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    [Fact]
    public void StandaloneCatalog_BuildsTheCommandsItNames_AsTheFullCatalogDoes()
    {
        var console = new CliConsole(Stream.Null, TextWriter.Null, TextWriter.Null);
        var standalone = StandaloneCatalog.Create(console).ToList();
        var full = CommandCatalog.Create(console).ToDictionary(c => c.Name);

        Assert.Equal(StandaloneCatalog.Names, standalone.Select(c => c.Name));
        foreach (var command in standalone)
        {
            Assert.True(full.TryGetValue(command.Name, out var same), $"'{command.Name}' is not a langgap command.");
            Assert.Equal(same.Options.Select(o => o.Name), command.Options.Select(o => o.Name));
            Assert.Equal(same.Description, command.Description);
        }
    }

    [NativeExecutableFact]
    public async Task NativeExecutable_PrintsWhatLanggapPrints()
    {
        var reference = Write("ref.txt", "The cat is sitting on the mat.\nIt rained all day in the city.\nDas ist gut.\n");
        var a = Write("a.txt", "The cat sat on the mat.\nIt rained the whole day in town.\nDas ist gut.\n");
        var b = Write("b.txt", "A cat is on a mat.\nAll day it rained in the city.\nDas ist sehr gut.\n");
        var scoresA = Write("sa.jsonl", string.Concat(Enumerable.Range(0, 12).Select(i => $"{{\"id\":\"p{i}\",\"score\":{i % 3}}}\n")));
        var scoresB = Write("sb.jsonl", string.Concat(Enumerable.Range(0, 12).Select(i => $"{{\"id\":\"p{i}\",\"score\":{(i + 1) % 3}}}\n")));
        const string Text = "Das Wetter ist heute herrlich und wir gehen an den Strand.\nhello world\n\n   \nLa vie est belle, mais le temps passe vite.\nहम कल सुबह बाज़ार जाएंगे और फल खरीदेंगे।\n";
        string[][] commands =
        [
            ["score", "-r", reference, "-i", a, b, "-m", "bleu", "chrf", "ter"],
            ["score", "-r", reference, "-i", a, "-m", "bleu", "chrf", "--format", "json", "--sentence"],
            ["score", "-r", reference, "-i", a, "-m", "chrf", "--chrf-word-order", "2", "--lowercase", "--confidence", "--confidence-n", "50"],
            ["compare", "-r", reference, "--hyp", a, "--hyp", b, "-m", "bleu", "chrf", "--paired-bs", "--resamples", "200"],
            ["compare", "-r", reference, "--hyp", a, "--hyp", b, "-m", "bleu", "--paired-ar", "--resamples", "500", "--format", "json"],
            ["significance", "--a", scoresA, "--b", scoresB, "--resamples", "300"],
            ["lid", "--k", "3"],
            ["lid", "--format", "json"],
            ["lid", "--format", "fasttext", "--threads", "2"],
            ["lid", "--mix", "--format", "json"],
            ["languages"],
            ["score", "-r", reference, "-i", Write("short.txt", "one line\n")],
            ["score", "-r", reference, "-i", a, "--ter-normalised"],
            ["lid", "--format", "yaml"],
        ];

        foreach (var args in commands)
        {
            var ours = await CliRunner.RunAsync(Text, args);
            var native = await RunNativeAsync(Text, args);

            var line = string.Join(' ', args.Select(x => x.StartsWith(_folder, StringComparison.Ordinal) ? Path.GetFileName(x) : x));
            Assert.True(ours.ExitCode == native.ExitCode, $"{line}: exit {native.ExitCode}, langgap {ours.ExitCode}; {native.Error}");
            Assert.True(ours.Out == native.Out, $"{line}: standard output differs:\n{native.Out}\n---\n{ours.Out}");
            Assert.True(ours.Error == native.Error, $"{line}: errors differ:\n{native.Error}\n---\n{ours.Error}");
        }
    }

    private static async Task<CliResult> RunNativeAsync(string stdin, string[] args)
    {
        var start = new ProcessStartInfo(NativeExecutable.Path!)
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = new UTF8Encoding(false),
            StandardErrorEncoding = new UTF8Encoding(false),
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var bytes = new UTF8Encoding(false).GetBytes(stdin);
        await process.StandardInput.BaseStream.WriteAsync(bytes);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        return new CliResult(process.ExitCode, await output, await error);
    }
}

/// <summary>Where the native executable is, when it is built and newer than every source it is compiled from.</summary>
internal static class NativeExecutable
{
    public static string? Path { get; } = Reason() is null ? Located : null;

    public static string? Missing { get; } = Path is null ? Reason() : null;

    private static string Located => System.IO.Path.Combine(LangGap.Tests.ReferenceData.RepositoryRoot, "src", "LangGap.Cli.Native", "bin", "Release", "native", "LangGap.Cli.Native");

    private static string? Reason()
    {
        var path = Located;
        if (!File.Exists(path))
        {
            return "the native executable is not built (./langgap languages builds it when clang is installed; .ci/run does this first)";
        }
        var built = File.GetLastWriteTimeUtc(path);
        var root = LangGap.Tests.ReferenceData.RepositoryRoot;
        var newer = new[] { "src/LangGap", "src/LangGap.Cli", "src/LangGap.Cli.Native" }
            .SelectMany(d => Directory.EnumerateFiles(System.IO.Path.Combine(root, d), "*.cs", SearchOption.AllDirectories))
            .Where(f => !f.Contains("/obj/", StringComparison.Ordinal) && !f.Contains("/bin/", StringComparison.Ordinal))
            .FirstOrDefault(f => File.GetLastWriteTimeUtc(f) > built);
        return newer is null ? null : $"the native executable is older than {System.IO.Path.GetRelativePath(root, newer)} (./langgap languages rebuilds it)";
    }
}

/// <summary>Runs only when the native executable is built and up to date.</summary>
public sealed class NativeExecutableFactAttribute : FactAttribute
{
    /// <summary>Skips with the reason the native executable cannot be compared.</summary>
    public NativeExecutableFactAttribute()
    {
        if (NativeExecutable.Missing is { } missing)
        {
            Skip = missing;
        }
    }
}
