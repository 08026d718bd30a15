using System.Text;

namespace LangGap.Cli.Tests;

public sealed class LidNormalizationTests
{
    // "Tamil is spoken in Chennai" with ऴ (U+0934), and फ़ typed precomposed (U+095E): NFC and NFD spell both differently.
    private const string Hindi = "चेन्नई में तमि\u0934 बोली जाती है और लोग \u095Eिल्में देखते हैं।";

    [Fact]
    public async Task Lid_NfcAndNfdHindi_PrintTheSamePredictions()
    {
        var nfc = Hindi.Normalize(NormalizationForm.FormC);
        var nfd = Hindi.Normalize(NormalizationForm.FormD);
        Assert.NotEqual(nfc, nfd);

        var result = await CliRunner.RunAsync($"{Hindi}\n{nfc}\n{nfd}\n", "lid", "--k", "3");

        Assert.Equal(0, result.ExitCode);
        var lines = result.Out.TrimEnd('\n').Split('\n');
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("hi\t", lines[0]);
        Assert.Equal(lines[1], lines[0]);
        Assert.Equal(lines[2], lines[0]);
    }
}
