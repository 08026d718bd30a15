using System.Diagnostics;
using LangGap.Torch.Checkpoints;
using LangGap.Torch.Generation;
using LangGap.Torch.Modules;

namespace LangGap.Torch.Training;

/// <summary>The recipe of LangGap's embedded model: a byte-level tokenizer, a small Llama-layout network and
/// next-token training on the multilingual corpus in <c>assets/embedded/corpus</c>.</summary>
public static class EmbeddedModelRecipe
{
    /// <summary>Special tokens after the 256 bytes: the chat markers and padding.</summary>
    public static IReadOnlyList<string> SpecialTokens { get; } =
        [EmbeddedChatTemplate.User, EmbeddedChatTemplate.Assistant, EmbeddedChatTemplate.End, "<pad>"];

    /// <summary>The network of the shipped model (1,624,512 parameters, 6.5 MB in float32).</summary>
    public static TransformerConfig DefaultConfig { get; } = new()
    {
        Architecture = Architecture.Llama,
        VocabSize = 256 + SpecialTokens.Count,
        HiddenSize = 192,
        IntermediateSize = 512,
        NumLayers = 4,
        NumHeads = 6,
        NumKeyValueHeads = 2,
        HeadDim = 32,
        NormEps = 1e-5,
        RopeTheta = 10000,
        MaxPositionEmbeddings = 1024,
        TieWordEmbeddings = true,
        EosTokenIds = [256 + 2],
        PadTokenId = 256 + 3,
    };

    /// <summary>A far smaller network for tests.</summary>
    public static TransformerConfig TinyConfig { get; } = DefaultConfig with
    {
        HiddenSize = 32, IntermediateSize = 64, NumLayers = 1, NumHeads = 2, NumKeyValueHeads = 1, HeadDim = 16,
    };

    /// <summary>Reads every <c>*.txt</c> in <paramref name="corpusDirectory"/> (the file name is the language code) and
    /// tokenizes it with <paramref name="tokenizer"/>.</summary>
    public static TokenCorpus ReadCorpus(string corpusDirectory, HfTokenizer tokenizer, double heldOutFraction = 0.05)
    {
        ArgumentNullException.ThrowIfNull(tokenizer);
        if (!Directory.Exists(corpusDirectory))
        {
            throw new InvalidInputException($"{corpusDirectory}: corpus folder not found.");
        }
        var files = Directory.GetFiles(corpusDirectory, "*.txt").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new InvalidInputException($"{corpusDirectory}: no *.txt files.");
        }
        var tokens = files.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => tokenizer.Encode(File.ReadAllText(f)));
        return new TokenCorpus(tokens, heldOutFraction);
    }

    /// <summary>Trains a model from scratch on <paramref name="corpusDirectory"/> and writes it to
    /// <paramref name="outputDirectory"/>; <paramref name="progress"/> receives a line every <paramref name="logEvery"/> steps.</summary>
    public static EmbeddedTrainingReport Train(
        string corpusDirectory, string outputDirectory, TransformerConfig config, TrainingOptions options,
        Action<string>? progress = null, int logEvery = 50, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(options);
        Directory.CreateDirectory(outputDirectory);
        var tokenizerPath = Path.Combine(outputDirectory, "tokenizer.json");
        File.WriteAllText(tokenizerPath, ByteLevelTokenizer.Create(SpecialTokens));
        using var tokenizer = HfTokenizer.Load(tokenizerPath);
        var corpus = ReadCorpus(corpusDirectory, tokenizer);
        using var model = new CausalLM(config);
        NextTokenTrainer.Initialize(model, std: 0.02, seed: options.Seed);
        using var trainer = new NextTokenTrainer(model, corpus, options);
        var clock = Stopwatch.StartNew();
        var recent = new Queue<double>();
        while (trainer.Step < options.Steps)
        {
            cancellationToken.ThrowIfCancellationRequested();
            recent.Enqueue(trainer.TrainStep());
            if (recent.Count > logEvery)
            {
                recent.Dequeue();
            }
            if (trainer.Step % logEvery == 0 || trainer.Step == options.Steps)
            {
                progress?.Invoke($"step {trainer.Step}/{options.Steps}  loss {recent.Average():F3}  lr {options.LearningRateAt(trainer.Step - 1):G3}  {clock.Elapsed.TotalSeconds:F0}s");
            }
        }
        var trainSeconds = clock.Elapsed.TotalSeconds;
        var heldOut = trainer.EvaluateHeldOut();
        TrainingCheckpoint.SaveModel(outputDirectory, model, tokenizerPath);
        return new EmbeddedTrainingReport(
            options.Steps, recent.Average(), heldOut, corpus.Train.ToDictionary(kv => kv.Key, kv => kv.Value.Length),
            model.parameters().Sum(p => p.numel()), trainSeconds);
    }
}
