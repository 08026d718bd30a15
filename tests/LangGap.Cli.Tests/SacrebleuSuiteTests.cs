using System.Globalization;
using System.Text;
using System.Text.Json;

namespace LangGap.Cli.Tests;

/// <summary>
/// sacrebleu's own test cases (test_bleu, test_chrf, test_ter, test_sentence_bleu), run through <c>langgap score</c>:
/// the inputs and expected values of sacrebleu 2.6's test suite, to the tolerance each of its files states.
/// </summary>
/// <remarks>
/// sacrebleu's API calls map to command lines: <c>raw_corpus_bleu(h, r, v)</c> is
/// <c>--tokenize none --smooth-method floor --smooth-value v --effective-order</c>; <c>corpus_chrf(…, beta=3,
/// eps_smoothing=True)</c> is <c>--metric chrf --chrf-beta 3 --chrf-eps-smoothing</c>; <c>sentence_bleu</c> is the
/// segment score of <c>--sentence</c>. Cases marked "new" needed options the CLI did not have before; the others
/// could be run before and are kept to show they are exact too.
/// </remarks>
public sealed class SacrebleuSuiteTests : IDisposable
{
    private static readonly string[] RawBleu = ["--metric", "bleu", "--tokenize", "none", "--smooth-method", "floor", "--smooth-value", "0.01", "--effective-order"];
    private static readonly string[] ChrFBeta3 = ["--metric", "chrf", "--chrf-char-order", "6", "--chrf-word-order", "0", "--chrf-beta", "3"];

    // test_bleu.py's README example: three hypotheses, two reference streams.
    private static readonly string[] Hyps = ["The dog bit the man.", "It wasn't surprising.", "The man had just bitten him."];
    private static readonly string[][] Refs =
    [
        ["The dog bit the man.", "It was not unexpected.", "The man bit him first."],
        ["The dog had bit the man.", "No one was surprised.", "The man had bitten the dog."],
    ];

    // test_sentence_bleu.py's examples (sacrebleu issues #98 and #141).
    private const string SentenceRef = "producţia de zahăr brut se exprimă în zahăr alb;";
    private const string SentenceSys = "Producția de zahăr primă va fi exprimată în ceea ce privește zahărul alb;";

    private readonly string _folder = Directory.CreateTempSubdirectory("langgap-sacrebleu-").FullName;
    private int _files;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    // ---------- test_bleu.py ----------

    [Theory] // test_raw_bleu (new: floor smoothing value, tokenize none, effective order)
    [InlineData(new[] { "this is a test", "another test" }, new[] { "ref1", "ref2" }, 0.0)]
    [InlineData(new[] { "this is a test" }, new[] { "this is a test" }, 1.0)]
    [InlineData(new[] { "this is a fest" }, new[] { "this is a test" }, 0.223606797749979)]
    public async Task RawBleu_MatchesSacrebleu(string[] hypotheses, string[] reference, double expected)
    {
        var score = await CorpusAsync(hypotheses, [reference], RawBleu);

        Assert.Equal(expected, score / 100, 1e-8);
    }

    [Theory] // test_effective_order (new)
    [InlineData("test", "a test", 0.3678794411714425)]
    [InlineData("a test", "a test", 1.0)]
    [InlineData("a little test", "a test", 0.03218297948685433)]
    public async Task EffectiveOrder_MatchesSacrebleu(string hypothesis, string reference, double expected)
    {
        var score = await CorpusAsync([hypothesis], [[reference]], RawBleu);

        Assert.Equal(expected, score / 100, 1e-8);
    }

    [Theory] // test_corpus_bleu (smooth_method none is new; the other five ran before)
    [InlineData(false, new string[0], 48.530827)]
    [InlineData(true, new string[0], 0.0)]
    [InlineData(false, new[] { "--tokenize", "none" }, 49.1919566)]
    [InlineData(false, new[] { "--tokenize", "13a" }, 48.530827)]
    [InlineData(false, new[] { "--tokenize", "intl" }, 43.91623493)]
    [InlineData(false, new[] { "--smooth-method", "none" }, 48.530827)]
    public async Task CorpusBleu_MatchesSacrebleu(bool emptyHypotheses, string[] options, double expected)
    {
        var score = await CorpusAsync(emptyHypotheses ? ["", "", ""] : Hyps, Refs, ["--metric", "bleu", .. options]);

        Assert.Equal(expected, score, 1e-8);
    }

