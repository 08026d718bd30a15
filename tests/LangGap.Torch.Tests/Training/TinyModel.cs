using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;
using LangGap.Torch.Training.Data;
using Microsoft.Extensions.AI;

namespace LangGap.Torch.Tests.Training;

/// <summary>A tiny randomly initialised byte-level chat model written to a temporary folder, and small datasets for it.</summary>
internal static class TinyModel
{
    public static string CreateFolder(long seed = 5)
    {
        var directory = Path.Combine(Path.GetTempPath(), "langgap-tiny-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var tokenizerPath = Path.Combine(directory, "tokenizer.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using var model = new CausalLM(EmbeddedModelRecipe.TinyConfig);
        NextTokenTrainer.Initialize(model, std: 0.2, seed: seed);
        TrainingCheckpoint.SaveModel(directory, model, tokenizerPath);
        return directory;
    }

    public static string TempFolder() => Path.Combine(Path.GetTempPath(), "langgap-run-" + Guid.NewGuid().ToString("N"));

    public static TrainingDataset Prompts() => TrainingDataset.From(TrainingDataKind.PromptOnly,
        new[] { "Hallo", "Habari", "Bonjour", "Hola" }.Select((p, i) => Record(i, p)).ToArray());

    public static TrainingDataset Pairs() => TrainingDataset.From(TrainingDataKind.Preference,
        new[] { "Hallo", "Habari", "Bonjour" }.Select((p, i) => Record(i, p) with { Chosen = p + " rafiki", Rejected = "x" }).ToArray());

    public static TrainingDataset Completions() => TrainingDataset.From(TrainingDataKind.PromptCompletion,
        new[] { "Hallo", "Habari", "Bonjour" }.Select((p, i) => Record(i, p) with { Completion = p + "!" }).ToArray());

    private static TrainingRecord Record(int i, string prompt) => new()
    {
        Source = $"test:{i + 1}", Conversational = true, Prompt = [new ChatMessage(ChatRole.User, prompt)],
    };

    public static void Delete(params string[] folders)
    {
        foreach (var folder in folders)
        {
            if (Directory.Exists(folder))
            {
                Directory.Delete(folder, recursive: true);
            }
        }
    }
}
