namespace LangGap.Survey.Annotation;

/// <summary>The review's safety subtopics.</summary>
public enum Subtopic
{
    /// <summary>Jailbreaking, red-teaming, prompt injection.</summary>
    Jailbreaking,

    /// <summary>Toxicity, hate speech, social bias and fairness.</summary>
    ToxicityBias,

    /// <summary>Factuality, hallucination, misinformation.</summary>
    FactualityHallucination,

    /// <summary>Privacy, memorisation, personal data.</summary>
    Privacy,

    /// <summary>Policy, regulation, governance, ethics.</summary>
    Policy,

    /// <summary>Alignment with human preferences and values, refusals, guardrails.</summary>
    Alignment,

    /// <summary>Not about the safety of language technology (a false positive of the keyword rule).</summary>
    NotSafety,
}
