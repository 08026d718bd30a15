namespace LangGap.Torch.Training.Data;

/// <summary>The three dataset shapes of TRL that LangGap's trainers read.</summary>
public enum TrainingDataKind
{
    /// <summary><c>prompt</c> only (RLOO, REINFORCE, RAFT).</summary>
    PromptOnly,

    /// <summary><c>prompt</c> and <c>completion</c>, or a conversational <c>messages</c> list (SFT).</summary>
    PromptCompletion,

    /// <summary><c>prompt</c>, <c>chosen</c> and <c>rejected</c> (DPO, reward model).</summary>
    Preference,
}
