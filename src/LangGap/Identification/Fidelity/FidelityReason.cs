namespace LangGap.Identification.Fidelity;

/// <summary>Why a fidelity check did not pass.</summary>
public enum FidelityReason
{
    /// <summary>The response passed.</summary>
    None,
    /// <summary>The response is confidently in another language.</summary>
    WrongLanguage,
    /// <summary>Too few words to identify reliably.</summary>
    TooShort,
    /// <summary>The identifier's top probability is below the confidence threshold.</summary>
    LowConfidence,
    /// <summary>The expected language dominates but too many words are in other languages.</summary>
    Mixed,
}
