namespace LangGap.Reasoning;

/// <summary>Names of the per-request budget-forcing settings in <c>ChatOptions.AdditionalProperties</c> (values are
/// strings or numbers); <see cref="BudgetForcingChatClient"/> reads them, and they are part of every generation key.</summary>
public static class ReasoningOptionKeys
{
    /// <summary>The thinking budget in tokens.</summary>
    public const string Budget = "langgap.reasoning.budget";

    /// <summary>How many times an early end of thinking is replaced by the ignore string.</summary>
    public const string Ignore = "langgap.reasoning.ignore";

    /// <summary>The ignore string ("Wait" or its translation).</summary>
    public const string IgnoreString = "langgap.reasoning.ignore_string";

    /// <summary>The thinking prefix of language forcing (absent: none).</summary>
    public const string ThinkingPrefix = "langgap.reasoning.thinking_prefix";
}
