namespace LangGap.Torch.Training;

/// <summary>The training methods of <c>langgap train</c>.</summary>
public enum AlignmentMethod
{
    /// <summary>Supervised fine-tuning on prompt/completion pairs (loss on completion tokens only).</summary>
    Sft,

    /// <summary>Direct preference optimisation on prompt/chosen/rejected (sigmoid or IPO loss).</summary>
    Dpo,

    /// <summary>REINFORCE leave-one-out: k sampled completions per prompt, each baselined by the other k − 1.</summary>
    Rloo,

    /// <summary>Vanilla REINFORCE with a moving-average baseline.</summary>
    Reinforce,

    /// <summary>Reward-ranked fine-tuning: sample k, keep the best by reward, SFT on it.</summary>
    Raft,

    /// <summary>A reward model: a scalar head on the transformer trained with the Bradley–Terry loss on preference pairs.</summary>
    Reward,
}
