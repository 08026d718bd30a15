using LangGap.Torch.Checkpoints;
using LangGap.Torch.Training;

namespace LangGap.Torch.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class ByteLevelTokenizerTests
{
    [Fact]
    public void Encode_MultilingualTextWithChatMarkers_BytesAndSpecialIdsRoundTrip()
    {
        // Arrange
        var path = Path.Combine(Path.GetTempPath(), $"langgap-bytes-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using var tokenizer = HfTokenizer.Load(path);
        File.Delete(path);
        const string text = "Jambo 世界 నమస్తే";

        // Act
        var ids = tokenizer.Encode("<|user|>" + text + "<|assistant|>");

        // Assert
        Assert.Equal(256, ids[0]);
        Assert.Equal(257, ids[^1]);
        Assert.Equal(System.Text.Encoding.UTF8.GetBytes(text).Select(b => (int)b), ids[1..^1]);
        Assert.Equal(text, tokenizer.Decode(ids));
    }
}
