using LangGap.Torch.Checkpoints;
using LangGap.Torch.Modules;
using LangGap.Torch.Training;

namespace LangGap.Cli.Tests;

/// <summary>A tiny random byte-level chat model in a temporary folder, for commands that need a local model.</summary>
internal static class TinyModelFolder
{
    /// <summary>Writes a tiny model initialised from <paramref name="seed"/> to <paramref name="directory"/> (a new temporary folder by default), replacing what is there.</summary>
    public static string Create(string? directory = null, int seed = 3)
    {
        directory ??= TempPath("langgap-cli-tiny-");
        Directory.CreateDirectory(directory);
        var tokenizerPath = Path.Combine(directory, "tokenizer.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(EmbeddedModelRecipe.SpecialTokens));
        using var model = new CausalLM(EmbeddedModelRecipe.TinyConfig);
        NextTokenTrainer.Initialize(model, std: 0.2, seed: seed);
        TrainingCheckpoint.SaveModel(directory, model, tokenizerPath);
        return directory;
    }

    public static string TempPath(string prefix) => Path.Combine(Path.GetTempPath(), prefix + Guid.NewGuid().ToString("N"));

    public static void Delete(params string[] paths)
    {
        foreach (var path in paths)
        {
            if (Directory.Exists(path))
            {
                Directory.Delete(path, recursive: true);
            }
            else if (File.Exists(path))
            {
                File.Delete(path);
            }
        }
    }
}
