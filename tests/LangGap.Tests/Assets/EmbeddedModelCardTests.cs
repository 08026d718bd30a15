using System.Globalization;
using System.Security.Cryptography;
using System.Text.RegularExpressions;

namespace LangGap.Tests.Assets;

/// <summary>The embedded model's card states the size and sha256 of the shipped weights; these tests hold it to them.</summary>
public sealed partial class EmbeddedModelCardTests
{
    private static string ModelDirectory => Path.Combine(ReferenceData.RepositoryRoot, "assets", "embedded", "model");

    private static string Card => File.ReadAllText(Path.Combine(ReferenceData.RepositoryRoot, "assets", "embedded", "MODEL-CARD.md"));

    [Fact]
    public async Task ShippedWeights_HashAndSize_MatchTheCard()
    {
        // Arrange
        var match = WeightsLine().Match(Card);
        Assert.True(match.Success, "MODEL-CARD.md must state the weights as `model.safetensors` (float32, N bytes, sha256 `…`).");
        var weights = Path.Combine(ModelDirectory, "model.safetensors");

        // Act
        await using var stream = File.OpenRead(weights);
        var hash = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream));

        // Assert
        Assert.Equal(long.Parse(match.Groups["size"].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture), new FileInfo(weights).Length);
        Assert.Equal(match.Groups["sha"].Value, hash);
    }

    [Fact]
    public void Card_RetrainCommand_WritesTheShippedFolderFromTheCommittedCorpus()
    {
        Assert.Contains("./langgap train-embedded --corpus assets/embedded/corpus --out assets/embedded/model --steps 2000 --seed 1234", Card, StringComparison.Ordinal);
    }

    [GeneratedRegex("`model\\.safetensors` \\(float32, (?<size>[0-9,]+) bytes, sha256 `(?<sha>[0-9a-f]{64})`\\)")]
    private static partial Regex WeightsLine();
}
