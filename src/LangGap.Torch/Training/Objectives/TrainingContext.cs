using LangGap.Torch.Checkpoints;
using LangGap.Torch.Training.Data;
using LangGap.Torch.Training.Rewards;

namespace LangGap.Torch.Training.Objectives;

/// <summary>Everything an objective works with.</summary>
internal sealed record TrainingContext(
    AlignmentMethod Method,
    PretrainedModel Policy,
    PretrainedModel? Reference,
    CompletionEncoder Encoder,
    TrainingDataset Data,
    AlignmentOptions Options,
    IReward? Reward)
{
    public long PadId => Policy.Config.PadTokenId ?? (Policy.EosTokenIds.Count > 0 ? Policy.EosTokenIds[0] : 0);

    public double Beta => Options.BetaFor(Method);

    public int K => Options.KFor(Method);
}
