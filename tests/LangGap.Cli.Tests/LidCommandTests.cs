namespace LangGap.Cli.Tests;

public class LidCommandTests
{
    [Fact]
    public async Task Lid_StdinKThree_PrintsLabelTabProbabilityLikeFastText()
    {
        var result = await CliRunner.RunAsync("Das Wetter ist heute herrlich und wir gehen an den Strand.\n", "lid", "--k", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("de\t0.999943\ten\t3.78805e-05\tals\t2.10529e-05\n", result.Out);
    }

    [Fact]
    public async Task Lid_ReferenceSentencesKThree_ByteIdenticalToFastTextPredictProb()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        var reference = Path.Combine(dir.FullName, "tests", "LangGap.Tests", "Reference", "fasttext");
        var expected = string.Concat(File.ReadLines(Path.Combine(reference, "predictions_k3.txt"))
            .Select(line => line.Replace("__label__", "", StringComparison.Ordinal).Replace(' ', '\t') + "\n"));

        var result = await CliRunner.RunAsync("", "lid", Path.Combine(reference, "sentences.txt"), "--k", "3");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public async Task Lid_FormatFastText_ByteIdenticalToFastTextPredictProb()
    {
        var reference = Path.Combine(RepositoryRoot(), "tests", "LangGap.Tests", "Reference", "fasttext");
        var expected = string.Concat(File.ReadLines(Path.Combine(reference, "predictions_k3.txt")).Select(line => line + "\n"));

        var result = await CliRunner.RunAsync(File.ReadAllText(Path.Combine(reference, "sentences.txt")), "lid", "-", "--k", "3", "--format", "fasttext");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(expected, result.Out);
    }

    [Fact]
    public async Task Lid_FormatFastText_EmptyAndUnterminatedLinesAsFastText()
    {
        // fastText 0.9.2: an empty line is predicted from its end-of-line token alone (en 0.124504); a last line
        // without a newline has no end-of-line token ("hello world" alone: en 0.205552, with a newline: en 0.176358).
        var result = await CliRunner.RunAsync("hello world\n\n   \nhello world", "lid", "--format", "fasttext");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("__label__en 0.176358\n__label__en 0.124504\n__label__en 0.124504\n__label__en 0.205552\n", result.Out);
    }

    [Fact]
    public async Task Lid_StdinLongerThanOneBlock_EveryLineInOrder()
    {
        var lines = Enumerable.Range(0, 100_000).Select(i => i % 2 == 0 ? $"Das ist Satz Nummer {i}." : $"Ceci est la phrase {i}.").ToList();
        Assert.True(lines.Sum(l => l.Length + 1) > 2 * LangGap.Cli.Commands.Lid.LidStreamer.BlockBytes);

        var result = await CliRunner.RunAsync(string.Join('\n', lines) + "\n", "lid", "--threads", "2");

        Assert.Equal(0, result.ExitCode);
        var labels = result.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]).ToList();
        Assert.Equal(lines.Count, labels.Count);
        Assert.Equal(Enumerable.Range(0, lines.Count).Select(i => i % 2 == 0 ? "de" : "fr"), labels);
    }

    [Fact]
    public async Task Lid_InvalidUtf8_ExitTwoNamingLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-lid-{Guid.NewGuid():N}.txt");
        await File.WriteAllBytesAsync(path, [.. "Hallo Welt\n"u8, 0xC3, 0x28, (byte)'\n']);

        var result = await CliRunner.RunAsync("", "lid", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains($"{path}:2", result.Error);
    }

    private static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (!File.Exists(Path.Combine(dir!.FullName, "LangGap.slnx")))
        {
            dir = dir.Parent;
        }
        return dir.FullName;
    }

    [Fact]
    public async Task Lid_EmptyLine_GivesEmptyOutputLine()
    {
        var result = await CliRunner.RunAsync("Bonjour tout le monde\n\nHello world, how are you?\n", "lid");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.Split('\n');
        Assert.Equal(4, lines.Length);
        Assert.StartsWith("fr\t", lines[0]);
        Assert.Equal("", lines[1]);
        Assert.StartsWith("en\t", lines[2]);
    }

    [Fact]
    public async Task Lid_File_OneOutputLinePerInputLine()
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-lid-{Guid.NewGuid():N}.txt");
        await File.WriteAllTextAsync(path, "Das ist ein Haus.\nC'est une maison.\nЭто дом.\n");

        var result = await CliRunner.RunAsync("", "lid", path, "--threads", "1");

        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Equal(["de", "fr", "ru"], result.Out.TrimEnd('\n').Split('\n').Select(l => l.Split('\t')[0]));
    }

    [Fact]
    public async Task Lid_Json_OneObjectPerLine()
    {
        var result = await CliRunner.RunAsync("Bonjour tout le monde\n", "lid", "--format", "json", "--k", "2");

        Assert.Equal(0, result.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(result.Out.Trim());
        Assert.Equal(1, json.RootElement.GetProperty("line").GetInt32());
        Assert.Equal(2, json.RootElement.GetProperty("predictions").GetArrayLength());
        Assert.Equal("fr", json.RootElement.GetProperty("predictions")[0].GetProperty("label").GetString());
    }

    [Fact]
    public async Task Lid_Mix_PrintsDominantSharesAndSpans()
    {
        var result = await CliRunner.RunAsync("The meeting is tomorrow. Der Termin ist morgen um zehn Uhr, bitte pünktlich sein.\n", "lid", "--mix");

        Assert.Equal(0, result.ExitCode);
        Assert.Equal("de\tde:0.7143,en:0.2857\ten[0,4) de[4,14)\n", result.Out);
    }

    [Theory]
    [InlineData("--k", "0", "--k")]
    [InlineData("--threshold", "1.5", "--threshold")]
    [InlineData("--format", "xml", "--format")]
    [InlineData("--threads", "0", "--threads")]
    public async Task Lid_BadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        var result = await CliRunner.RunAsync("hello\n", "lid", option, value);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(named, result.Error);
    }

    [Fact]
    public async Task Lid_ModelNotFastText_ExitsTwoNamingTheFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"langgap-notamodel-{Guid.NewGuid():N}.bin");
        await File.WriteAllTextAsync(path, "not a model");

        var result = await CliRunner.RunAsync("hello\n", "lid", "--model", path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains(path, result.Error);
    }

    [Fact]
    public async Task Lid_MissingInputFile_ExitsTwo()
    {
        var result = await CliRunner.RunAsync("", "lid", "/no/such/file.txt");

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("/no/such/file.txt", result.Error);
    }
}
