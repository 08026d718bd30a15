using LangGap.Torch.Checkpoints;

namespace LangGap.Torch.Tests.Checkpoints;

[Collection(TorchCollection.Name)]
public sealed class HfTokenizerParityTests
{
    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var name in new[] { "bytelevel-bpe", "split-bytelevel-bpe", "metaspace-bpe-bytefallback" })
        {
            var count = HfTiny.Json(Path.Combine("tokenizers", name))["cases"]!.AsArray().Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(name, i);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void EncodeDecode_ReferenceCase_IdsTokensAndTextMatchHuggingFace(string name, int index)
    {
        // Arrange
        var folder = Path.Combine("tokenizers", name);
        var reference = HfTiny.Json(folder)["cases"]![index]!;
        using var tokenizer = HfTokenizer.Load(Path.Combine(HfTiny.Dir(folder), "tokenizer.json"));
        var text = reference["text"]!.GetValue<string>();

        // Act
        var ids = tokenizer.Encode(text);
        var tokens = ids.Select(tokenizer.TokenOf).ToArray();
        var decoded = tokenizer.Decode(ids);

        // Assert
        Assert.Equal(HfTiny.Ids(reference["ids"]!).Select(i => (int)i), ids);
        Assert.Equal(reference["tokens"]!.AsArray().Select(t => t!.GetValue<string>()), tokens);
        Assert.Equal(reference["decoded"]!.GetValue<string>(), decoded);
    }
}