    [Theory] // test_offset (new): floor smoothing with value 0, with sacrebleu's default value (None), and with no value given
    [InlineData(new[] { "--smooth-value", "0.0" }, 0.0)]
    [InlineData(new string[0], 0.1555722182)]
    public async Task Offset_MatchesSacrebleu(string[] smoothValue, double expected)
    {
        string[] raw = ["--metric", "bleu", "--tokenize", "none", "--smooth-method", "floor", "--effective-order", .. smoothValue];

        var score = await CorpusAsync(["am I am a character sequence"], [["I am a symbol string sequence a a"]], raw);

        Assert.Equal(expected, score / 100, 1e-8);
    }

    [Theory] // test_max_ngram_order (new, except order 4, the default)
    [InlineData(1, "77.65")]
    [InlineData(2, "60.50")]
    [InlineData(3, "53.93")]
    [InlineData(4, "48.53")]
    [InlineData(5, "46.14")]
    [InlineData(6, "43.28")]
    public async Task MaxNgramOrder_MatchesSacrebleu(int order, string expected)
    {
        var score = await CorpusAsync(Hyps, Refs, ["--metric", "bleu", "--max-ngram-order", order.ToString(CultureInfo.InvariantCulture)]);

        Assert.Equal(expected, score.ToString("F2", CultureInfo.InvariantCulture));
    }

    // ---------- test_chrf.py (all new: β = 3, epsilon smoothing, white space) ----------

    [Theory] // test_chrf_sentence_level: sentence_chrf(…, eps_smoothing=True)
    [InlineData("Co nás nejvíc trápí, protože lékaři si vybírají, kdo bude žít a kdo zemře.", "Nejvíce smutní jsme z toho, že musíme rozhodovat o tom, kdo bude žít a kdo zemře.", 39.14078509)]
    [InlineData("Nebo prostě nemají vybavení, které by jim pomohlo, uvedli lékaři.", "A někdy nemáme ani potřebný materiál, abychom jim pomohli, popsali lékaři.", 31.22557079)]
    [InlineData("Lapali po dechu, jejich životy skončily dřív, než skutečně začaly.", "Lapali po dechu a pak jejich život skončil - dřív, než skutečně mohl začít, připomněli.", 57.15704367)]
    public async Task ChrFSentenceLevel_MatchesSacrebleu(string hypothesis, string reference, double expected)
    {
        var segment = await SegmentAsync(hypothesis, reference, "--metric", "chrf", "--chrf-eps-smoothing");

        Assert.Equal(expected, segment.Score, 1e-4);
    }

