using LangGap.Torch.Checkpoints;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Objectives;

namespace LangGap.Torch.Training;

/// <summary>A reward model: a causal language model with a scalar head, trained with the Bradley–Terry loss on preference
/// pairs; its folder is a model folder plus <c>reward_head.safetensors</c>.</summary>
public sealed class RewardModel : IDisposable
{
    /// <summary>The file that holds the scalar head next to the model's weights.</summary>
    public const string HeadFile = "reward_head.safetensors";

    private RewardModel(PretrainedModel model, RewardHead head, int maxTokens)
    {
        Model = model;
        Head = head;
        Encoder = new CompletionEncoder(model, maxTokens, maxTokens);
    }

    /// <summary>The transformer (owned by this reward model).</summary>
    public PretrainedModel Model { get; }

    /// <summary>How prompts and completions are tokenized.</summary>
    public CompletionEncoder Encoder { get; }

    internal RewardHead Head { get; }

    /// <summary>Puts a fresh head (seeded) on <paramref name="model"/>, which the reward model then owns.</summary>
    public static RewardModel Create(PretrainedModel model, long seed, int maxTokens = 256)
    {
        ArgumentNullException.ThrowIfNull(model);
        manual_seed(seed);
        var head = new RewardHead(model.Config.VocabSize);
        using (no_grad())
        {
            foreach (var (name, parameter) in head.named_parameters())
            {
                if (name.EndsWith("bias", StringComparison.Ordinal))
                {
                    parameter.zero_();
                }
                else
                {
                    parameter.normal_(0, 1 / Math.Sqrt(model.Config.VocabSize + 1));
                }
            }
        }
        return new RewardModel(model, head, maxTokens);
    }

    /// <summary>The identity of the reward model in <paramref name="directory"/>: a hash of the base model folder's files and of the
    /// reward head, never its path, so a moved folder keeps its scores and a retrained one never reuses them.</summary>
    public static string IdentityOf(string directory) =>
        ModelFolderIdentity.Compute(directory) + "+head:" + FileHashCache.Default.Hash(Path.Combine(directory, HeadFile));

    /// <summary>Loads a reward model folder written by <c>langgap train reward</c>.</summary>
    /// <exception cref="InvalidInputException">The folder is not a reward model.</exception>
    public static RewardModel Load(string directory, int maxTokens = 256)
    {
        var headPath = Path.Combine(directory, HeadFile);
        if (!File.Exists(headPath))
        {
            throw new InvalidInputException($"{directory}: not a reward model ({HeadFile} is missing).");
        }
        var model = HfCheckpoint.Load(directory);
        var head = new RewardHead(model.Config.VocabSize);
        var tensors = SafeTensors.Read(headPath);
        using (no_grad())
        {
            foreach (var (name, parameter) in head.named_parameters())
            {
                if (!tensors.TryGetValue(name, out var stored) || !stored.shape.SequenceEqual(parameter.shape))
                {
                    throw new InvalidInputException($"{headPath}: tensor '{name}' is missing or mis-shaped.");
                }
                parameter.copy_(stored);
            }
        }
        foreach (var t in tensors.Values)
        {
            t.Dispose();
        }
        return new RewardModel(model, head, maxTokens);
    }

    /// <summary>Writes the head next to model files already in <paramref name="directory"/>.</summary>
    public void SaveHead(string directory)
    {
        var tensors = Head.named_parameters().Select(p => KeyValuePair.Create(p.name, (Tensor)p.parameter)).ToArray();
        SafeTensors.Write(Path.Combine(directory, HeadFile), tensors, new Dictionary<string, string> { ["format"] = "pt" });
    }

    /// <summary>Rewards of completions given their records' prompts.</summary>
    public IReadOnlyList<double> Score(IReadOnlyList<(TrainingRecord Record, string Completion)> items, int batchSize = 8)
    {
        ArgumentNullException.ThrowIfNull(items);
        var scores = new List<double>(items.Count);
        using var noGrad = no_grad();
        for (var start = 0; start < items.Count; start += batchSize)
        {
            using var scope = NewDisposeScope();
            var rows = items.Skip(start).Take(batchSize)
                .Select(i => (Encoder.Prompt(i.Record), Encoder.Completion(i.Record, i.Completion))).ToArray();
            using var batch = SequenceBatch.Build(rows, Model.Config.PadTokenId ?? 0);
            scores.AddRange(Forward(batch).to_type(ScalarType.Float64).data<double>());
        }
        return scores;
    }

    /// <summary>(B) rewards read at each row's last real token.</summary>
    internal Tensor Forward(SequenceBatch batch)
    {
        using var scope = NewDisposeScope();
        var logits = Model.Model.Forward(batch.Inputs);                                                // (B, L-1, V)
        var index = tensor(batch.LastIndex).view(-1, 1, 1).expand(-1, 1, logits.shape[2]);             // (B, 1, V)
        var last = logits.gather(1, index).squeeze(1);                                                 // (B, V)
        return Head.forward(last).MoveToOuterDisposeScope();                                           // (B)
    }

    /// <summary>Frees the transformer and the head.</summary>
    public void Dispose()
    {
        Model.Dispose();
        Head.Dispose();
    }
}
