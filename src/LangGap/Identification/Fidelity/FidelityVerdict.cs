namespace LangGap.Identification.Fidelity;

/// <summary>Whether a response is in the expected language.</summary>
public enum FidelityVerdict
{
    /// <summary>The response is in the expected language.</summary>
    Pass,
    /// <summary>The response is confidently in another language.</summary>
    Fail,
    /// <summary>Language identification cannot decide; <see cref="LanguageFidelityResult.Reason"/> says why.</summary>
    Unsure,
}
