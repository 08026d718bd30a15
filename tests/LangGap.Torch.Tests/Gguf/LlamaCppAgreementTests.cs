using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Gguf;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Gguf;

/// <summary>The converted embedded model in llama.cpp (node-llama-cpp's prebuilt CPU engine) decodes greedily the same
/// tokens as LangGap; LangGap also returns the end-of-sequence id, llama.cpp stops before it.</summary>
[Collection(TorchCollection.Name)]
public sealed class LlamaCppAgreementTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"langgap-agree-{Guid.NewGuid():N}.gguf");

    public void Dispose() => File.Delete(_path);

    [NodeLlamaCppFact]
    public void EmbeddedModel_GreedyTokens_EqualLlamaCpps()
    {
        using var model = ModelSource.Load(ModelSource.EmbeddedName);
        GgufConverter.Convert(model, ModelSource.EmbeddedDirectory, _path, GgufPrecision.Float32);
        var template = new EmbeddedChatTemplate();
        var prompts = new[] { "Tell me about the sea.", "Wie heißt die Hauptstadt von Frankreich?", "Translate to Swahili: good morning", "¿Cuánto es 7 + 5?" }
            .Select(p => model.RequireTokenizer().Encode(template.Render([new ChatMessage(ChatRole.User, p)])))
            .ToArray();
        var generator = new TextGenerator(model);
        var eos = model.EosTokenIds;

        int[] limits = [32, 64, 96, 128];

        var llamaCpp = NodeLlamaCpp.Generate(_path, prompts, limits);

        for (var i = 0; i < prompts.Length; i++)
        {
            var ours = generator.Generate(prompts[i], new SamplingOptions { Greedy = true, MaxNewTokens = limits[i] }).Ids.ToArray();
            var theirs = llamaCpp[i];
            var expected = ours.Length > 0 && eos.Contains(ours[^1]) ? ours[..^1] : ours;
            Assert.NotEmpty(expected);
            Assert.Equal(expected, theirs);
        }
    }
}