    [Theory] // test_chrf: β = 3 with epsilon smoothing
    [InlineData(new[] { "abcdefg" }, new[] { "hijklmnop" }, 0.0)]
    [InlineData(new[] { "a" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "b" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "ref" }, 0.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 8.3333)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 8.3333)]
    [InlineData(new[] { "a" }, new[] { "a" }, 16.6667)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 50.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 50.0)]
    [InlineData(new[] { " risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists ." },
        new[] { "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists ." }, 63.361730)]
    [InlineData(new[] { " Die    Beziehung zwischen  Obama und Netanjahu ist nicht gerade  freundlich. " },
        new[] { "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich." }, 64.1302698)]
    [InlineData(new[] { "Niemand hat die Absicht, eine Mauer zu errichten" }, new[] { "Niemand hat die Absicht, eine Mauer zu errichten" }, 100.0)]
    public async Task ChrFEpsSmoothing_MatchesSacrebleu(string[] hypotheses, string[] reference, double expected)
    {
        var score = await CorpusAsync(hypotheses, [reference], [.. ChrFBeta3, "--chrf-eps-smoothing"]);

        Assert.Equal(expected, score, 1e-4);
    }

    [Theory] // test_chrf_eff_order: β = 3, effective-order averaging (sacrebleu's default)
    [InlineData(new[] { "a" }, new[] { "a" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "reference" }, 0.0)]
    [InlineData(new[] { "a b c" }, new[] { "a b c" }, 100.0)]
    [InlineData(new[] { "a b c" }, new[] { "abc" }, 100.0)]
    [InlineData(new[] { "" }, new[] { "c" }, 0.0)]
    [InlineData(new[] { "a", "b" }, new[] { "a", "c" }, 50.0)]
    [InlineData(new[] { "aa" }, new[] { "ab" }, 25.0)]
    public async Task ChrFEffectiveOrder_MatchesSacrebleu(string[] hypotheses, string[] reference, double expected)
    {
        var score = await CorpusAsync(hypotheses, [reference], ChrFBeta3);

        Assert.Equal(expected, score, 1e-4);
    }

    [Theory] // test_chrf_keep_whitespace: β = 3, white space kept
    [InlineData("Die Beziehung zwischen Obama und Netanjahu ist nicht gerade freundlich.",
        "Das Verhältnis zwischen Obama und Netanyahu ist nicht gerade freundschaftlich.", 67.3481606)]
    [InlineData("risk assessment must be made of those who are qualified and expertise in the sector - these are the scientists .",
        "risk assessment has to be undertaken by those who are qualified and expert in that area - that is the scientists .", 65.2414427)]
    public async Task ChrFKeepWhitespace_MatchesSacrebleu(string hypothesis, string reference, double expected)
    {
        var score = await CorpusAsync([hypothesis], [[reference]], [.. ChrFBeta3, "--chrf-whitespace"]);

        Assert.Equal(expected, score, 1e-4);
    }

    // ---------- test_ter.py (ran before; default settings) ----------

    [Theory]
    [InlineData(new[] { "aaaa bbbb cccc dddd" }, new[] { "aaaa bbbb cccc dddd" }, 0.0)]
    [InlineData(new[] { "dddd eeee ffff" }, new[] { "aaaa bbbb cccc" }, 1.0)]
    [InlineData(new[] { "" }, new[] { "a" }, 1.0)]
    [InlineData(new[] { "a" }, new[] { "" }, 1.0)]
    [InlineData(new[] { "" }, new[] { "" }, 0.0)]
    [InlineData(new[] { "d e f g h a b c" }, new[] { "a b c d e f g h" }, 0.125)]
    [InlineData(new[]
    {
        "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit das Bild ungefähr dieselbe Größe aufweist wie die andere Größe .",
        "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
        "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie Werte für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" ein .",
        "Sie können beispielsweise ein Dokument erstellen , das ein Auto über die Bühne enthält .",
        "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
    }, new[]
    {
        "wählen Sie \" Bild neu berechnen , \" um beim Ändern der Bildgröße Pixel hinzuzufügen oder zu entfernen , damit die Darstellung des Bildes in einer anderen Größe beibehalten wird .",
        "wenn Sie alle Aufgaben im aktuellen Dokument aktualisieren möchten , wählen Sie im Menü des Aufgabenbedienfelds die Option \" Alle Aufgaben aktualisieren . \"",
        "klicken Sie auf der Registerkarte \" Optionen \" auf die Schaltfläche \" Benutzerdefiniert \" und geben Sie für \" Fehlerkorrektur-Level \" und \" Y / X-Verhältnis \" niedrigere Werte ein .",
        "Sie können beispielsweise ein Dokument erstellen , das ein Auto enthalt , das sich über die Bühne bewegt .",
        "wählen Sie im Dialogfeld \" Neu aus Vorlage \" eine Vorlage aus und klicken Sie auf \" Neu . \"",
    }, 0.136)]
    public async Task Ter_MatchesSacrebleu(string[] hypotheses, string[] reference, double expected)
    {
        var score = await CorpusAsync(hypotheses, [reference], ["--metric", "ter"]);

        Assert.Equal(100 * expected, score, 1e-3);
    }

    // ---------- test_sentence_bleu.py (smoothing cases are new; exp with any tokenizer ran before) ----------

    [Theory] // test_compat_sentence_bleu and test_api_sentence_bleu share these cases
    [InlineData("exp", null, false, "13a", 8.493)]
    [InlineData("none", null, false, "13a", 0.0)]
    [InlineData("floor", null, false, "13a", 4.51688)]
    [InlineData("floor", "0.1", false, "13a", 4.51688)]
    [InlineData("floor", "0.5", false, "13a", 10.10)]
    [InlineData("add-k", null, false, "13a", 14.882)]
    [InlineData("add-k", "1", false, "13a", 14.882)]
    [InlineData("add-k", "2", false, "13a", 21.389)]
    [InlineData("exp", null, false, "none", 7.347)]
    [InlineData("exp", null, false, "intl", 8.493)]
    [InlineData("exp", null, false, "char", 40.8759)]
    [InlineData("exp", null, true, "char", 42.0267)]
    public async Task SentenceBleu_MatchesSacrebleu(string method, string? value, bool lowercase, string tokenize, double expected)
    {
        var segment = await SegmentAsync(SentenceSys, SentenceRef, BleuOptions(method, value, lowercase, tokenize));

        Assert.Equal(expected, segment.Score, 1e-3);
        Assert.Contains("|eff:yes|", segment.Signature);
    }

    [Theory] // test_api_sentence_bleu_zero
    [InlineData("exp", null)]
    [InlineData("none", null)]
    [InlineData("floor", null)]
    [InlineData("floor", "0.1")]
    [InlineData("add-k", null)]
    [InlineData("add-k", "1")]
    public async Task SentenceBleu_NoMatchingUnigram_IsZero(string method, string? value)
    {
        var segment = await SegmentAsync("this is a cat", "okay thanks", BleuOptions(method, value, false, "13a"));

        Assert.Equal(0.0, segment.Score, 1e-3);
    }

    private static string[] BleuOptions(string method, string? value, bool lowercase, string tokenize)
    {
        var options = new List<string> { "--metric", "bleu", "--smooth-method", method, "--tokenize", tokenize };
        if (value is not null)
        {
            options.AddRange(["--smooth-value", value]);
        }
        if (lowercase)
        {
            options.Add("--lowercase");
        }
        return [.. options];
    }

    private async Task<double> CorpusAsync(string[] hypotheses, string[][] references, string[] options)
    {
        var result = await RunAsync(hypotheses, references, options);
        return result.GetProperty("score").GetDouble();
    }

    private async Task<(double Score, string Signature)> SegmentAsync(string hypothesis, string reference, params string[] options)
    {
        var result = await RunAsync([hypothesis], [[reference]], [.. options, "--sentence"]);
        var segment = Assert.Single(result.GetProperty("segments").EnumerateArray().ToArray());
        return (segment.GetProperty("score").GetDouble(), segment.GetProperty("signature").GetString()!);
    }

    private async Task<JsonElement> RunAsync(string[] hypotheses, string[][] references, string[] options)
    {
        var args = new List<string> { "score", "--hyp", Write(hypotheses) };
        foreach (var reference in references)
        {
            args.AddRange(["--ref", Write(reference)]);
        }
        args.AddRange(options);
        args.AddRange(["--format", "json"]);

        var run = await CliRunner.RunAsync("", [.. args]);

        Assert.True(run.ExitCode == 0, run.Error);
        using var json = JsonDocument.Parse(run.Out);
        return Assert.Single(json.RootElement.GetProperty("results").EnumerateArray().ToArray()).Clone();
    }

    private string Write(string[] lines)
    {
        var path = Path.Combine(_folder, $"{++_files}.txt");
        File.WriteAllText(path, string.Concat(lines.Select(l => l + "\n")), new UTF8Encoding(false));
        return path;
    }
}
