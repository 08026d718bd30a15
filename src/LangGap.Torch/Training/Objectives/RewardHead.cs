namespace LangGap.Torch.Training.Objectives;

/// <summary>The scalar head of a reward model: a linear map of the language model's last-position logits.</summary>
/// <remarks>The logits are W·h for the final hidden state h, so when the output embedding W has full column rank (the usual
/// case, the vocabulary being larger than the hidden size) a linear head on the logits spans exactly the linear functions of
/// h that a head on the hidden state would, without reaching into the network.</remarks>
internal sealed class RewardHead : nn.Module<Tensor, Tensor>
{
    [ComponentName(Name = "score")]
    private readonly Linear _score;

    public RewardHead(int vocabSize) : base(nameof(RewardHead))
    {
        _score = nn.Linear(vocabSize, 1);
        RegisterComponents();
    }

    /// <summary>(B, V) logits to (B) rewards.</summary>
    public override Tensor forward(Tensor logits) => _score.forward(logits).squeeze(-1);
}
